/**
 * The built main process (dist/main.cjs) run in Node against a recording stand-in for the electron module: it
 * must take the single-instance lock, open one hardened window on the built page with the built preload,
 * register every IPC channel, set the Chinese menu, refuse network requests, deny every permission, keep every
 * web contents on the app's page, and flush before closing. The stand-in emits events the way Electron does, so
 * the handlers main registered are the ones exercised. This checks main.ts's wiring where no Electron binary
 * exists; test/electron runs the real thing when one does.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHANNELS } from '../../electron/contract.ts';
import { buildDocx } from '../../electron/services/docx-export.ts';
import { parseReport, type Report } from '../../electron/core/report-model.ts';
import demoData from '../../assets/demo-report.json' with { type: 'json' };

function demoReport(): Report {
  const parsed = parseReport(structuredClone(demoData));
  assert.ok(parsed.ok);
  return parsed.report;
}

type Listener = (...args: unknown[]) => unknown;
type IpcHandler = (event: { senderFrame: { url: string } }, ...args: unknown[]) => Promise<unknown>;
interface WindowOptions {
  webPreferences: {
    preload: string;
    contextIsolation: boolean;
    sandbox: boolean;
    nodeIntegration: boolean;
    webSecurity: boolean;
  };
}
interface PermissionDetails {
  requestingUrl: string;
}
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: PermissionDetails,
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: PermissionDetails,
) => boolean;
type WindowOpenHandler = (details: { url: string }) => { action: string };
type BeforeRequest = (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void;

/** Listeners by event name; `emit` calls them as Electron would and says whether one called preventDefault. */
class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: Listener): this {
    return this.on(event, fn);
  }
  emit(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const e = { preventDefault: () => void (prevented = true) };
    for (const fn of this.listeners.get(event) ?? []) fn(e, ...args);
    return prevented;
  }
}

/** A webContents: its events, its window-open handler, and what was sent to the page. */
class ContentsStandIn extends Emitter {
  openHandler: WindowOpenHandler | null = null;
  readonly sent: unknown[][] = [];
  send(...a: unknown[]): void {
    this.sent.push(a);
  }
  setWindowOpenHandler(fn: WindowOpenHandler): void {
    this.openHandler = fn;
  }
}

function electronStandIn(userData: string) {
  const app = new Emitter();
  const rec = {
    app,
    windows: [] as BrowserWindow[],
    handlers: new Map<string, IpcHandler>(),
    menu: null as null | Array<{ label: string }>,
    beforeRequest: null as null | BeforeRequest,
    permissionRequest: null as null | PermissionRequestHandler,
    permissionCheck: null as null | PermissionCheckHandler,
    messageBoxes: [] as unknown[],
    messageBoxAnswer: 0,
    openDialogs: [] as Array<{ filters?: Array<{ extensions: string[] }> }>,
    openAnswer: '',
    ready: null as null | Promise<void>,
    switches: [] as Array<[string, string | undefined]>,
  };
  class BrowserWindow extends Emitter {
    loaded = '';
    destroyed = false;
    readonly webContents = new ContentsStandIn();
    constructor(readonly options: WindowOptions) {
      super();
      rec.windows.push(this);
      // Electron announces every new web contents, the window's own included.
      app.emit('web-contents-created', this.webContents);
    }
    loadFile(file: string) {
      this.loaded = file;
      return Promise.resolve();
    }
    destroy() {
      this.destroyed = true;
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
      commandLine: { appendSwitch: (name: string, value?: string) => void rec.switches.push([name, value]) },
      on: (event: string, fn: Listener) => void app.on(event, fn),
      whenReady: () => Promise.resolve().then(() => setTimeout(resolveReady, 200)),
      getPath: (name: string) => path.join(userData, name),
      getVersion: () => '0.0.0-test',
      quit: () => undefined,
      exit: (code: number) => {
        throw new Error(`app.exit(${code})`);
      },
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: IpcHandler) => void rec.handlers.set(channel, fn) },
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (m: typeof rec.menu) => void (rec.menu = m),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: PermissionRequestHandler) => void (rec.permissionRequest = fn),
        setPermissionCheckHandler: (fn: PermissionCheckHandler) => void (rec.permissionCheck = fn),
        webRequest: { onBeforeRequest: (fn: BeforeRequest) => void (rec.beforeRequest = fn) },
      },
    },
    dialog: {
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async (_w: unknown, o: (typeof rec.openDialogs)[number]) => {
        rec.openDialogs.push(o);
        return rec.openAnswer ? { canceled: false, filePaths: [rec.openAnswer] } : { canceled: true, filePaths: [] };
      },
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

const skip = existsSync('dist/main.cjs') ? false : 'run npm run build first';
const userData = mkdtempSync(path.join(tmpdir(), 'fzbg-main-'));
const { electron, rec } = electronStandIn(userData);
const OUTSIDE = 'https://example.com/';
let appUrl = '';

before(async () => {
  if (skip) return;
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
  // Start-up opens the store first: wait for the window (a busy machine takes longer), not for a fixed time.
  for (let i = 0; i < 600 && !rec.windows[0]?.loaded; i++) await new Promise((r) => setTimeout(r, 50));
  appUrl = pathToFileURL(rec.windows[0].loaded).href;
});

test('dist/main.cjs: one hardened window, every channel, the menu, no network', { skip }, async () => {
  assert.ok(rec.app.listeners.has('second-instance'));
  assert.deepEqual(rec.switches, [['lang', 'zh-CN']], 'the page follows zh-CN whatever the PC’s language');
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
  assert.equal(cancelled(OUTSIDE), true);
  assert.equal(cancelled(appUrl), false);
  assert.equal(cancelled(new URL('app.js', appUrl).href), false, 'the page’s own script');
  assert.equal(cancelled(new URL('../preload.cjs', appUrl).href), true, 'a file beside the page’s folder');
  assert.equal(cancelled('file:///tmp/evil.js'), true, 'a file elsewhere on the disk');

  // The store opened in the user-data folder and IPC answers only the app's own page.
  const list = (await rec.handlers.get('report:list')!({ senderFrame: { url: appUrl } })) as {
    ok: boolean;
    value: Array<{ id: string }>;
  };
  assert.equal(list.ok, true);
  assert.equal(list.value[0].id, 'demo-tanglang-2024');
  assert.ok(existsSync(path.join(userData, 'userData', 'data', 'index.json')));
  assert.ok(existsSync(path.join(userData, 'userData', 'data', 'reports', 'demo-tanglang-2024.json')));
  const foreign = (await rec.handlers.get('report:list')!({ senderFrame: { url: OUTSIDE } })) as { ok: boolean };
  assert.equal(foreign.ok, false);
});

test('dist/main.cjs: import offers .doc and .wps and reads a .docx through the bundled worker', { skip }, async () => {
  const docx = await buildDocx(demoReport(), { fontPreset: 'windows', boldHeadings: false });
  rec.openAnswer = path.join(userData, 'old-report.docx');
  writeFileSync(rec.openAnswer, docx);
  const r = (await rec.handlers.get('import:file')!({ senderFrame: { url: appUrl } })) as {
    ok: boolean;
    value: { source: string; mapping: unknown[] };
  };
  rec.openAnswer = '';
  assert.equal(r.ok, true, JSON.stringify(r));
  assert.equal(r.value.source, 'old-report.docx');
  assert.ok(r.value.mapping.length > 3);
  const extensions = rec.openDialogs.at(-1)?.filters?.flatMap((f) => f.extensions);
  assert.deepEqual(extensions?.sort(), ['doc', 'docx', 'txt', 'wps']);
});

test('dist/main.cjs: every permission request and check is denied, the app page included', { skip }, () => {
  const contents = rec.windows[0].webContents;
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
    for (const url of [appUrl, OUTSIDE]) {
      const answers: boolean[] = [];
      rec.permissionRequest!(contents, permission, (granted) => answers.push(granted), { requestingUrl: url });
      assert.deepEqual(answers, [false], `request ${permission} from ${url}`);
      const origin = url === OUTSIDE ? 'https://example.com' : 'file://';
      assert.equal(rec.permissionCheck!(contents, permission, origin, { requestingUrl: url }), false);
    }
  }
});

test('dist/main.cjs: every web contents stays on the app page and opens no window or webview', { skip }, () => {
  // The window's own contents (announced when it was made) and any later one, such as devtools.
  const later = new ContentsStandIn();
  rec.app.emit('web-contents-created', later);
  for (const contents of [rec.windows[0].webContents, later]) {
    for (const event of ['will-navigate', 'will-redirect']) {
      assert.equal(contents.emit(event, OUTSIDE), true, `${event} to ${OUTSIDE} is refused`);
      assert.equal(contents.emit(event, 'file:///etc/passwd'), true, `${event} to another local file is refused`);
      assert.equal(contents.emit(event, appUrl), false, `${event} to the app page is allowed`);
      assert.equal(contents.emit(event, appUrl + '#/report'), false, `${event} within the app page is allowed`);
    }
    assert.equal(contents.emit('will-attach-webview'), true, 'webviews are refused');
    assert.equal(contents.openHandler?.({ url: OUTSIDE }).action, 'deny');
    assert.equal(contents.openHandler?.({ url: appUrl }).action, 'deny', 'not even the app page in a new window');
  }
});

test('dist/main.cjs: closing asks the page to flush; a failed save asks the user first', { skip }, async () => {
  const w = rec.windows[0];
  const event = { senderFrame: { url: appUrl } };
  assert.equal(w.emit('close'), true, 'the first close waits for the page');
  assert.deepEqual(w.webContents.sent.at(-1), ['app:command', 'flush']);
  rec.messageBoxAnswer = 0; // 不退出
  await rec.handlers.get('app:flushed')!(event, { saved: false });
  assert.equal(rec.messageBoxes.length, 1);
  assert.equal(w.destroyed, false, 'the user chose to stay');
  w.emit('close');
  await rec.handlers.get('app:flushed')!(event, { saved: true });
  assert.equal(w.destroyed, true);
});
