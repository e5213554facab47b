/**
 * One JSON document on disk, kept with lowdb: the store's index and each report are one of these. Reading tells
 * a damaged file (it does not parse: the only thing recovery may move aside) from an unreadable one (permissions,
 * a lock held by antivirus or a sync tool: retried, then reported, never touched). Writing is durable, keeps a
 * symlinked file a symlink, and refuses to overwrite a file that changed on disk since this process last read or
 * wrote it (another program, or a second copy of the app, wrote it).
 */
import { promises as fs, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { appendDurable, writeFileDurable } from './durable-write.ts';

/** How a data file is written; tests pass one that fails like a full disk. */
export type Writer = (file: string, text: string) => Promise<void>;

/** The private data files: only the user may read them (POSIX; Windows ignores the mode). */
export const DATA_FILE_MODE = 0o600;
export const DATA_DIR_MODE = 0o700;

export const writeDataFile: Writer = (file, text) => writeFileDurable(file, text, undefined, DATA_FILE_MODE);

/** How a journal is appended to (first cut to `cutTo` bytes when given); tests pass one that fails. */
export type Appender = (file: string, text: string, cutTo?: number) => Promise<void>;

export const appendDataFile: Appender = (file, text, cutTo) => appendDurable(file, text, cutTo, DATA_FILE_MODE);

/** The file does not parse or does not match the schema: it is damaged. The message is the Chinese reason. */
export class DamagedFileError extends Error {}

/** The file is there but cannot be read (EACCES, EBUSY, EPERM …). It is not damaged and must not be moved. */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(`无法读取数据文件 ${path.basename(file)}（${describeReadError(code)}）`);
  }
}

/** Data that the reader would refuse: it is not written. A bug guard; mutations clamp or refuse before this. */
export class InvalidDataError extends Error {
  constructor(reason: string) {
    super(`数据不符合保存格式（${reason.replace(/^文件内容不符合格式：/, '')}），本次修改没有保存。`);
  }
}

/** The file changed on disk since we last read or wrote it; writing now would overwrite someone else's save. */
export class ChangedOnDiskError extends Error {
  readonly code = 'CHANGED_ON_DISK';
  constructor(readonly file: string) {
    super(
      `数据文件 ${path.basename(file)} 已被其他程序（或另一个打开的法治报告助手）修改，为避免覆盖对方的内容，本次修改没有保存。` +
        '请关闭其他程序后重新打开本程序。',
    );
  }
}

function describeReadError(code: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限，或文件正被杀毒、同步软件锁定';
    case 'EBUSY':
      return '文件正被其他程序占用';
    case 'EISDIR':
      return '同名的是文件夹而不是文件';
    default:
      return `读取失败：${code}`;
  }
}

const RETRIES = 5;
const RETRY_MS = 40;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Read a file's text, retrying read errors a few times (antivirus and sync tools hold files for moments).
 * Returns null when it does not exist. Synchronous, because a report is loaded when first asked for.
 */
export function readTextSync(file: string): string | null {
  return readRetrying(file, () => readFileSync(file, 'utf8'));
}

/** The same for a file's bytes (a journal, whose lengths are counted in bytes). */
export function readBytesSync(file: string): Buffer | null {
  return readRetrying(file, () => readFileSync(file));
}

function readRetrying<T>(file: string, read: () => T): T | null {
  for (let attempt = 0; ; attempt++) {
    try {
      return read();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      if (code === 'ENOENT') return null;
      if (attempt >= RETRIES) throw new UnreadableFileError(file, code);
      sleepSync(RETRY_MS * (attempt + 1));
    }
  }
}

/** Parse JSON text written by us (or by an editor that added a UTF-8 BOM); throws DamagedFileError. */
export function parseJsonText(text: string): unknown {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (t.trim() === '') throw new DamagedFileError('文件为空');
  if (t.charCodeAt(0) === 0) throw new DamagedFileError('文件内容为空白字节（可能是断电造成的）');
  try {
    return JSON.parse(t);
  } catch {
    throw new DamagedFileError('文件内容不完整或已损坏，无法读取');
  }
}

/** What identifies one version of a file on disk. */
export interface Stamp {
  size: number;
  mtimeMs: number;
  ino: number;
}
export const stampOf = (s: Stats): Stamp => ({ size: s.size, mtimeMs: s.mtimeMs, ino: s.ino });
export const sameStamp = (a: Stamp | null, b: Stamp | null) =>
  a === b || (!!a && !!b && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino);

export function statOrNull(file: string): Stamp | null {
  try {
    return stampOf(statSync(file));
  } catch {
    return null;
  }
}

/** The file a write should replace: the target of a symlink, so the link itself stays. */
function writeTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** lowdb adapter for one document: durable, serialised writes, and the changed-on-disk check before each. */
export class JsonFileAdapter<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve();
  /** The file as we last saw it; null when it did not exist. */
  private stamp: Stamp | null = null;
  /** The text last read or written: what a backup of this document holds. */
  lastText = '';
  constructor(
    readonly file: string,
    private readonly parse: (raw: unknown) => T,
    private readonly writer: Writer,
  ) {}

  /** Read and parse; null when missing. Throws DamagedFileError or UnreadableFileError. */
  readSync(): T | null {
    const stamp = statOrNull(this.file);
    const text = readTextSync(this.file);
    if (text === null) return null;
    const data = this.parse(parseJsonText(text));
    this.stamp = stamp;
    this.lastText = text;
    return data;
  }

  async read(): Promise<T | null> {
    return this.readSync();
  }

  /** Take the file as it is on disk now as ours: a new document, or one rebuilt from backups, replaces it. */
  adopt(): void {
    this.stamp = statOrNull(writeTarget(this.file));
  }

  /**
   * Write `data`, after checking it with the schema the reader uses (a file we wrote is a file we can read)
   * and that the file on disk is still the one we last read or wrote.
   */
  write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    const run = this.queue.then(async () => {
      try {
        this.parse(JSON.parse(text));
      } catch (e) {
        throw new InvalidDataError(e instanceof Error ? e.message : String(e));
      }
      const target = await this.assertUnchanged();
      await this.writer(target, text);
      this.stamp = await fs.stat(target).then(stampOf, () => null);
      this.lastText = text;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Throw ChangedOnDiskError when the file is not the one we last read or wrote; returns the path to write. */
  async assertUnchanged(): Promise<string> {
    const target = writeTarget(this.file);
    const now = await fs.stat(target).then(stampOf, () => null);
    if (!sameStamp(now, this.stamp)) throw new ChangedOnDiskError(this.file);
    return target;
  }

  /** Remove the file (a deleted report), with the same check. */
  remove(): Promise<void> {
    const run = this.queue.then(async () => {
      const now = await fs.stat(this.file).then(stampOf, () => null);
      if (now && !sameStamp(now, this.stamp)) throw new ChangedOnDiskError(this.file);
      await fs.rm(this.file, { force: true });
      this.stamp = null;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
