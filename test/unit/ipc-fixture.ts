/**
 * The real IPC routes over real services on a fresh data folder, called as the page calls them: for tests that go
 * through the one gate. Every dialog answers "cancel" unless the test gives its own answer.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appUrlCheck } from '../../electron/app-url.ts';
import type { IpcResult } from '../../electron/contract.ts';
import { registerIpc, type IpcEventLike } from '../../electron/ipc/index.ts';
import { createServices, type Desktop, type Services } from '../../electron/services/create-services.ts';
import type { StoreOptions } from '../../electron/services/store.ts';

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
  call: <T>(channel: string, arg?: unknown) => Promise<IpcResult<T>>;
  /** Call a channel with any arguments from any page: for tests of the gate's own refusals. */
  send: (channel: string, args: unknown[], url?: string) => Promise<IpcResult<unknown>>;
  /** the channels the gate registered */
  channels: string[];
}

export interface IpcFixtureOptions {
  /** the dialog answers; a function gets the data folder, for answers that point into it */
  desktop?: Partial<Desktop> | ((dir: string) => Partial<Desktop>);
  /** the data folder (default: a new one) */
  dir?: string;
  /** the store's clock and writers */
  store?: StoreOptions;
}

/** Open services on a data folder, register the routes, and hand back a caller. */
export async function ipcFixture(options: IpcFixtureOptions = {}): Promise<IpcFixture> {
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), 'fzbg-ipc-'));
  const answers = typeof options.desktop === 'function' ? options.desktop(dir) : options.desktop;
  const services = await createServices({
    dataDir: dir,
    version: 't',
    desktop: { ...CANCELLING_DESKTOP, ...answers },
    store: options.store,
  });
  const table = new Map<string, (e: IpcEventLike, ...a: unknown[]) => unknown>();
  registerIpc({ handle: (c, f) => void table.set(c, f) }, services, appUrlCheck(APP_URL));
  const send = async (channel: string, args: unknown[], url = APP_URL) =>
    (await table.get(channel)!({ senderFrame: { url } }, ...args)) as IpcResult<unknown>;
  const call = <T>(channel: string, arg?: unknown) => send(channel, [arg]) as Promise<IpcResult<T>>;
  return { dir, services, call, send, channels: [...table.keys()] };
}

/** The value of an answer that must be ok; a refusal fails the test with its message. */
export function okValue<T>(r: IpcResult<T>): T {
  assert.ok(r.ok, r.ok ? '' : `${r.error.code}: ${r.error.message}`);
  return r.value;
}
