/**
 * The e2e harness: loads the built renderer (dist/renderer/index.html) and the built preload (dist/preload.cjs)
 * in Chromium. The preload's `require('electron')` gets a stand-in whose ipcRenderer.invoke goes through a
 * Playwright binding to the real registerIpc and the real store on a real data folder. Only Electron's
 * transport is replaced; the page, the preload, the handlers and the files are the app's own.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerIpc, type IpcEventLike, type Services } from '../../electron/ipc.ts';
import { appUrlCheck } from '../../electron/app-url.ts';
import { ReportStore } from '../../electron/services/store.ts';
import { writeFileDurable } from '../../electron/services/durable-write.ts';
import { buildDocx } from '../../electron/services/docx-export.ts';

const root = path.resolve(import.meta.dirname, '../..');
export const indexFile = path.join(root, 'dist/renderer/index.html');
export const preloadFile = path.join(root, 'dist/preload.cjs');
export const indexUrl = pathToFileURL(indexFile).href;

const ELECTRON_STANDIN = `(() => {
  const listeners = new Map();
  const ipcRenderer = {
    invoke: (channel, ...args) => window.__ipcInvoke(channel, args),
    on(channel, fn) { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(fn); },
    removeListener(channel, fn) { listeners.get(channel)?.delete(fn); },
  };
  const contextBridge = { exposeInMainWorld(key, value) { Object.defineProperty(window, key, { value: Object.freeze(value), enumerable: true }); } };
  // What main.ts does with webContents.send, for tests that press menu items.
  Object.defineProperty(window, '__send', { value: (channel, payload) => { for (const fn of listeners.get(channel) ?? []) fn({}, payload); } });
  window.require = (name) => { if (name === 'electron') return { ipcRenderer, contextBridge }; throw new Error('preload may not require ' + name); };
})();`;

export interface AppHarness {
  page: Page;
  dataDir: string;
  store: ReportStore;
  notices: string[];
  /** where the next Word save dialog answers (null = the user cancels) */
  nextSavePath: string | null;
  /** the page's answers to 'flush' (sent before the window closes): whether everything was saved */
  flushAnswers: boolean[];
  /** how many times the print dialog was opened, and what it answers (null = printed) */
  printed: number;
  printAnswer: 'cancelled' | 'no-printer' | null;
  /** the answers of the backup save and open dialogs (null = the user cancels) */
  nextBackupSavePath: string | null;
  nextOpenPath: string | null;
  opened: string[];
  /** Close and reopen the store from disk and reload the page: what restarting the app does. */
  restart(): Promise<void>;
  /** Send a menu command the way main.ts does. */
  command(name: string): Promise<void>;
  /** Requests the page made that were not to the app's own files. */
  outsideRequests: string[];
  /** When set, writing the data file fails with this error code, as a full disk or a locked folder does. */
  failWrites: string | null;
}

async function openStore(dataDir: string, h?: { failWrites: string | null }) {
  return ReportStore.open(dataDir, {
    writer: async (file, text) => {
      if (h?.failWrites) throw Object.assign(new Error(h.failWrites), { code: h.failWrites });
      await writeFileDurable(file, text);
    },
  });
}

/** Build the handler table on a stand-in ipcMain, exactly as main.ts does on the real one. */
function wire(h: AppHarness, store: ReportStore, notices: string[]) {
  const table = new Map<string, (e: IpcEventLike, ...a: unknown[]) => unknown>();
  const services: Services = {
    store,
    startup: { notices, dataDir: h.dataDir, version: 'test' },
    chooseDocxPath: async () => h.nextSavePath,
    buildDocx: (report, settings) =>
      buildDocx(report, { fontPreset: settings.fontPreset, boldHeadings: settings.boldHeadings }),
    openPath: async (p) => void h.opened.push(p),
    showItemInFolder: (p) => void h.opened.push(`folder:${p}`),
    onFlushed: (saved) => void h.flushAnswers.push(saved),
    chooseBackupSavePath: async () => h.nextBackupSavePath,
    chooseBackupOpenPath: async () => h.nextOpenPath,
    // Electron's webContents.print opens the system dialog; here the test answers it.
    printPage: async () => {
      h.printed += 1;
      return h.printAnswer;
    },
    // Electron's printToPDF and Playwright's page.pdf are the same Chromium engine.
    pagePdf: async () => new Uint8Array(await h.page.pdf({ preferCSSPageSize: true, printBackground: true })),
    choosePdfPath: async () => h.nextSavePath,
    chooseImportPath: async () => h.nextOpenPath,
  };
  registerIpc({ handle: (ch, fn) => void table.set(ch, fn) }, services, appUrlCheck(indexUrl));
  return table;
}

/**
 * Start the app in `page` on a fresh data folder (or `dataDir` when given): wire the real handlers, load the
 * preload and the page. Used by the e2e fixture and by the benchmark.
 */
export async function startApp(
  page: Page,
  dataDir = mkdtempSync(path.join(tmpdir(), 'fzbg-e2e-')),
): Promise<AppHarness> {
  const faults = { failWrites: null as string | null };
  let { store, notices } = await openStore(dataDir, faults);
  const h: AppHarness = {
    page,
    dataDir,
    store,
    notices,
    nextSavePath: null,
    nextBackupSavePath: null,
    nextOpenPath: null,
    flushAnswers: [],
    printed: 0,
    printAnswer: null,
    opened: [],
    outsideRequests: [],
    get failWrites() {
      return faults.failWrites;
    },
    set failWrites(v) {
      faults.failWrites = v;
    },
    async restart() {
      ({ store, notices } = await openStore(dataDir, faults));
      h.store = store;
      h.notices = notices;
      table = wire(h, store, notices);
      await page.reload();
      await page.waitForSelector('.app');
    },
    async command(name) {
      await page.evaluate(
        (n) => (window as unknown as { __send(c: string, p: string): void }).__send('app:command', n),
        name,
      );
    },
  };
  let table = wire(h, store, notices);
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) h.outsideRequests.push(r.url());
  });
  await page.exposeBinding('__ipcInvoke', async (source, channel: string, args: unknown[]) => {
    const fn = table.get(channel);
    if (!fn) return { ok: false, error: { code: 'INVALID_PAYLOAD', message: `no channel ${channel}` } };
    return fn({ senderFrame: { url: source.frame.url() } }, ...args);
  });
  await page.addInitScript(ELECTRON_STANDIN);
  await page.addInitScript({ path: preloadFile });
  await page.goto(indexUrl);
  await page.waitForSelector('.app');
  return h;
}

export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use) => {
    const h = await startApp(page);
    await use(h);
    rmSync(h.dataDir, { recursive: true, force: true });
  },
});

export { expect };
