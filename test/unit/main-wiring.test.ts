/**
 * The built main process (dist/main.cjs) run in Node against a recording stand-in for the electron module: it
 * must take the single-instance lock, open one hardened window on the built page with the built preload,
 * register every IPC channel, set the Chinese menu, refuse network requests, and flush before closing. This
 * checks main.ts's wiring where no Electron binary exists; test/electron runs the real thing when one does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHANNELS } from '../../electron/contract.ts';

type Listener = (...args: unknown[]) => unknown;

function electronStandIn(userData: string) {
  const rec = {
    windows: [] as Array<{
      options: Record<string, any>;
      loaded: string;
      destroyed: boolean;
      listeners: Map<string, Listener>;
      sent: unknown[][];
    }>,
    handlers: new Map<string, Listener>(),
    menu: null as null | Array<{ label: string; submenu: Array<{ label?: string }> }>,
    beforeRequest: null as null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    appListeners: new Map<string, Listener>(),
    contentsGuards: 0,
    messageBoxes: [] as unknown[],
    messageBoxAnswer: 0,
    ready: null as null | Promise<void>,
  };
  class BrowserWindow {
    options: Record<string, any>;
    listeners = new Map<string, Listener>();
    entry: (typeof rec.windows)[number];
    webContents: Record<string, unknown>;
    constructor(options: Record<string, any>) {
      this.options = options;
      this.entry = { options, loaded: '', destroyed: false, listeners: this.listeners, sent: [] };
      rec.windows.push(this.entry);
      const entry = this.entry;
      this.webContents = {
        send: (...a: unknown[]) => void entry.sent.push(a),
        on: () => undefined,
        setWindowOpenHandler: () => undefined,
      };
    }
    once(event: string, fn: Listener) {
      this.listeners.set(event, fn);
    }
    on(event: string, fn: Listener) {
      this.listeners.set(event, fn);
    }
    loadFile(file: string) {
      this.entry.loaded = file;
      return Promise.resolve();
    }
    destroy() {
      this.entry.destroyed = true;
    }
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
  }
  let resolveReady!: () => void;
  rec.ready = new Promise((r) => (resolveReady = r));
  const electron = {
    app: {
      requestSingleInstanceLock: () => true,
      on: (event: string, fn: Listener) => void rec.appListeners.set(event, fn),
      whenReady: () => Promise.resolve().then(() => setTimeout(resolveReady, 200)),
      getPath: (name: string) => path.join(userData, name),
      getVersion: () => '0.0.0-test',
      quit: () => undefined,
      exit: (code: number) => {
        throw new Error(`app.exit(${code})`);
      },
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: Listener) => void rec.handlers.set(channel, fn) },
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (m: typeof rec.menu) => void (rec.menu = m),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
        webRequest: { onBeforeRequest: (fn: typeof rec.beforeRequest) => void (rec.beforeRequest = fn) },
      },
    },
    dialog: {
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showErrorBox: (...a: unknown[]) => {
        throw new Error(`showErrorBox ${a.join(' ')}`);
      },
      showMessageBoxSync: (_w: unknown, o: unknown) => {
        rec.messageBoxes.push(o);
        return rec.messageBoxAnswer;
      },
    },
    shell: { openPath: async () => '', showItemInFolder: () => undefined },
  };
  return { electron, rec };
}

test(
  'dist/main.cjs: one hardened window, every channel, the menu, no network, flush before close',
  { skip: existsSync('dist/main.cjs') ? false : 'run npm run build first' },
  async () => {
    const userData = mkdtempSync(path.join(tmpdir(), 'fzbg-main-'));
    const { electron, rec } = electronStandIn(userData);
    const M = Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown };
    const load = M._load;
    M._load = function (req: string, ...rest: unknown[]) {
      return req === 'electron' ? electron : load.call(this, req, ...rest);
    };
    try {
      createRequire(import.meta.url)(path.resolve('dist/main.cjs'));
    } finally {
      M._load = load;
    }
    await rec.ready;
    await new Promise((r) => setTimeout(r, 300));

    assert.ok(rec.appListeners.has('second-instance') && rec.appListeners.has('web-contents-created'));
    assert.equal(rec.windows.length, 1, 'one window');
    const w = rec.windows[0];
    const prefs = w.options.webPreferences;
    assert.deepEqual(
      {
        contextIsolation: prefs.contextIsolation,
        sandbox: prefs.sandbox,
        nodeIntegration: prefs.nodeIntegration,
        webSecurity: prefs.webSecurity,
      },
      { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
    );
    assert.ok(existsSync(prefs.preload), `preload ${prefs.preload}`);
    assert.equal(path.resolve(w.loaded), path.resolve('dist/renderer/index.html'));
    assert.ok(existsSync(w.loaded));

    assert.deepEqual([...rec.handlers.keys()].sort(), [...CHANNELS].sort(), 'every contract channel is registered');
    assert.deepEqual(
      rec.menu!.map((m) => m.label),
      ['文件', '编辑', '视图', '帮助'],
    );

    const cancelled = (url: string) => {
      let out: boolean | undefined;
      rec.beforeRequest!({ url }, (r) => (out = r.cancel));
      return out;
    };
    assert.equal(cancelled('https://example.com/'), true);
    assert.equal(cancelled(pathToFileURL(w.loaded).href), false);

    // The store opened in the user-data folder and IPC answers only the app's own page.
    const event = { senderFrame: { url: pathToFileURL(w.loaded).href } };
    const list = (await rec.handlers.get('report:list')!(event)) as { ok: boolean; value: Array<{ id: string }> };
    assert.equal(list.ok, true);
    assert.equal(list.value[0].id, 'demo-tanglang-2024');
    assert.ok(existsSync(path.join(userData, 'userData', 'data', 'reports.json')));
    const foreign = (await rec.handlers.get('report:list')!({ senderFrame: { url: 'https://example.com/' } })) as {
      ok: boolean;
    };
    assert.equal(foreign.ok, false);

    // Closing: the page is asked to flush; a failed save asks the user, who may stay; a good one closes.
    let prevented = false;
    w.listeners.get('close')!({ preventDefault: () => (prevented = true) });
    assert.equal(prevented, true);
    assert.deepEqual(w.sent.at(-1), ['app:command', 'flush']);
    rec.messageBoxAnswer = 0; // 不退出
    await rec.handlers.get('app:flushed')!(event, { saved: false });
    assert.equal(rec.messageBoxes.length, 1);
    assert.equal(w.destroyed, false, 'the user chose to stay');
    w.listeners.get('close')!({ preventDefault: () => undefined });
    await rec.handlers.get('app:flushed')!(event, { saved: true });
    assert.equal(w.destroyed, true);
  },
);
