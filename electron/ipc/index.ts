/**
 * The one place where IPC channels meet services. Every call is checked for its sender, its payload is validated
 * before any handler runs, and the answer is an IpcResult: the renderer never sees a thrown error, and a bad
 * payload changes nothing. The handlers live per feature; this gate is the same for all of them.
 * No electron import: main.ts passes ipcMain in, tests pass a stand-in with the same shape.
 */
import { CHANNELS, type Channel, type IpcResult } from '../contract.ts';
import { droppedKeys } from '../core/dropped-keys.ts';
import { describeZodError } from '../core/report-model.ts';
import type { Services } from '../services/create-services.ts';
import { LimitError, NotFoundError, ReadOnlyError, StoreReadError, StoreWriteError } from '../services/store.ts';
import { appRoutes } from './app.ts';
import { backupRoutes } from './backup.ts';
import { countyRoutes } from './county.ts';
import { importRoutes } from './import.ts';
import { outputRoutes } from './output.ts';
import { reportRoutes } from './reports.ts';
import { versionRoutes } from './versions.ts';
import { IpcFailure, type Route, type Routes } from './route.ts';
import { CountyError } from '../services/county/workspace.ts';

/** The part of an IPC event the gate looks at. */
export interface IpcEventLike {
  senderFrame?: { url: string } | null;
}

/** The part of Electron's ipcMain that registration needs. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

/** Every channel's route; the type makes a channel without a handler a compile error. */
function allRoutes(s: Services): Routes<Channel> {
  return {
    ...appRoutes(s),
    ...reportRoutes(s),
    ...outputRoutes(s),
    ...backupRoutes(s),
    ...importRoutes(s),
    ...versionRoutes(s),
    ...countyRoutes(s),
  };
}

/** Our own messages are Chinese; a message with no Chinese in it is a library's or the runtime's. */
const CHINESE = /[\u4e00-\u9fff]/;

function failure(err: unknown): IpcResult<never> {
  if (err instanceof IpcFailure) return { ok: false, error: { code: err.code, message: err.message } };
  if (err instanceof StoreWriteError) return { ok: false, error: { code: 'WRITE_FAILED', message: err.message } };
  if (err instanceof NotFoundError) return { ok: false, error: { code: 'NOT_FOUND', message: err.message } };
  if (err instanceof ReadOnlyError) return { ok: false, error: { code: 'READ_ONLY', message: err.message } };
  if (err instanceof StoreReadError) return { ok: false, error: { code: 'READ_FAILED', message: err.message } };
  if (err instanceof CountyError) return { ok: false, error: { code: 'INVALID_PAYLOAD', message: err.message } };
  if (err instanceof LimitError) return { ok: false, error: { code: 'INVALID_PAYLOAD', message: err.message } };
  const message = err instanceof Error ? err.message : String(err);
  // An English message (a runtime or library error) means nothing to the user: say what happened in Chinese and
  // leave the detail to the main process's log.
  if (!CHINESE.test(message)) console.error('IPC handler failed:', err);
  const detail = CHINESE.test(message) ? `：${message}` : '。';
  return {
    ok: false,
    error: { code: 'INTERNAL', message: `程序内部错误，操作没有完成${detail}已保存的内容没有改动。` },
  };
}

/** Validate a payload; a schema that throws (e.g. on data nested past any sense) is a refusal, never a throw. */
function validate(route: Route<Channel>, payload: unknown): ReturnType<Route<Channel>['args']['safeParse']> | null {
  try {
    return route.args.safeParse(payload);
  } catch {
    return null;
  }
}

async function dispatch(route: Route<Channel>, args: unknown[]): Promise<IpcResult<unknown>> {
  if (args.length > 1) return { ok: false, error: { code: 'INVALID_PAYLOAD', message: '参数个数不正确。' } };
  const parsed = validate(route, args[0]);
  if (!parsed)
    return { ok: false, error: { code: 'INVALID_PAYLOAD', message: '数据不正确：结构过深或过大，无法处理。' } };
  if (!parsed.success) {
    return { ok: false, error: { code: 'INVALID_PAYLOAD', message: `数据不正确：${describeZodError(parsed.error)}` } };
  }
  const lost = droppedKeys(args[0], parsed.data);
  if (lost.length) {
    const fields = lost.join('、');
    return {
      ok: false,
      error: { code: 'INVALID_PAYLOAD', message: `数据中有本程序不认识的内容（${fields}），为免丢失，没有保存。` },
    };
  }
  try {
    return { ok: true, value: await route.handle(parsed.data as never) };
  } catch (err) {
    return failure(err);
  }
}

/**
 * Register every channel of the contract on `ipc`. `isTrustedUrl` decides whether a sender frame is the app's own
 * page; calls from anywhere else are refused before their payload is read.
 */
export function registerIpc(ipc: IpcMainLike, services: Services, isTrustedUrl: (url: string) => boolean): void {
  const routes = allRoutes(services);
  for (const channel of CHANNELS) {
    const route = routes[channel] as Route<Channel>;
    ipc.handle(channel, async (event, ...args): Promise<IpcResult<unknown>> => {
      if (!isTrustedUrl(event.senderFrame?.url ?? '')) {
        return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求。' } };
      }
      const result = await dispatch(route, args);
      // What arose during the call (a report restored from backup, backups failing) rides on its answer.
      const notices = [...services.store.takeNotices(), ...services.versions.takeNotices()];
      return notices.length ? { ...result, notices } : result;
    });
  }
}
