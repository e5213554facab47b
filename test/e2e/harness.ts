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
import { registerIpc, type IpcEventLike } from '../../electron/ipc/index.ts';
import { createServices, type Desktop } from '../../electron/services/create-services.ts';
import { appFolderCheck, appUrlCheck } from '../../electron/app-url.ts';
import { requestCheck } from '../../electron/navigation.ts';
import type { ReportStore } from '../../electron/services/store.ts';
import { failingWrites } from '../unit/failing-writes.ts';

const root = path.resolve(import.meta.dirname, '../..');
export const indexFile = path.join(root, 'dist/renderer/index.html');
export const preloadFile = path.join(root, 'dist/preload.cjs');
export const indexUrl = pathToFileURL(indexFile).href;

/**
 * The URL Electron's loadFile (window.ts) navigates to: the path as it is, only `#` and `?` escaped, so that
 * Chromium spells the page's URL its own way (`~ [ ]` and a lone `%` stay raw), unlike Node's pathToFileURL.
 */
export function loadFileUrl(file: string): string {
  return 'file://' + file.replace(/#/g, '%23').replace(/\?/g, '%3F');
}

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
  /** what the county's add dialog answers: files, or one folder (null = the user cancels) */
  nextCountySources: string[] | null;
  opened: string[];
  /** Close and reopen the store from disk and reload the page: what restarting the app does. */
  restart(): Promise<void>;
  /** What quitting does once the window is gone: the calls on their way answered, the store closed. */
  shutdown(): Promise<void>;
  /** Send a menu command the way main.ts does. */
  command(name: string): Promise<void>;
  /** Requests the page made that the app's session would refuse (see isAllowedRequest). */
  outsideRequests: string[];
  /** When set, writing the data file fails with this error code, as a full disk or a locked folder does. */
  failWrites: string | null;
  /** When set, the main process's clock reads this time (deadlines, version times); null = the real clock. */
  clock: Date | null;
}

/** The dialogs, shell and printer of the desktop, answered by the test through `h`. */
function scriptedDesktop(h: () => AppHarness): Desktop {
  return {
    chooseDocxPath: async () => h().nextSavePath,
    chooseHtmlPath: async () => h().nextSavePath,
    choosePdfPath: async () => h().nextSavePath,
    chooseBackupSavePath: async () => h().nextBackupSavePath,
    chooseBackupOpenPath: async () => h().nextOpenPath,
    chooseImportPath: async () => h().nextOpenPath,
    chooseCountySources: async () => h().nextCountySources,
    chooseCountyOutput: async () => h().nextSavePath,
    openPath: async (p) => void h().opened.push(p),
    showItemInFolder: (p) => void h().opened.push(`folder:${p}`),
    onFlushed: (saved) => void h().flushAnswers.push(saved),
    // Electron's webContents.print opens the system dialog; here the test answers it.
    printPage: async () => {
      h().printed += 1;
      return h().printAnswer;
    },
    // Electron's printToPDF and Playwright's page.pdf are the same Chromium engine.
    pagePdf: async () => new Uint8Array(await h().page.pdf({ preferCSSPageSize: true, printBackground: true })),
  };
}

/** Open the services on `dataDir` and register the real handlers on a stand-in ipcMain, as main.ts does. */
async function wire(
  harness: () => AppHarness,
  dataDir: string,
  faults: { failWrites: string | null; clock: Date | null },
  isAppUrl: (url: string) => boolean,
) {
  const services = await createServices({
    dataDir,
    version: 'test',
    desktop: scriptedDesktop(harness),
    store: { ...failingWrites(() => faults.failWrites), now: () => faults.clock ?? new Date() },
    listFonts: async () => [...STOCK_WINDOWS_FONTS],
  });
  const table = new Map<string, (e: IpcEventLike, ...a: unknown[]) => unknown>();
  registerIpc({ handle: (ch, fn) => void table.set(ch, fn) }, services, isAppUrl);
  return { table, services };
}

/**
 * The fonts of a stock Chinese Windows 10/11 PC: which fonts exist is the machine's, and the app's font check and
 * export warning must not depend on what the test machine happens to have.
 */
export const STOCK_WINDOWS_FONTS = ['宋体', '新宋体', 'SimSun', '黑体', 'SimHei', '仿宋', 'FangSong', '楷体', 'KaiTi'];

/**
 * Start the app in `page` on a fresh data folder (or `dataDir` when given): wire the real handlers, load the
 * preload and the page. Used by the e2e fixture and by the benchmark. `appPage` (default: dist/renderer/index.html)
 * is the built page to load, for tests that install the app in another folder.
 */
export async function startApp(
  page: Page,
  dataDir = mkdtempSync(path.join(tmpdir(), 'fzbg-e2e-')),
  appPage = indexFile,
): Promise<AppHarness> {
  const faults = { failWrites: null as string | null, clock: null as Date | null };
  // As main.ts: the trusted page and folder are written with pathToFileURL, the page is opened as loadFile does.
  const isAppUrl = appUrlCheck(pathToFileURL(appPage).href);
  const isAllowedRequest = requestCheck(appFolderCheck(pathToFileURL(path.dirname(appPage)).href));
  // The desktop's answers are read from the harness when a dialog opens, after it exists.
  const connect = () => wire(() => h, dataDir, faults, isAppUrl);
  let { table, services } = await connect();
  // The calls the page made that the services are still answering: a save on its way still writes files.
  const inFlight = new Set<Promise<unknown>>();
  const shutdown = async () => {
    await Promise.allSettled([...inFlight]);
    await services.store.idle();
    // As main.ts at quit: the store's deferred index write is done now, not by a timer after the folder is gone.
    await services.store.close();
  };
  const h: AppHarness = {
    page,
    dataDir,
    store: services.store,
    notices: services.startup.notices,
    nextSavePath: null,
    nextBackupSavePath: null,
    nextOpenPath: null,
    nextCountySources: null,
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
    get clock() {
      return faults.clock;
    },
    set clock(v) {
      faults.clock = v;
    },
    async restart() {
      await shutdown();
      ({ table, services } = await connect());
      h.store = services.store;
      h.notices = services.startup.notices;
      await page.reload();
      await page.waitForSelector('.app');
    },
    shutdown,
    async command(name) {
      await page.evaluate(
        (n) => (window as unknown as { __send(c: string, p: string): void }).__send('app:command', n),
        name,
      );
    },
  };
  page.on('request', (r) => {
    if (!isAllowedRequest(r.url())) h.outsideRequests.push(r.url());
  });
  // What main.ts's session.webRequest.onBeforeRequest does: nothing loads from outside the page's own folder.
  await page.route('**/*', (route) =>
    isAllowedRequest(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  await page.exposeBinding('__ipcInvoke', async (source, channel: string, args: unknown[]) => {
    const fn = table.get(channel);
    if (!fn) return { ok: false, error: { code: 'INVALID_PAYLOAD', message: `no channel ${channel}` } };
    const call = Promise.resolve(fn({ senderFrame: { url: source.frame.url() } }, ...args));
    inFlight.add(call);
    void call.finally(() => inFlight.delete(call)).catch(() => undefined);
    return call;
  });
  await page.addInitScript(ELECTRON_STANDIN);
  await page.addInitScript({ path: preloadFile });
  await page.goto(loadFileUrl(appPage));
  await page.waitForSelector('.app');
  return h;
}

export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use) => {
    const h = await startApp(page);
    await use(h);
    // As the app quits: the window closes first, so no new call comes, then the services finish. Only then does
    // the folder go.
    await page.close();
    await h.shutdown();
    rmSync(h.dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  },
});

export { expect };
