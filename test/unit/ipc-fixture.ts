/**
 * The real IPC routes over real services on a fresh data folder, called as the page calls them: for tests that go
 * through the one gate. Every dialog answers "cancel" unless the test gives its own answer.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appUrlCheck } from '../../electron/app-url.ts';
import type { IpcResult } from '../../electron/contract.ts';
import { registerIpc, type IpcEventLike } from '../../electron/ipc/index.ts';
import { createServices, type Desktop, type Services } from '../../electron/services/create-services.ts';

export const APP_URL = 'file:///opt/app/resources/app.asar/dist/renderer/index.html';

const none = async () => null;
/** A desktop whose every dialog is cancelled and which opens nothing. */
export const CANCELLING_DESKTOP: Desktop = {
  chooseDocxPath: none,
  chooseHtmlPath: none,
  choosePdfPath: none,
  chooseBackupSavePath: none,
  chooseBackupOpenPath: none,
  chooseImportPath: none,
  openPath: async () => undefined,
  showItemInFolder: () => undefined,
  onFlushed: () => undefined,
  printPage: async () => null,
  pagePdf: async () => new Uint8Array(),
};

export interface IpcFixture {
  dir: string;
  services: Services;
  /** Call a channel as the app's page does; the answer as it comes back, ok or not. */
  call: <T>(channel: string, arg: unknown) => Promise<IpcResult<T>>;
}

/** Open services on a new folder (or `dir`), register the routes, and hand back a caller. */
export async function ipcFixture(desktop: Partial<Desktop> = {}, dir?: string): Promise<IpcFixture> {
  const dataDir = dir ?? mkdtempSync(path.join(tmpdir(), 'fzbg-ipc-'));
  const services = await createServices({
    dataDir,
    version: 't',
    desktop: { ...CANCELLING_DESKTOP, ...desktop },
  });
  const table = new Map<string, (e: IpcEventLike, ...a: unknown[]) => unknown>();
  registerIpc({ handle: (c, f) => void table.set(c, f) }, services, appUrlCheck(APP_URL));
  const call = async <T>(channel: string, arg: unknown) =>
    (await table.get(channel)!({ senderFrame: { url: APP_URL } }, arg)) as IpcResult<T>;
  return { dir: dataDir, services, call };
}
