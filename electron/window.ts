/**
 * The one app window, hardened, and its closing: before it closes, the page is asked to save what is still
 * pending; if that save fails the user decides whether to quit.
 */
import { BrowserWindow, dialog } from 'electron';
import { COMMAND_CHANNEL, type Command } from './contract.ts';

/** How long a page that does not answer the flush (hung) may hold up closing; what it saved before is on disk. */
const FLUSH_TIMEOUT_MS = 5000;

export interface AppWindow {
  window: BrowserWindow;
  send(command: Command): void;
  /** The page's answer to 'flush': whether everything it had reached the disk. */
  flushed(saved: boolean): void;
}

export function createWindow(files: { index: string; preload: string }): AppWindow {
  const w = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 600,
    title: '法治报告助手',
    show: false,
    webPreferences: {
      preload: files.preload,
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
  const send = (command: Command) => w.webContents.send(COMMAND_CHANNEL, command);
  let closing = false;
  let flushWaiter: ((saved: boolean) => void) | null = null;
  w.once('ready-to-show', () => w.show());
  w.on('close', (e) => {
    if (closing) return;
    e.preventDefault();
    closing = true;
    const timer = setTimeout(() => flushWaiter?.(true), FLUSH_TIMEOUT_MS);
    flushWaiter = (saved) => {
      flushWaiter = null;
      clearTimeout(timer);
      if (saved || askQuitUnsaved(w)) w.destroy();
      else closing = false;
    };
    send('flush');
  });
  void w.loadFile(files.index);
  return { window: w, send, flushed: (saved) => flushWaiter?.(saved) };
}

/** The last save failed: quit anyway? Defaults to staying. */
function askQuitUnsaved(w: BrowserWindow): boolean {
  const choice = dialog.showMessageBoxSync(w, {
    type: 'warning',
    title: '法治报告助手',
    message: '最近的修改没能保存到磁盘。',
    detail: '现在退出会丢失这些修改。建议先留在程序中，按界面上的提示处理（例如清理磁盘空间），或用“备份到…”另存一份。',
    buttons: ['不退出', '仍然退出'],
    defaultId: 0,
    cancelId: 0,
  });
  return choice === 1;
}
