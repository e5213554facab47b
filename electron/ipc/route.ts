/** What a feature's IPC handlers are made of: per channel, the payload schema and the handler. */
import { z } from 'zod';
import type { ArgsOf, Channel, ErrorCode, ResultOf } from '../contract.ts';

export interface Route<C extends Channel> {
  /** checked before the handler runs; a payload it refuses changes nothing */
  args: z.ZodType<ArgsOf<C>>;
  handle(args: ArgsOf<C>): Promise<ResultOf<C>> | ResultOf<C>;
}

/** The routes of some channels: each feature module returns one of these. */
export type Routes<C extends Channel> = { [K in C]: Route<K> };

/** A failure whose message is for the user, with the code the renderer sees. */
export class IpcFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Report, section and other ids as they travel over IPC. */
export const Id = z.string().min(1).max(80);
/** Tokens naming a pending import or backup. */
export const Token = z.string().min(1).max(100);
export const NoArgs = z.undefined();
