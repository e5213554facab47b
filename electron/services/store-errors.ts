/** The store's errors, each with the code the IPC gate answers with and a Chinese message for the user. */
import { describeWriteError } from './durable-write.ts';
import { ChangedOnDiskError, InvalidDataError } from './json-file.ts';

/** A save that did not reach the disk. The change is kept in memory; saving again retries. */
export class StoreWriteError extends Error {
  readonly code = 'WRITE_FAILED';
  constructor(readonly reason: string) {
    super(`保存失败：${reason}。修改仍保留在程序中，稍后将自动重试。`);
  }
}

/** A report id that is not in the store. */
export class NotFoundError extends Error {
  readonly code = 'NOT_FOUND';
  constructor(what: string) {
    super(`${what}不存在，可能已被删除。`);
  }
}

/** The store does not write: another instance holds the folder, or a file changed under us. */
export class ReadOnlyError extends Error {
  readonly code = 'READ_ONLY';
}

/** A file that is there but cannot be read now, or is damaged with nothing to restore it from. */
export class StoreReadError extends Error {
  readonly code = 'READ_FAILED';
}

/** A change that would break a limit the reader enforces (report count, title length, year). */
export class LimitError extends Error {
  readonly code = 'INVALID_PAYLOAD';
}

/** Run a document write and say in the store's terms why it failed. */
export async function mapWriteErrors(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ChangedOnDiskError) throw new ReadOnlyError(e.message);
    if (e instanceof InvalidDataError) throw new LimitError(e.message);
    throw new StoreWriteError(describeWriteError(e));
  }
}
