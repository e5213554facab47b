/**
 * Automatic backups, one file per document (the index, or one report) and only when that document changed since
 * its last backup. Each name carries a sequence number that only grows, the time, the document and a hash of the
 * content: recovery takes the newest by sequence (a wrong system clock cannot reorder them), deduplication needs no
 * read, and start-up reads only the folder listing.
 *
 * Kept per document: the last KEEP_RECENT, plus the newest of each of the last KEEP_DAYS days; all together under a
 * size cap, the oldest dailies dropped first. The newest backup of a document is never dropped.
 */
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileDurable } from './durable-write.ts';
import { DATA_DIR_MODE, DATA_FILE_MODE } from './json-file.ts';

export const KEEP_RECENT = 10;
export const KEEP_DAYS = 30;
/** The backups together may take this many times the data's size (never less than MIN_CAP_BYTES). */
export const CAP_FACTOR = 2.5;
export const MIN_CAP_BYTES = 1024 * 1024;
const NAME = /^(\d{10})-(\d{8})-(\d{9})-([a-z0-9-]+)-([0-9a-f]{12})\.json$/;

export interface BackupEntry {
  seq: number;
  time: Date;
  key: string;
  hash: string;
  file: string;
  size?: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function stampOf(d: Date): string {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}${pad(d.getMilliseconds(), 3)}`;
}

function parseName(dir: string, name: string): BackupEntry | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [d, t] = [m[2], m[3]];
  const time = new Date(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +t.slice(0, 2), +t.slice(2, 4));
  time.setSeconds(+t.slice(4, 6), +t.slice(6, 9));
  return { seq: +m[1], time, key: m[4], hash: m[5], file: path.join(dir, name) };
}

export const contentHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

export class Backups {
  private entries: BackupEntry[] = [];
  private nextSeq = 1;
  private warned = false;
  /** Backups are written one at a time, so pruning never races a write. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The data's size as last told, for the cap. */
  private dataBytes = 0;
  constructor(
    readonly dir: string,
    private readonly now: () => Date,
    private readonly intervalMs = 10 * 60 * 1000,
    /** told once, in Chinese, when a backup cannot be written */
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  /** Read the folder listing (the only start-up cost). */
  async init(): Promise<void> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    this.entries = names.map((n) => parseName(this.dir, n)).filter((e): e is BackupEntry => e !== null);
    this.nextSeq = this.entries.reduce((m, e) => Math.max(m, e.seq), 0) + 1;
  }

  /** Backups of one document, newest (highest sequence) first. */
  list(key?: string): BackupEntry[] {
    return this.entries.filter((e) => key === undefined || e.key === key).sort((a, b) => b.seq - a.seq);
  }

  /**
   * Back up `text` as document `key` unless its newest backup holds the same content, or (without `force`) one
   * was made within the interval. A clock that moved backwards since the newest backup counts as due.
   * Never throws: a failure is reported once through `warn`, and the save it follows stands.
   */
  maybeBackup(key: string, text: string, force: boolean, dataBytes: number): Promise<boolean> {
    if (dataBytes > 0) this.dataBytes = dataBytes;
    const run = this.queue.then(() => this.backupNow(key, text, force));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async backupNow(key: string, text: string, force: boolean): Promise<boolean> {
    const newest = this.list(key)[0];
    const hash = contentHash(text);
    if (newest?.hash === hash) return false;
    const age = newest ? this.now().getTime() - newest.time.getTime() : Infinity;
    if (!force && age >= 0 && age < this.intervalMs) return false;
    try {
      await fs.mkdir(this.dir, { recursive: true, mode: DATA_DIR_MODE });
      const seq = this.nextSeq++;
      const name = `${pad(seq, 10)}-${stampOf(this.now())}-${key}-${hash}.json`;
      await writeFileDurable(path.join(this.dir, name), text, undefined, DATA_FILE_MODE);
      this.entries.push({ ...parseName(this.dir, name)!, size: Buffer.byteLength(text) });
      await this.prune(this.dataBytes);
      return true;
    } catch (e) {
      if (!this.warned) {
        this.warned = true;
        const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
        this.warn(
          `无法写入自动备份（${code}）：报告已正常保存，但备份文件夹 ${this.dir} 中没有新的备份。` +
            '请检查该文件夹的权限和磁盘空间，或用“文件 → 备份到…”另存一份。',
        );
      }
      return false;
    }
  }

  /** Which backups the rotation keeps: per document the last KEEP_RECENT and the newest of each recent day. */
  private rotation(): { recent: Set<BackupEntry>; daily: Set<BackupEntry> } {
    const recent = new Set<BackupEntry>();
    const daily = new Set<BackupEntry>();
    const cutoff = this.now().getTime() - KEEP_DAYS * 24 * 3600 * 1000;
    for (const key of new Set(this.entries.map((e) => e.key))) {
      const all = this.list(key);
      for (const e of all.slice(0, KEEP_RECENT)) recent.add(e);
      const days = new Set<string>();
      for (const e of all) {
        if (e.time.getTime() < cutoff) continue;
        const day = e.time.toDateString();
        if (!days.has(day)) {
          days.add(day);
          daily.add(e);
        }
      }
    }
    return { recent, daily };
  }

  /** Apply the rotation, then the size cap: oldest dailies first, then the oldest recent ones. */
  async prune(dataBytes: number): Promise<void> {
    const { recent, daily } = this.rotation();
    const drop = this.entries.filter((e) => !recent.has(e) && !daily.has(e));
    let kept = this.entries.filter((e) => recent.has(e) || daily.has(e));
    for (const e of kept)
      e.size ??= await fs.stat(e.file).then(
        (s) => s.size,
        () => 0,
      );
    const cap = Math.max(MIN_CAP_BYTES, CAP_FACTOR * dataBytes);
    let total = kept.reduce((n, e) => n + (e.size ?? 0), 0);
    const newestOfKey = new Set([...new Set(kept.map((e) => e.key))].map((k) => this.list(k)[0]));
    const candidates = kept
      .filter((e) => !newestOfKey.has(e))
      .sort((a, b) => Number(recent.has(a)) - Number(recent.has(b)) || a.seq - b.seq);
    for (const e of candidates) {
      if (total <= cap) break;
      drop.push(e);
      total -= e.size ?? 0;
    }
    const dropped = new Set(drop);
    kept = this.entries.filter((e) => !dropped.has(e));
    for (const e of drop) await fs.rm(e.file, { force: true });
    this.entries = kept;
  }

  /** The newest backup of `key` (by sequence) that reads and parses, or null. Synchronous: a report is loaded when first asked for. */
  newestGood<T>(key: string, parse: (text: string) => T): { data: T; entry: BackupEntry } | null {
    for (const entry of this.list(key)) {
      try {
        return { data: parse(readFileSync(entry.file, 'utf8')), entry };
      } catch {
        // a damaged backup: try the next older one
      }
    }
    return null;
  }

  /** Total size of the backups kept, for the bench. */
  async totalBytes(): Promise<number> {
    let n = 0;
    for (const e of this.entries)
      n +=
        e.size ??
        (await fs.stat(e.file).then(
          (s) => s.size,
          () => 0,
        ));
    return n;
  }
}
