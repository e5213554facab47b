/**
 * The report store: a small index (settings + the report list) and one file per report under the data folder,
 * each a lowdb document written durably (temp → fsync → rename → fsync folder); a save appends what changed to the
 * report's journal (report-journal.ts), so it costs the change, not the report, let alone the whole library. A report is read when first opened. Backups are per document (backups.ts); a damaged file is
 * moved aside and its newest good backup restored, and the user is told. One writer holds the folder's lock; a
 * second opens read-only. Only the main process uses this.
 */
import { promises as fs, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { SCHEMA_VERSION, generateTitle, type Report, type ReportSummary } from '../core/report-model.ts';
import type { Settings } from '../core/settings.ts';
import { createReport, type NewReportInput } from '../core/catalogue.ts';
import { newId } from '../core/ids.ts';
import { Backups } from './backups.ts';
import { lockDataDir } from './data-lock.ts';
import { NewerFormatError } from './migrations.ts';
import {
  DamagedFileError,
  DATA_DIR_MODE,
  JsonFileAdapter,
  parseJsonText,
  readTextSync,
  appendDataFile,
  writeDataFile,
  type Appender,
  type Writer,
} from './json-file.ts';
import {
  INDEX_FILE,
  LEGACY_FILE,
  REPORTS_DIR,
  parseIndex,
  parseStoreText,
  type IndexDoc,
  type StoreData,
} from './store-layout.ts';
import { INDEX_KEY, finishMigration, freshData, migrateLegacy, rebuildIndex } from './store-open.ts';
import { fmtTime, keptAt, moveAsideSync, removeStaleTempFiles } from './store-recover.ts';
import { ReportDocs } from './report-docs.ts';
import { ReadOnlyError, NotFoundError, mapWriteErrors } from './store-errors.ts';
import { clampCopyTitle, dedupeIds, checkCount, checkReport } from './store-limits.ts';

export {
  StoreDataSchema,
  parseStoreText,
  type StoreData,
  INDEX_FILE,
  REPORTS_DIR,
  LEGACY_FILE,
} from './store-layout.ts';
export { LimitError, ReadOnlyError, StoreReadError, StoreWriteError, NotFoundError } from './store-errors.ts';

/** How long a save may leave the list's line (time, size) unwritten. */
const INDEX_DELAY_MS = 3000;

export interface StoreOptions {
  now?: () => Date;
  /** minimum time between two automatic backups of one document (default 10 minutes) */
  backupIntervalMs?: number;
  /** how data files are written; tests pass one that fails like a full disk */
  writer?: Writer;
  /** how a report's journal is appended to; tests pass one that fails */
  appender?: Appender;
  /** appends after which a report file is rewritten (default 64); the crash test makes it small */
  journalRecords?: number;
}

/** The opened store, plus what the user must be told about how it was opened. */
export interface OpenedStore {
  store: ReportStore;
  notices: string[];
}

/** What open() found: the index on disk, or data to lay out and write (first start, rebuilt, read-only copy). */
interface Found {
  index: IndexDoc | null;
  /** the index came from a backup, not from index.json (which is left alone) */
  fromBackup?: boolean;
  preset: StoreData | null;
  readOnly: string | null;
}

export class ReportStore {
  /** Notices that arise after start (a report restored from backup when opened, backups failing). */
  private readonly late: string[];
  private indexDirty = false;
  private indexTimer: ReturnType<typeof setTimeout> | null = null;
  private constructor(
    private readonly index: Low<IndexDoc>,
    private readonly indexFile: JsonFileAdapter<IndexDoc>,
    readonly dataDir: string,
    private readonly backups: Backups,
    private readonly docs: ReportDocs,
    private readOnly: string | null,
    private readonly release: () => void,
    private readonly now: () => Date,
    late: string[],
  ) {
    this.late = late;
  }

  /**
   * Open (or create) the store in `dataDir`. Never throws for a damaged or missing file: it restores from backups
   * or starts with the demo report, and says so in `notices`. Throws only when a file cannot be read at all
   * (permissions, a file held by another program) or comes from a newer version of the app.
   */
  static async open(dataDir: string, opts: StoreOptions = {}): Promise<OpenedStore> {
    const now = opts.now ?? (() => new Date());
    const writer = opts.writer ?? writeDataFile;
    await fs.mkdir(dataDir, { recursive: true, mode: DATA_DIR_MODE });
    const lock = lockDataDir(dataDir);
    if (lock.held) await fs.mkdir(path.join(dataDir, REPORTS_DIR), { recursive: true, mode: DATA_DIR_MODE });
    const release = lock.held ? lock.release : () => undefined;
    const notices: string[] = lock.held ? [] : [lock.message];
    const late: string[] = [];
    const backups = new Backups(path.join(dataDir, 'backups'), now, opts.backupIntervalMs, (m) => late.push(m));
    let found: Found;
    try {
      await backups.init();
      found = await findData(dataDir, backups, writer, now, lock.held ? null : lock.message, notices);
    } catch (e) {
      release();
      throw e;
    }
    const indexFile = new JsonFileAdapter(path.join(dataDir, INDEX_FILE), parseIndex, writer);
    const index = new Low<IndexDoc>(indexFile, found.index ?? emptyIndex());
    const io = { writer, appender: opts.appender ?? appendDataFile, journalRecords: opts.journalRecords };
    const docs = new ReportDocs(path.join(dataDir, REPORTS_DIR), io, backups, now, late, dataDir);
    const store = new ReportStore(index, indexFile, dataDir, backups, docs, found.readOnly, release, now, late);
    if (found.index && !found.fromBackup) indexFile.readSync();
    if (found.preset) {
      store.loadPreset(found.preset);
      if (!found.readOnly) await store.writeAll(true).catch((e: Error) => notices.push(e.message));
    } else if (!found.readOnly) {
      await backups.maybeBackup(INDEX_KEY, indexFile.lastText, true, store.dataBytes());
    }
    return { store, notices };
  }

  /** Why this store does not write (another instance holds the folder, a file changed under us), or null. */
  get readOnlyReason(): string | null {
    return this.readOnly;
  }

  /** Notices that arose since the last call, each told once. */
  takeNotices(): string[] {
    return this.late.splice(0);
  }

  /** Wait for writes started in the background (a report restored from backup when opened, its backup). */
  idle(): Promise<void> {
    return this.docs.idle();
  }

  /** Write what is pending and fold the journals into their report files, then let go of the data folder's lock. */
  async close(): Promise<void> {
    await this.flushIndex().catch(() => undefined);
    if (!this.readOnly) await this.docs.compactAll().catch(() => undefined);
    this.release();
  }

  private loadPreset(data: StoreData): void {
    this.index.data = { ...emptyIndex(), settings: structuredClone(data.settings) };
    for (const r of data.reports) this.index.data.reports.push(this.docs.create(r));
    this.indexFile.adopt();
  }

  /** Write every loaded document, then the index: a preset, or after a restore. */
  private async writeAll(backUp = false): Promise<void> {
    for (const e of this.index.data.reports) await this.guard(() => this.docs.write(e));
    await this.writeIndex();
    // A store built at start (first start, rebuilt index) starts with a backup of each report.
    if (backUp) for (const e of this.index.data.reports) await this.docs.backup(e, true, this.dataBytes());
  }

  private writable(): void {
    if (this.readOnly) throw new ReadOnlyError(this.readOnly);
  }

  /** Run a write; a file that changed on disk turns the store read-only, any other failure is a StoreWriteError. */
  private async guard(run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (e) {
      if (e instanceof ReadOnlyError) this.readOnly = e.message;
      throw e;
    }
  }

  private dataBytes(): number {
    return this.index.data.reports.reduce((n, e) => n + e.bytes, this.indexFile.lastText.length);
  }

  /**
   * Write the index later: a save that changes only a report's time and size leaves the list's line for the
   * next index write (a few seconds on, or the next rename/create/settings change, or quit), so a save costs one
   * file. After a crash in between, the line is brought up to date when the report is next read.
   */
  private deferIndex(): void {
    this.indexDirty = true;
    if (this.indexTimer) return;
    this.indexTimer = setTimeout(() => void this.flushIndex().catch(() => undefined), INDEX_DELAY_MS);
    this.indexTimer.unref?.();
  }

  /** Write the index now if a save left it pending. */
  async flushIndex(): Promise<void> {
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = null;
    if (this.indexDirty && !this.readOnly) await this.writeIndex();
  }

  private async writeIndex(): Promise<void> {
    this.indexDirty = false;
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = null;
    try {
      await this.guard(() => mapWriteErrors(() => this.index.write()));
    } catch (e) {
      this.indexDirty = true;
      throw e;
    }
    await this.backups.maybeBackup(INDEX_KEY, this.indexFile.lastText, false, this.dataBytes());
  }

  /** Write one report's file, then the index (its line holds the title, size and time), then due backups. */
  private async writeReport(id: string, listChanged = true): Promise<void> {
    const entry = this.entry(id);
    // What the library sorts and marks by (stage, deadlines done) is written at once, like the title.
    const listLine = () => JSON.stringify([entry.title, entry.unitName, entry.county, entry.year, entry.progress]);
    const line = listLine();
    await this.guard(() => this.docs.write(entry));
    const same = line === listLine();
    if (listChanged || !same) await this.writeIndex();
    else this.deferIndex();
    await this.docs.backup(entry, false, this.dataBytes());
  }

  private entry(id: string) {
    const e = this.index.data.reports.find((x) => x.id === id);
    if (!e) throw new NotFoundError('该报告');
    return e;
  }

  /** Reports, newest year first, then most recently edited. */
  list(): ReportSummary[] {
    return this.index.data.reports
      .map(({ id, title, unitName, county, year, updatedAt, chars, progress }) => ({
        id,
        title,
        unitName,
        county,
        year,
        updatedAt,
        chars,
        ...(progress ? { progress } : {}),
      }))
      .sort((a, b) => b.year - a.year || b.updatedAt.localeCompare(a.updatedAt));
  }

  /** One report, as a copy the caller may change. Reads its file the first time. */
  get(id: string): Report {
    return structuredClone(this.docs.report(this.entry(id)));
  }

  /** A new report from the catalogue, with the user's defaults for signature and order. */
  async create(input: NewReportInput): Promise<Report> {
    this.writable();
    checkCount(this.index.data.reports.length + 1);
    const s = this.index.data.settings;
    const report = createReport({ ...input, order: input.order ?? s.order }, this.now());
    report.signature = { units: [...s.signatureUnits], date: '', sealed: s.sealed };
    return this.insert(report);
  }

  private async insert(report: Report): Promise<Report> {
    checkReport(report);
    this.index.data.reports.push(this.docs.create(report));
    await this.writeReport(report.id);
    return structuredClone(report);
  }

  /** Replace a stored report with the given version. The caller has validated it. */
  async save(report: Report): Promise<{ savedAt: string }> {
    this.writable();
    const entry = this.entry(report.id);
    const savedAt = this.now().toISOString();
    this.docs.set(entry, { ...structuredClone(report), updatedAt: savedAt });
    await this.writeReport(report.id, false);
    return { savedAt };
  }

  /** Give a report a title of the user's own. An empty title goes back to the generated one. */
  async rename(id: string, title: string): Promise<ReportSummary> {
    this.writable();
    const r = this.get(id);
    const t = title.trim();
    r.title = t || generateTitle(r.unitName, r.year);
    r.titleAuto = !t;
    checkReport(r);
    await this.save(r);
    return this.list().find((x) => x.id === id)!;
  }

  /** A copy of a report under a new id, titled …（副本） (shortened so it stays within the title limit). */
  async duplicate(id: string): Promise<ReportSummary> {
    this.writable();
    checkCount(this.index.data.reports.length + 1);
    const copy = this.get(id);
    const stamp = this.now().toISOString();
    copy.id = newId();
    copy.title = clampCopyTitle(copy.title);
    copy.titleAuto = false;
    copy.createdAt = stamp;
    copy.updatedAt = stamp;
    await this.insert(copy);
    return this.list().find((x) => x.id === copy.id)!;
  }

  /** Remove a report. A backup of it is kept first (unless one with this content exists). */
  async delete(id: string): Promise<void> {
    this.writable();
    const entry = this.entry(id);
    await this.docs.backup(entry, true, this.dataBytes()).catch(() => undefined);
    this.index.data.reports = this.index.data.reports.filter((x) => x !== entry);
    await this.writeIndex();
    await this.docs.remove(entry).catch(() => undefined);
  }

  /** Add an already-built report (import, carry forward). Refused with a reason when it breaks a limit. */
  async add(report: Report): Promise<Report> {
    this.writable();
    checkCount(this.index.data.reports.length + 1);
    if (this.index.data.reports.some((x) => x.id === report.id)) report = { ...report, id: newId() };
    return this.insert(structuredClone(report));
  }

  settings(): Settings {
    return structuredClone(this.index.data.settings);
  }

  async saveSettings(settings: Settings): Promise<Settings> {
    this.writable();
    this.index.data.settings = structuredClone(settings);
    await this.writeIndex();
    return this.settings();
  }

  /** The whole store as one object, for backup export (reads every report not yet read). */
  snapshot(): StoreData {
    return {
      schemaVersion: SCHEMA_VERSION,
      settings: this.settings(),
      reports: this.index.data.reports.map((e) => structuredClone(this.docs.report(e))),
    };
  }

  /**
   * Restore a backup. 'replace' makes the store exactly the backup; 'merge' adds the backup's reports that are
   * not here and, for a report in both, keeps whichever was edited last. Every current document is backed up
   * first, so a restore can itself be undone from data/backups. Two reports never share an id: a second report
   * with an id already taken gets a new one.
   */
  async restore(backup: StoreData, mode: 'merge' | 'replace'): Promise<{ reports: number }> {
    this.writable();
    const current = this.snapshot();
    const incoming = dedupeIds(backup.reports);
    let target: StoreData;
    if (mode === 'replace') target = { ...structuredClone(backup), reports: incoming };
    else {
      target = structuredClone(current);
      for (const r of incoming) {
        const i = target.reports.findIndex((x) => x.id === r.id);
        if (i < 0) target.reports.push(structuredClone(r));
        else if (r.updatedAt > target.reports[i].updatedAt) target.reports[i] = structuredClone(r);
      }
    }
    checkCount(target.reports.length);
    for (const e of this.index.data.reports) await this.docs.backup(e, true, this.dataBytes());
    await this.backups.maybeBackup(INDEX_KEY, this.indexFile.lastText, true, this.dataBytes());
    const previous = structuredClone(this.index.data);
    const gone = this.index.data.reports.filter((e) => !target.reports.some((r) => r.id === e.id));
    try {
      this.index.data = { ...this.index.data, settings: structuredClone(target.settings), reports: [] };
      for (const r of target.reports) this.index.data.reports.push(this.docs.put(r));
      await this.writeAll();
    } catch (e) {
      this.index.data = previous;
      this.docs.forgetAll();
      throw e;
    }
    for (const e of gone) await this.docs.remove(e).catch(() => undefined);
    return { reports: this.index.data.reports.length };
  }
}

function emptyIndex(): IndexDoc {
  return { schemaVersion: SCHEMA_VERSION, layout: 2, settings: freshData().settings, reports: [] };
}

/** Read the index, or work out what to build it from. */
async function findData(
  dataDir: string,
  backups: Backups,
  writer: Writer,
  now: () => Date,
  readOnly: string | null,
  notices: string[],
): Promise<Found> {
  const indexPath = path.join(dataDir, INDEX_FILE);
  const legacy = path.join(dataDir, LEGACY_FILE);
  const adapter = new JsonFileAdapter(indexPath, parseIndex, writer);
  try {
    if (!readOnly) removeStaleTempFiles(dataDir, path.join(dataDir, REPORTS_DIR));
    let index = adapter.readSync();
    if (index && !readOnly) finishMigration(dataDir);
    if (index) return { index, preset: null, readOnly };
    if (existsSync(legacy)) {
      if (readOnly) return { index: null, preset: parseStoreText(readTextSync(legacy) ?? ''), readOnly };
      await migrateLegacy(dataDir, writer, now(), notices);
      index = adapter.readSync();
      if (index) return { index, preset: null, readOnly };
    }
    if (hasReportFiles(dataDir) || backups.list(INDEX_KEY).length > 0) {
      const preset = rebuildIndex(dataDir, backups, now(), notices);
      notices.push(
        `没有找到报告目录文件 ${INDEX_FILE}，已根据报告文件和备份重建（共 ${preset.reports.length} 份报告）。`,
      );
      return { index: null, preset, readOnly };
    }
    return { index: null, preset: freshData(), readOnly };
  } catch (err) {
    if (err instanceof NewerFormatError) return newerIndex(err, backups, notices);
    if (!(err instanceof DamagedFileError)) throw err;
    const aside = readOnly ? null : moveAsideSync(indexPath, dataDir, now());
    const preset = rebuildIndex(dataDir, backups, now(), notices);
    notices.push(
      `报告目录文件 ${INDEX_FILE} 无法读取（${err.message}），已根据报告文件和备份重建（共 ${preset.reports.length} 份报告）；${keptAt(aside)}。`,
    );
    return { index: null, preset, readOnly: readOnly ?? (aside ? null : keptAt(null)) };
  }
}

/**
 * index.json says it comes from a newer version (or its version number was damaged): it is left alone, and the
 * app opens read-only on the newest good index backup, so the reports can still be read and exported.
 */
function newerIndex(err: NewerFormatError, backups: Backups, notices: string[]): Found {
  const b = backups.newestGood(INDEX_KEY, (t) => parseIndex(parseJsonText(t)));
  const shown = b ? `现在显示的是 ${fmtTime(b.entry.time)} 的备份` : '没有可用的备份，报告列表为空';
  const message = `${err.message} 该文件没有被改动；本窗口以只读方式打开，${shown}，修改不会保存。`;
  notices.push(message);
  return { index: b?.data ?? emptyIndex(), fromBackup: true, preset: null, readOnly: message };
}

function hasReportFiles(dataDir: string): boolean {
  try {
    return readdirSync(path.join(dataDir, REPORTS_DIR)).some((n) => n.endsWith('.json'));
  } catch {
    return false;
  }
}
