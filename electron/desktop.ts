/**
 * Electron's side of `Desktop`: the dialogs, the system shell and printing that the IPC handlers ask for.
 * Everything here acts on the one app window, given by `win()`.
 */
import { app, dialog, shell, type BrowserWindow, type FileFilter } from 'electron';
import path from 'node:path';
import type { Desktop, PrintOutcome } from './services/create-services.ts';

const WORD: FileFilter = { name: 'Word 文档', extensions: ['docx'] };
const PDF: FileFilter = { name: 'PDF 文件', extensions: ['pdf'] };
const HTML: FileFilter = { name: '网页文件', extensions: ['html'] };
const BACKUP: FileFilter = { name: '法治报告助手备份', extensions: ['json'] };
const EXCEL: FileFilter = { name: 'Excel 工作簿', extensions: ['xlsx'] };
const TOWNSHIP_REPORT: FileFilter = {
  name: '乡镇报告（Word、WPS、文本、报告或备份文件）',
  extensions: ['docx', 'doc', 'wps', 'txt', 'json'],
};
const OLD_REPORT: FileFilter = { name: 'Word、WPS 文档或文本文件', extensions: ['docx', 'doc', 'wps', 'txt'] };

export function electronDesktop(win: () => BrowserWindow, onFlushed: (saved: boolean) => void): Desktop {
  /** A save dialog starting in 文档; null when cancelled. */
  const askSave = async (title: string, defaultName: string, filter: FileFilter) => {
    const defaultPath = path.join(app.getPath('documents'), defaultName);
    const r = await dialog.showSaveDialog(win(), { title, defaultPath, filters: [filter] });
    return r.canceled || !r.filePath ? null : r.filePath;
  };
  /** An open dialog for one file; null when cancelled. */
  const askOpen = async (title: string, filter: FileFilter) => {
    const r = await dialog.showOpenDialog(win(), { title, properties: ['openFile'], filters: [filter] });
    return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
  };
  return {
    chooseDocxPath: (name) => askSave('导出 Word 文件', name, WORD),
    choosePdfPath: (name) => askSave('导出 PDF', name, PDF),
    chooseHtmlPath: (name) => askSave('导出公开版网页', name, HTML),
    chooseBackupSavePath: (name) => askSave('备份到…', name, BACKUP),
    chooseBackupOpenPath: () => askOpen('恢复备份', BACKUP),
    chooseImportPath: () => askOpen('导入旧报告', OLD_REPORT),
    async chooseCountySources(folder) {
      const r = await dialog.showOpenDialog(win(), {
        title: folder ? '添加文件夹中的全部报告' : '添加乡镇报告',
        properties: folder ? ['openDirectory'] : ['openFile', 'multiSelections'],
        filters: folder ? undefined : [TOWNSHIP_REPORT],
      });
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths;
    },
    async chooseCountyOutput(kind, name) {
      if (kind === 'xlsx') return askSave('导出汇总工作簿', name, EXCEL);
      if (kind === 'docx') return askSave('导出汇总表', name, WORD);
      const r = await dialog.showOpenDialog(win(), {
        title: '审核意见单保存到文件夹',
        properties: ['openDirectory', 'createDirectory'],
      });
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
    },
    async openPath(p) {
      const err = await shell.openPath(p);
      if (err) throw new Error(err);
    },
    showItemInFolder: (p) => shell.showItemInFolder(p),
    printPage: () => printPage(win()),
    async pagePdf() {
      const margins = { top: 0, bottom: 0, left: 0, right: 0 };
      const pdf = await win().webContents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        pageSize: 'A4',
        margins,
      });
      return new Uint8Array(pdf);
    },
    onFlushed,
  };
}

/** The system print dialog on the page as shown; with no printer at all, say so before opening it. */
async function printPage(w: BrowserWindow): Promise<PrintOutcome> {
  const wc = w.webContents;
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
}
