/**
 * Durable file writes: temp file in the same folder → fsync → rename → fsync the folder.
 * After a crash or power cut the target holds either the old or the new content, never a mix.
 */
import { promises as fs, constants } from 'node:fs';
import path from 'node:path';

let counter = 0;

/** The file handle calls a durable write makes. */
export interface DurableHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls a durable write makes: `node:fs/promises` in the app, a recorder in tests. */
export interface DurableFs {
  open(file: string, flags: number, mode?: number): Promise<DurableHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: boolean }): Promise<void>;
}

/**
 * Write bytes or text to `target` atomically and durably. Throws on failure; the old file is untouched.
 * `mode` is for a new file: the report data is private to the user (0600), files the user exports keep 0644.
 */
export async function writeFileDurable(
  target: string,
  data: string | Uint8Array,
  io: DurableFs = fs,
  mode = 0o644,
): Promise<void> {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.${counter++}.tmp`);
  let handle: DurableHandle | undefined;
  try {
    handle = await io.open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await io.rename(tmp, target);
  } catch (err) {
    if (handle) await handle.close().catch(() => undefined);
    await io.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
  await syncDir(dir, io);
}

/**
 * Append `text` to `file` durably: the call returns once the bytes are on the disk (fdatasync). With `cutTo`, the file
 * is first cut to that many bytes (0: emptied). A new file's folder is synced too, so the file itself survives a
 * power cut. A crash during the append can leave the end of `text` missing: the reader must tell (see
 * journal-records.ts); everything appended before stays.
 */
export async function appendDurable(file: string, text: string, cutTo?: number, mode = 0o644): Promise<void> {
  const existed = await fs.stat(file).then(
    () => true,
    () => false,
  );
  const handle = await fs.open(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, mode);
  try {
    if (cutTo !== undefined) await handle.truncate(cutTo);
    if (text) await handle.write(text);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  if (!existed) await syncDir(path.dirname(file), fs);
}

/** fsync a folder so a rename inside it survives a power cut. Not possible on Windows; ignored there. */
async function syncDir(dir: string, io: DurableFs): Promise<void> {
  if (process.platform === 'win32') return;
  let h: DurableHandle | undefined;
  try {
    h = await io.open(dir, constants.O_RDONLY);
    await h.sync();
  } catch {
    // Some file systems refuse fsync on folders; the file itself is already synced.
  } finally {
    await h?.close().catch(() => undefined);
  }
}

/** A plain-language Chinese reason for a failed file write, from a Node error code. */
export function describeWriteError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return '没有写入权限（文件夹只读，或文件正被 Word/WPS 等程序打开）';
    case 'EBUSY':
      return '文件正被其他程序占用（例如已在 Word/WPS 中打开），请关闭后重试';
    case 'ENOSPC':
      return '磁盘空间已满，请清理磁盘后重试';
    case 'EROFS':
      return '磁盘为只读，无法写入';
    case 'ENOENT':
      return '文件夹不存在或已被移走';
    default:
      return `写入失败（${code ?? (err instanceof Error ? err.message : String(err))}）`;
  }
}
