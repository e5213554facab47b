/**
 * The preload: exposes window.api with one named method per contract channel and nothing else.
 * Runs sandboxed, so it is bundled into one file and imports only 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  COMMAND_CHANNEL,
  type ArgsOf,
  type Channel,
  type Command,
  type IpcResult,
  type RendererApi,
  type ResultOf,
} from './contract.ts';

function call<C extends Channel>(
  channel: C,
  ...args: ArgsOf<C> extends void ? [] : [ArgsOf<C>]
): Promise<IpcResult<ResultOf<C>>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<ResultOf<C>>>;
}

const api: RendererApi = {
  startup: () => call('app:startup'),
  listReports: () => call('report:list'),
  getReport: (id) => call('report:get', { id }),
  createReport: (args) => call('report:create', args),
  saveReport: (report) => call('report:save', report),
  renameReport: (id, title) => call('report:rename', { id, title }),
  duplicateReport: (id) => call('report:duplicate', { id }),
  deleteReport: (id) => call('report:delete', { id }),
  getSettings: () => call('settings:get'),
  saveSettings: (settings) => call('settings:save', settings),
  exportDocx: (id) => call('docx:export', { id }),
  openFile: (path) => call('file:open', { path }),
  revealFile: (path) => call('file:reveal', { path }),
  flushed: (saved) => call('app:flushed', { saved }),
  openDataDir: () => call('app:open-data-dir'),
  exportBackup: () => call('backup:export'),
  inspectBackup: () => call('backup:inspect'),
  restoreBackup: (token, mode) => call('backup:restore', { token, mode }),
  importFile: () => call('import:file'),
  importText: (text) => call('import:text', { text }),
  remapImport: (token, sectionId, target) => call('import:remap', { token, sectionId, target }),
  commitImport: (token) => call('import:commit', { token }),
  carryForward: (id) => call('report:carry-forward', { id }),
  print: () => call('print:print'),
  printToPdf: (id) => call('print:pdf', { id }),
  onCommand(listener) {
    const wrapped = (_e: unknown, command: Command) => listener(command);
    ipcRenderer.on(COMMAND_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
