/**
 * The preload: exposes window.api, built from the contract's method → channel table, and nothing else
 * (no ipcRenderer, no generic invoke). Runs sandboxed, so it is bundled into one file and imports only 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, COMMAND_CHANNEL, type Command, type RendererApi } from './contract.ts';

type Invoker = (...args: never[]) => Promise<unknown>;

// Each method packs its arguments into its channel's payload; a channel without arguments sends none.
const methods = Object.fromEntries(
  Object.entries(API_METHODS).map(([name, { channel, pack }]): [string, Invoker] => [
    name,
    (...args: never[]) => {
      const payload = (pack as (...a: never[]) => unknown)(...args);
      return payload === undefined ? ipcRenderer.invoke(channel) : ipcRenderer.invoke(channel, payload);
    },
  ]),
);

const api: RendererApi = {
  ...(methods as Omit<RendererApi, 'onCommand'>),
  onCommand(listener) {
    const wrapped = (_e: unknown, command: Command) => listener(command);
    ipcRenderer.on(COMMAND_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
