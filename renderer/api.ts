/** The preload's window.api, typed by the contract. The renderer talks to main only through this. */
import type { IpcResult, RendererApi } from '../electron/contract.ts';

declare global {
  interface Window {
    api: RendererApi;
  }
}

export const api = (): RendererApi => window.api;

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
