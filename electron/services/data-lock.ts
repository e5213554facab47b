/**
 * The data folder's lock: one writer at a time, across processes, user sessions and copies of the app (Electron's
 * single-instance lock sees only one installation in one session). The lock file names its holder (pid, host,
 * start time); a lock whose process is gone on this host is stale and taken over. A second writer does not wait:
 * it opens read-only and says why.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync, constants } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { DATA_FILE_MODE } from './json-file.ts';

export const LOCK_FILE = 'data.lock';

interface Holder {
  pid: number;
  host: string;
  startedAt: string;
}

/** The outcome: we hold the lock, or someone else does and we must not write. */
export type LockResult = { held: true; release(): void } | { held: false; message: string };

function readHolder(file: string): Holder | null {
  try {
    const h = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    if (typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.startedAt === 'string') return h as Holder;
  } catch {
    // an empty or half-written lock file: judged by its age below
  }
  return null;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Is this lock left by a process that is gone (or a lock file cut short by a crash long ago)? */
function isStale(file: string, holder: Holder | null): boolean {
  if (!holder) {
    try {
      return Date.now() - statSync(file).mtimeMs > 10_000;
    } catch {
      return true;
    }
  }
  return holder.host === hostname() && !processAlive(holder.pid);
}

function tryCreate(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, DATA_FILE_MODE);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    const me: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
    writeSync(fd, JSON.stringify(me));
  } finally {
    closeSync(fd);
  }
  return true;
}

function busyMessage(h: Holder | null): string {
  const who = h
    ? `进程 ${h.pid}，计算机 ${h.host}，${new Date(h.startedAt).toLocaleString('zh-CN', { hour12: false })} 起`
    : '另一个程序';
  return (
    `数据文件夹正被另一个打开的法治报告助手（或命令行工具）使用（${who}）。为避免两边互相覆盖，本窗口以只读方式打开：` +
    '可以查看和导出，但修改不会保存。请关闭另一个后重新打开本程序。'
  );
}

/**
 * Take the lock on `dataDir`. The same process may open its folder more than once (tests do; the app opens it
 * once), so a lock held by this very process counts as ours.
 */
export function lockDataDir(dataDir: string): LockResult {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(file)) return { held: true, release: () => releaseIfOurs(file) };
    const holder = readHolder(file);
    if (holder && holder.pid === process.pid && holder.host === hostname()) {
      return { held: true, release: () => releaseIfOurs(file) };
    }
    if (!isStale(file, holder)) return { held: false, message: busyMessage(holder) };
    rmSync(file, { force: true });
  }
  return { held: false, message: busyMessage(readHolder(file)) };
}

function releaseIfOurs(file: string): void {
  const h = readHolder(file);
  if (h && h.pid === process.pid && h.host === hostname()) rmSync(file, { force: true });
}
