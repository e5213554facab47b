/** The preload's window.api, typed by the contract. The renderer talks to main only through this. */
import type { IpcResult, RendererApi } from '../electron/contract.ts';

declare global {
  interface Window {
    api: RendererApi;
  }
}

type NoticeListener = (notices: string[]) => void;
const listeners = new Set<NoticeListener>();

/** Be told the notices that main attaches to any answer (a report restored from backup, backups failing). */
export function onNotices(listener: NoticeListener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

function tell(result: unknown): unknown {
  const notices = (result as IpcResult<unknown> | null)?.notices;
  if (Array.isArray(notices) && notices.length) for (const l of listeners) l(notices);
  return result;
}

/** window.api with every answer's notices passed to the listeners, whichever view made the call. */
function withNotices(raw: RendererApi): RendererApi {
  // A plain copy, not a Proxy: the preload's object is frozen, and a Proxy may not change a frozen property.
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(raw)) {
    out[key] =
      typeof v === 'function' && key !== 'onCommand'
        ? (...args: unknown[]) => {
            const r: unknown = (v as (...a: unknown[]) => unknown)(...args);
            return r instanceof Promise ? r.then(tell) : r;
          }
        : v;
  }
  return out as RendererApi;
}

let wrapped: { raw: RendererApi; api: RendererApi } | null = null;

export const api = (): RendererApi => {
  if (wrapped?.raw !== window.api) wrapped = { raw: window.api, api: withNotices(window.api) };
  return wrapped.api;
};

/** Unwrap an IPC result or throw its Chinese message. */
export async function unwrap<T>(p: Promise<IpcResult<T>>): Promise<T> {
  const r = await p;
  if (r.ok) return r.value;
  throw new IpcError(r.error.code, r.error.message);
}

export class IpcError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
