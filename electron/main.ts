/**
 * Main process: app lifecycle and wiring. The window, the dialogs, the IPC gate and the services each live in
 * their own module; this file only starts them in order.
 */
import { app, dialog, ipcMain, Menu, session, shell } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerIpc } from './ipc/index.ts';
import { appFolderCheck, appUrlCheck } from './app-url.ts';
import { guardContents, requestCheck } from './navigation.ts';
import { createServices } from './services/create-services.ts';
import { electronDesktop } from './desktop.ts';
import { createWindow, type AppWindow } from './window.ts';
import { menuTemplate } from './menu.ts';

const indexFile = path.join(__dirname, 'renderer', 'index.html');
/** Only the app's own page may call IPC or be navigated to. */
const isAppUrl = appUrlCheck(pathToFileURL(indexFile).href);
/** The page may load files only from its own folder. */
const isAllowedRequest = requestCheck(appFolderCheck(pathToFileURL(path.dirname(indexFile)).href));

let main: AppWindow | null = null;

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  ses.setPermissionCheckHandler(() => false);
  // The app works with no network at all; refuse every request that is not one of its own files.
  ses.webRequest.onBeforeRequest((details, cb) => cb({ cancel: !isAllowedRequest(details.url) }));
}

async function start(): Promise<void> {
  const dataDir = path.join(app.getPath('userData'), 'data');
  const desktop = electronDesktop(
    () => main!.window,
    (saved) => main?.flushed(saved),
  );
  let services;
  try {
    services = await createServices({ dataDir, version: app.getVersion(), desktop });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    dialog.showErrorBox('法治报告助手', `无法打开数据文件夹 ${dataDir}：${why}`);
    app.exit(1);
    return;
  }
  // Write what is pending and let go of the data folder, so the next start finds it free.
  let closed = false;
  app.on('will-quit', (e) => {
    if (closed) return;
    closed = true;
    e.preventDefault();
    void services.store.close().finally(() => app.quit());
  });
  registerIpc(ipcMain, services, isAppUrl);
  hardenSession();
  const send = (c: Parameters<AppWindow['send']>[0]) => main?.send(c);
  const openDataDir = () => void shell.openPath(dataDir);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ send, dataDir, openDataDir })));
  main = createWindow({ index: indexFile, preload: path.join(__dirname, 'preload.cjs') });
}

// The page's own controls (the date field, number formats) follow the app's language, not the PC's: an
// English-language Windows would otherwise show 成文日期 as 01/20/2026. Set before the app is ready.
app.commandLine.appendSwitch('lang', 'zh-CN');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const w = main?.window;
    if (!w) return;
    if (w.isMinimized()) w.restore();
    w.focus();
  });
  app.on('web-contents-created', (_e, contents) => guardContents(contents, isAppUrl));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
