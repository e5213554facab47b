/**
 * Rotating backups of the store file: the last 10, plus the newest of each day for 30 days.
 * A backup is a full copy written durably; the newest one that parses is what recovery restores.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileDurable } from './durable-write.ts';

export const KEEP_RECENT = 10;
export const KEEP_DAYS = 30;
const NAME = /^reports-(\d{8})-(\d{9})\.json$/;

function stampOf(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}${p(d.getMilliseconds(), 3)}`;
}

function timeOf(name: string): Date | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [d, t] = [m[1], m[2]];
  return new Date(
    +d.slice(0, 4),
    +d.slice(4, 6) - 1,
    +d.slice(6, 8),
    +t.slice(0, 2),
    +t.slice(2, 4),
    +t.slice(4, 6),
    +t.slice(6, 9),
  );
}

export class BackupRotation {
  private last = 0;
  constructor(
    readonly dir: string,
    private readonly now: () => Date,
    private readonly intervalMs = 10 * 60 * 1000,
  ) {}

  /** Backup files, newest first. */
  async list(): Promise<Array<{ file: string; time: Date }>> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch {
      return [];
    }
    return names
      .map((n) => ({ file: path.join(this.dir, n), time: timeOf(n) }))
      .filter((x): x is { file: string; time: Date } => x.time !== null)
      .sort((a, b) => b.time.getTime() - a.time.getTime());
  }

  /** Write a backup of `text` when one is due (or always with `force` unless one was made this interval). */
  async maybeBackup(text: string, force: boolean): Promise<void> {
    const now = this.now();
    if (!force && now.getTime() - this.last < this.intervalMs) return;
    const newest = (await this.list())[0];
    if (newest && now.getTime() - newest.time.getTime() < this.intervalMs) {
      this.last = newest.time.getTime();
      if (!force) return;
      // On open, skip when the newest backup already holds this content.
      const same = await fs.readFile(newest.file, 'utf8').then(
        (t) => t === text,
        () => false,
      );
      if (same) return;
    }
    await fs.mkdir(this.dir, { recursive: true });
    let name = `reports-${stampOf(now)}.json`;
    if (newest && path.basename(newest.file) === name) name = `reports-${stampOf(new Date(now.getTime() + 1))}.json`;
    await writeFileDurable(path.join(this.dir, name), text);
    this.last = now.getTime();
    await this.prune();
  }

  /** Keep the newest KEEP_RECENT, plus the newest of each of the last KEEP_DAYS days; delete the rest. */
  async prune(): Promise<void> {
    const all = await this.list();
    const keep = new Set(all.slice(0, KEEP_RECENT).map((b) => b.file));
    const cutoff = this.now().getTime() - KEEP_DAYS * 24 * 3600 * 1000;
    const days = new Set<string>();
    for (const b of all) {
      if (b.time.getTime() < cutoff) continue;
      const day = b.time.toDateString();
      if (!days.has(day)) {
        days.add(day);
        keep.add(b.file);
      }
    }
    for (const b of all) if (!keep.has(b.file)) await fs.rm(b.file, { force: true });
  }

  /** The newest backup that parses, with its time. */
  async newestGood<T>(parse: (text: string) => T): Promise<{ data: T; time: Date; file: string } | null> {
    for (const b of await this.list()) {
      try {
        const text = await fs.readFile(b.file, 'utf8');
        return { data: parse(text), time: b.time, file: b.file };
      } catch {
        // damaged backup: try the next older one
      }
    }
    return null;
  }
}
