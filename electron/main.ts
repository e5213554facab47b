/**
 * Main process: app lifecycle, the one hardened window, the menu, dialogs. Thin: everything else is a service.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerIpc } from './ipc.ts';
import { appUrlCheck } from './app-url.ts';
import { guardContents, isAllowedRequest } from './navigation.ts';
import { ReportStore } from './services/store.ts';
import { buildDocx } from './services/docx-export.ts';
import { menuTemplate } from './menu.ts';
import { COMMAND_CHANNEL, type Command } from './contract.ts';

const rendererDir = path.join(__dirname, 'renderer');
const indexFile = path.join(rendererDir, 'index.html');
const indexUrl = pathToFileURL(indexFile).href;

/** Only the app's own page may call IPC or be navigated to. */
const isAppUrl = appUrlCheck(indexUrl);

let win: BrowserWindow | null = null;
let closing = false;
let flushWaiter: ((saved: boolean) => void) | null = null;

function send(command: Command): void {
  win?.webContents.send(COMMAND_CHANNEL, command);
}

function createWindow(): BrowserWindow {
  const w = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 600,
    title: '法治报告助手',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      // A middle click must not open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  w.once('ready-to-show', () => w.show());
  w.on('close', (e) => {
    // Ask the page to save what is still pending before closing. If that save fails, the user decides; if the
    // page does not answer at all (hung), close after 5 s: what was saved before is on disk.
    if (closing) return;
    e.preventDefault();
    closing = true;
    const timer = setTimeout(() => flushWaiter?.(true), 5000);
    flushWaiter = (saved) => {
      flushWaiter = null;
      clearTimeout(timer);
      if (saved) return w.destroy();
      const choice = dialog.showMessageBoxSync(w, {
        type: 'warning',
        title: '法治报告助手',
        message: '最近的修改没能保存到磁盘。',
        detail:
          '现在退出会丢失这些修改。建议先留在程序中，按界面上的提示处理（例如清理磁盘空间），或用“备份到…”另存一份。',
        buttons: ['不退出', '仍然退出'],
        defaultId: 0,
        cancelId: 0,
      });
      if (choice === 1) w.destroy();
      else closing = false;
    };
    send('flush');
  });
  void w.loadFile(indexFile);
  return w;
}

/** A save dialog starting in 文档; null when cancelled. */
async function askSavePath(title: string, defaultName: string, filter: Electron.FileFilter): Promise<string | null> {
  const r = await dialog.showSaveDialog(win!, {
    title,
    defaultPath: path.join(app.getPath('documents'), defaultName),
    filters: [filter],
  });
  return r.canceled || !r.filePath ? null : r.filePath;
}

/** An open dialog for one file; null when cancelled. */
async function askOpenPath(title: string, filter: Electron.FileFilter): Promise<string | null> {
  const r = await dialog.showOpenDialog(win!, { title, properties: ['openFile'], filters: [filter] });
  return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
}

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  ses.setPermissionCheckHandler(() => false);
  // The app works with no network at all; refuse every request that is not a local file.
  ses.webRequest.onBeforeRequest((details, cb) => cb({ cancel: !isAllowedRequest(details.url) }));
}

async function start(): Promise<void> {
  const dataDir = path.join(app.getPath('userData'), 'data');
  let opened;
  try {
    opened = await ReportStore.open(dataDir);
  } catch (err) {
    dialog.showErrorBox(
      '法治报告助手',
      `无法打开数据文件夹 ${dataDir}：${err instanceof Error ? err.message : String(err)}`,
    );
    app.exit(1);
    return;
  }
  const { store, notices } = opened;
  registerIpc(
    ipcMain,
    {
      store,
      startup: { notices, dataDir, version: app.getVersion() },
      chooseDocxPath: (name) => askSavePath('导出 Word 文件', name, { name: 'Word 文档', extensions: ['docx'] }),
      buildDocx: (report, settings) =>
        buildDocx(report, { fontPreset: settings.fontPreset, boldHeadings: settings.boldHeadings }),
      async openPath(p) {
        const err = await shell.openPath(p);
        if (err) throw new Error(err);
      },
      showItemInFolder: (p) => shell.showItemInFolder(p),
      onFlushed: (saved) => flushWaiter?.(saved),
      chooseBackupSavePath: (name) => askSavePath('备份到…', name, { name: '法治报告助手备份', extensions: ['json'] }),
      async printPage() {
        const wc = win!.webContents;
        const printers = await wc.getPrintersAsync();
        if (printers.length === 0) return 'no-printer';
        return new Promise((resolve) => {
          wc.print(
            { silent: false, printBackground: true, pageSize: 'A4', margins: { marginType: 'none' } },
            (ok, reason) => {
              if (ok) resolve(null);
              else resolve(/cancel/i.test(reason) ? 'cancelled' : /printer/i.test(reason) ? 'no-printer' : reason);
            },
          );
        });
      },
      async pagePdf() {
        return new Uint8Array(
          await win!.webContents.printToPDF({
            printBackground: true,
            preferCSSPageSize: true,
            pageSize: 'A4',
            margins: { top: 0, bottom: 0, left: 0, right: 0 },
          }),
        );
      },
      choosePdfPath: (name) => askSavePath('导出 PDF', name, { name: 'PDF 文件', extensions: ['pdf'] }),
      chooseImportPath: () => askOpenPath('导入旧报告', { name: 'Word 文档或文本文件', extensions: ['docx', 'txt'] }),
      chooseBackupOpenPath: () => askOpenPath('恢复备份', { name: '法治报告助手备份', extensions: ['json'] }),
    },
    isAppUrl,
  );
  hardenSession();
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ send, dataDir, openDataDir: () => void shell.openPath(dataDir) })),
  );
  win = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_e, contents) => guardContents(contents, isAppUrl));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
