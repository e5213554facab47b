/**
 * Backups the user can carry: one file with every report and the settings, written to a folder the user picks
 * (a USB stick), and read back after showing what it holds. A damaged or foreign file is refused with a reason.
 */
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { StoreDataSchema, parseStoreText, type StoreData } from './store.ts';
import { writeFileDurable } from './durable-write.ts';
import type { BackupSummary } from '../contract.ts';
import { fileLimits, type FileLimits } from './file-limits.ts';
import { runInWorker } from './worker-run.ts';

export const BACKUP_FORMAT = 'fazhi-report-backup';

const BackupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  appVersion: z.string(),
  data: z.unknown(),
});

/** A file that is not a usable backup. The message is for the user. */
export class BackupError extends Error {
  override name = 'BackupError';
}

export interface BackupContents {
  summary: BackupSummary;
  data: StoreData;
}

/**
 * Read and check a backup file in a worker with a bounded heap and time: a file of a permitted size can still
 * parse into gigabytes (JSON of millions of tiny objects), which must end the worker, not the app.
 * Throws BackupError with a Chinese reason when it cannot be used.
 */
export async function readBackupFile(
  file: string,
  limits: FileLimits['backup'] = fileLimits.backup,
): Promise<BackupContents> {
  const out = await runInWorker<BackupContents>(
    'backup-file',
    { file, maxBytes: limits.maxFileBytes, maxValues: limits.maxJsonValues },
    { heapMb: limits.workerHeapMb, timeoutSeconds: limits.timeoutSeconds },
  );
  if (out.ok) return out.value;
  if (out.kind === 'thrown') {
    throw new BackupError(
      out.fault.name === 'BackupError'
        ? out.fault.message
        : `备份文件中的数据不完整：${out.fault.message}。现有数据未改动。`,
    );
  }
  if (out.kind === 'memory' || out.kind === 'timeout') {
    throw new BackupError(
      `读取该文件时${out.kind === 'memory' ? '所需内存超过限制' : `超过 ${limits.timeoutSeconds} 秒仍未读完`}，已停止：这不是本程序写出的备份文件。现有数据未改动。`,
    );
  }
  throw new BackupError(`无法读取该文件（${out.detail}）。现有数据未改动。`);
}

/** The default file name: 法治报告助手备份-20260115.json */
export function defaultBackupName(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `法治报告助手备份-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}.json`;
}

/** Write a backup of `data` to `target` (durably: a pulled USB stick leaves no half file under that name). */
export async function writeBackupFile(
  target: string,
  data: StoreData,
  appVersion: string,
  now = new Date(),
): Promise<void> {
  const file = { format: BACKUP_FORMAT, formatVersion: 1, createdAt: now.toISOString(), appVersion, data };
  await writeFileDurable(target, JSON.stringify(file));
}

/**
 * How many JSON values `text` holds (every object, array and string, and every value after a comma), counted
 * without parsing and stopping past `stop`: what JSON.parse would build is bounded before it builds it.
 */
export function jsonValueCount(text: string, stop: number): number {
  let n = 0;
  let inString = false;
  for (let i = 0; i < text.length && n <= stop; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
      n++;
    } else if (c === 0x7b || c === 0x5b || c === 0x2c) n++; // { [ ,
  }
  return n;
}

/** Read and check a backup file (in the worker; see readBackupFile); throws BackupError with a Chinese reason. */
export async function parseBackupFile(file: string, maxBytes: number, maxValues: number): Promise<BackupContents> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.size > maxBytes) throw new BackupError('文件太大，不是本程序的备份文件。');
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(`无法读取该文件（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）。`);
  }
  if (text.trim() === '') throw new BackupError('文件是空的，不是有效的备份。');
  if (jsonValueCount(text, maxValues) > maxValues) {
    throw new BackupError(
      '文件中的数据项多得异常（远超任何报告库），不是本程序写出的备份文件，未读取。现有数据未改动。',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupError('文件内容不完整或已损坏（可能复制时中断），无法恢复。现有数据未改动。');
  }
  const head = BackupFileSchema.safeParse(raw);
  if (!head.success) throw new BackupError('这不是法治报告助手的备份文件。现有数据未改动。');
  let data: StoreData;
  try {
    data = parseStoreText(JSON.stringify(head.data.data));
  } catch (e) {
    throw new BackupError(`备份文件中的数据不完整：${(e as Error).message}。现有数据未改动。`);
  }
  StoreDataSchema.parse(data);
  return {
    data,
    summary: {
      createdAt: head.data.createdAt,
      unitName: data.settings.unitName,
      reports: data.reports.map((r) => ({ id: r.id, title: r.title, year: r.year, updatedAt: r.updatedAt })),
    },
  };
}
