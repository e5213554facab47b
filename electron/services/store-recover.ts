/**
 * What the store does with files it cannot use: a damaged file is moved aside (never overwritten), temp files a
 * crash left are removed. Only parse failures count as damage; see json-file.ts.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chineseDate } from '../core/dates.ts';
import { DATA_DIR_MODE } from './json-file.ts';

/**
 * Move a damaged file into damaged/ so it is kept. When damaged/ cannot be made, rename it in place
 * (reports.json.damaged-…) instead. Returns where it went, or null when it could not be moved at all: the caller
 * must then not write over it.
 */
export function moveAsideSync(file: string, dataDir: string, now: Date): string | null {
  const stamp = now.toISOString().replace(/[:.]/g, '-') + `-${process.pid}`;
  const base = path.basename(file, '.json');
  try {
    const dir = path.join(dataDir, 'damaged');
    mkdirSync(dir, { recursive: true, mode: DATA_DIR_MODE });
    const target = path.join(dir, `${base}-${stamp}.json`);
    renameSync(file, target);
    return target;
  } catch {
    try {
      const target = `${file}.damaged-${stamp}`;
      renameSync(file, target);
      return target;
    } catch {
      return null;
    }
  }
}

/** Temp files left by a write that a crash cut short; the files they were for are intact. */
export function removeStaleTempFiles(...dirs: string[]): void {
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const n of names) {
      if (n.startsWith('.') && n.endsWith('.tmp')) rmSync(path.join(dir, n), { force: true });
    }
  }
}

export function fmtTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${chineseDate(d.getFullYear(), d.getMonth() + 1, d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The sentence that tells the user where a damaged file was kept. */
export function keptAt(aside: string | null): string {
  return aside ? `损坏的文件已保留为 ${aside}` : '损坏的文件无法移走，已原样保留，不会被覆盖';
}
