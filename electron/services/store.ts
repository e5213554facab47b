/**
 * The report store: every report and the settings in one JSON file under the data folder, kept with lowdb.
 * Writes are durable (temp → fsync → rename); rotating backups are kept beside it; a damaged file is moved
 * aside and the newest good backup restored, and the user is told. Only the main process uses this.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { z } from 'zod';
import {
  ReportSchema,
  SCHEMA_VERSION,
  describeZodError,
  generateTitle,
  type Report,
  type ReportSummary,
} from '../core/report-model.ts';
import { SettingsSchema, DEFAULT_SETTINGS, type Settings } from '../core/settings.ts';
import { createReport, type NewReportInput } from '../core/catalogue.ts';
import { reportChars } from '../core/text.ts';
import { newId } from '../core/ids.ts';
import { writeFileDurable, describeWriteError } from './durable-write.ts';
import { migrate, NewerFormatError } from './migrations.ts';
import { BackupRotation } from './backups.ts';
import demoReport from '../../assets/demo-report.json' with { type: 'json' };
import { chineseDate } from '../core/dates.ts';

export const StoreDataSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: SettingsSchema,
  reports: z.array(ReportSchema).max(1000),
});
export type StoreData = z.infer<typeof StoreDataSchema>;

export const DATA_FILE = 'reports.json';

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

/** Parse, migrate and validate the text of a store file; throws with a Chinese reason when it is not usable. */
export function parseStoreText(text: string): StoreData {
  if (text.trim() === '') throw new Error('文件为空');
  if (text.charCodeAt(0) === 0) throw new Error('文件内容为空白字节（可能是断电造成的）');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('文件内容不完整或已损坏，无法读取');
  }
  const { data } = migrate(raw);
  const r = StoreDataSchema.safeParse(data);
  if (!r.success) throw new Error(`文件内容不符合格式：${describeZodError(r.error)}`);
  return r.data;
}

/** lowdb adapter that writes durably and serialises writes, so two saves never interleave. */
class DurableJsonAdapter implements Adapter<StoreData> {
  private queue: Promise<unknown> = Promise.resolve();
  lastWritten = '';
  constructor(
    private readonly file: string,
    private readonly writer: (file: string, text: string) => Promise<void>,
  ) {}
  async read(): Promise<StoreData | null> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    return parseStoreText(text);
  }
  write(data: StoreData): Promise<void> {
    const text = JSON.stringify(data);
    const run = this.queue
      .then(() => this.writer(this.file, text))
      .then(() => {
        this.lastWritten = text;
      });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

export interface StoreOptions {
  now?: () => Date;
  /** minimum time between two backups made after saves (default 10 minutes) */
  backupIntervalMs?: number;
  /** how the data file is written; tests pass one that fails like a full disk */
  writer?: (file: string, text: string) => Promise<void>;
}

/** The opened store, plus what the user must be told about how it was opened. */
export interface OpenedStore {
  store: ReportStore;
  notices: string[];
}

function fmtTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${chineseDate(d.getFullYear(), d.getMonth() + 1, d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function freshData(): StoreData {
  return {
    schemaVersion: SCHEMA_VERSION,
    settings: { ...DEFAULT_SETTINGS },
    reports: [ReportSchema.parse(demoReport)],
  };
}

export class ReportStore {
  private constructor(
    private readonly db: Low<StoreData>,
    private readonly adapter: DurableJsonAdapter,
    readonly dataDir: string,
    private readonly backups: BackupRotation,
    private readonly now: () => Date,
  ) {}

  /**
   * Open (or create) the store in `dataDir`. Never throws for a damaged or missing file: it restores the newest
   * good backup or starts with the demo report, and says so in `notices`. Throws only when the folder cannot be
   * read at all or the file comes from a newer version of the app.
   */
  static async open(dataDir: string, opts: StoreOptions = {}): Promise<OpenedStore> {
    const now = opts.now ?? (() => new Date());
    await fs.mkdir(dataDir, { recursive: true });
    const file = path.join(dataDir, DATA_FILE);
    const adapter = new DurableJsonAdapter(file, opts.writer ?? writeFileDurable);
    await removeStaleTempFiles(dataDir);
    const backups = new BackupRotation(path.join(dataDir, 'backups'), now, opts.backupIntervalMs);
    const db = new Low<StoreData>(adapter, freshData());
    const notices: string[] = [];
    let needsWrite = false;
    try {
      const data = await adapter.read();
      if (data) db.data = data;
      else {
        const restored = await backups.newestGood(parseStoreText);
        if (restored) {
          db.data = restored.data;
          notices.push(`没有找到数据文件，已从 ${fmtTime(restored.time)} 的备份恢复。`);
        } else db.data = freshData();
        needsWrite = true;
      }
    } catch (err) {
      if (err instanceof NewerFormatError) throw err;
      const reason = err instanceof Error ? err.message : String(err);
      const aside = await moveAside(file, dataDir, now());
      const restored = await backups.newestGood(parseStoreText);
      const keptAt = aside ? `损坏的文件已保留为 ${aside}` : '';
      if (restored) {
        db.data = restored.data;
        notices.push(`数据文件无法读取（${reason}）。已从 ${fmtTime(restored.time)} 的备份恢复；${keptAt}。`);
      } else {
        db.data = freshData();
        notices.push(`数据文件无法读取（${reason}），且没有可用的备份，已重新开始；${keptAt}。`);
      }
      needsWrite = true;
    }
    const store = new ReportStore(db, adapter, dataDir, backups, now);
    if (needsWrite) {
      try {
        await store.persist();
      } catch (e) {
        notices.push(e instanceof Error ? e.message : String(e));
      }
    } else {
      await backups.maybeBackup(JSON.stringify(db.data), true).catch(() => undefined);
    }
    return { store, notices };
  }

  private get data(): StoreData {
    return this.db.data;
  }

  /** Write the in-memory data to disk, then keep a backup when one is due. */
  private async persist(): Promise<void> {
    try {
      await this.db.write();
    } catch (e) {
      throw new StoreWriteError(describeWriteError(e));
    }
    await this.backups.maybeBackup(this.adapter.lastWritten, false).catch(() => undefined);
  }

  /** Reports, newest year first, then most recently edited. */
  list(): ReportSummary[] {
    return this.data.reports
      .map((r) => ({
        id: r.id,
        title: r.title,
        unitName: r.unitName,
        county: r.county,
        year: r.year,
        updatedAt: r.updatedAt,
        chars: reportChars(r),
      }))
      .sort((a, b) => b.year - a.year || b.updatedAt.localeCompare(a.updatedAt));
  }

  /** One report, as a copy the caller may change. */
  get(id: string): Report {
    const r = this.data.reports.find((x) => x.id === id);
    if (!r) throw new NotFoundError('该报告');
    return structuredClone(r);
  }

  /** A new report from the catalogue, with the user's defaults for signature and order. */
  async create(input: NewReportInput): Promise<Report> {
    const s = this.data.settings;
    const report = createReport({ ...input, order: input.order ?? s.order }, this.now());
    report.signature = { units: [...s.signatureUnits], date: '', sealed: s.sealed };
    this.data.reports.push(report);
    await this.persist();
    return structuredClone(report);
  }

  /** Replace a stored report with the given version. The caller has validated it. */
  async save(report: Report): Promise<{ savedAt: string }> {
    const i = this.data.reports.findIndex((x) => x.id === report.id);
    if (i < 0) throw new NotFoundError('该报告');
    const savedAt = this.now().toISOString();
    this.data.reports[i] = { ...structuredClone(report), updatedAt: savedAt };
    await this.persist();
    return { savedAt };
  }

  /** Give a report a title of the user's own. An empty title goes back to the generated one. */
  async rename(id: string, title: string): Promise<ReportSummary> {
    const r = this.data.reports.find((x) => x.id === id);
    if (!r) throw new NotFoundError('该报告');
    const t = title.trim();
    r.title = t || generateTitle(r.unitName, r.year);
    r.titleAuto = !t;
    r.updatedAt = this.now().toISOString();
    await this.persist();
    return this.list().find((x) => x.id === id)!;
  }

  /** A copy of a report under a new id, titled …（副本）. */
  async duplicate(id: string): Promise<ReportSummary> {
    const copy = this.get(id);
    const stamp = this.now().toISOString();
    copy.id = newId();
    copy.title = `${copy.title}（副本）`;
    copy.titleAuto = false;
    copy.createdAt = stamp;
    copy.updatedAt = stamp;
    this.data.reports.push(copy);
    await this.persist();
    return this.list().find((x) => x.id === copy.id)!;
  }

  /** Remove a report. Backups still hold it. */
  async delete(id: string): Promise<void> {
    const i = this.data.reports.findIndex((x) => x.id === id);
    if (i < 0) throw new NotFoundError('该报告');
    this.data.reports.splice(i, 1);
    await this.persist();
  }

  /** Add an already-built report (import, carry forward). */
  async add(report: Report): Promise<Report> {
    if (this.data.reports.some((x) => x.id === report.id)) report = { ...report, id: newId() };
    this.data.reports.push(structuredClone(report));
    await this.persist();
    return structuredClone(report);
  }

  settings(): Settings {
    return structuredClone(this.data.settings);
  }

  async saveSettings(settings: Settings): Promise<Settings> {
    this.data.settings = structuredClone(settings);
    await this.persist();
    return this.settings();
  }

  /** The whole store as it would be written, for backup export. */
  snapshot(): StoreData {
    return structuredClone(this.data);
  }

  /**
   * Restore a backup. 'replace' makes the store exactly the backup; 'merge' adds the backup's reports that are
   * not here and, for a report in both, keeps whichever was edited last. A backup of the current state is kept
   * first, so a restore can itself be undone from data/backups.
   */
  async restore(backup: StoreData, mode: 'merge' | 'replace'): Promise<{ reports: number }> {
    await this.backups.maybeBackup(JSON.stringify(this.data), true).catch(() => undefined);
    const previous = this.db.data;
    if (mode === 'replace') {
      this.db.data = structuredClone(backup);
    } else {
      const merged = structuredClone(this.data);
      for (const r of backup.reports) {
        const i = merged.reports.findIndex((x) => x.id === r.id);
        if (i < 0) merged.reports.push(structuredClone(r));
        else if (r.updatedAt > merged.reports[i].updatedAt) merged.reports[i] = structuredClone(r);
      }
      this.db.data = merged;
    }
    try {
      await this.persist();
    } catch (e) {
      this.db.data = previous;
      throw e;
    }
    return { reports: this.data.reports.length };
  }
}

/** Temp files left by a write that a crash cut short; the data file itself is intact. */
async function removeStaleTempFiles(dataDir: string): Promise<void> {
  const names = await fs.readdir(dataDir).catch(() => [] as string[]);
  for (const n of names) {
    if (n.startsWith(`.${DATA_FILE}.`) && n.endsWith('.tmp'))
      await fs.rm(path.join(dataDir, n), { force: true }).catch(() => undefined);
  }
}

/** Move a damaged file into damaged/ so it is kept, not overwritten. Returns its new path or '' when none. */
async function moveAside(file: string, dataDir: string, now: Date): Promise<string> {
  const dir = path.join(dataDir, 'damaged');
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `reports-${stamp}.json`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.rename(file, target);
    return target;
  } catch {
    return '';
  }
}
