/**
 * The report files, one lowdb document each (a file plus its journal, report-journal.ts), read when a report is
 * first asked for. A damaged file is moved aside (never overwritten) and the report's newest good backup takes its
 * place; an unreadable one (permissions, held by another program) is reported and left where it is.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { SCHEMA_VERSION, type Report } from '../core/report-model.ts';
import type { Backups } from './backups.ts';
import { DamagedFileError, parseJsonText, UnreadableFileError, type Appender, type Writer } from './json-file.ts';
import { JournalAdapter } from './report-journal.ts';
import { NewerFormatError } from './migrations.ts';
import { parseReportDoc, reportFileName, type IndexEntry, type ReportDoc } from './store-layout.ts';
import { docText, entryFor, reportKey } from './store-open.ts';
import { fmtTime, keptAt, moveAsideSync } from './store-recover.ts';
import { mapWriteErrors, StoreReadError } from './store-errors.ts';

interface Doc {
  low: Low<ReportDoc>;
  adapter: JournalAdapter;
  /** the state on disk before this session's first save has been backed up */
  keptBefore?: boolean;
}

export class ReportDocs {
  private readonly docs = new Map<string, Doc>();
  /** Writes started by a read (a restored report written back, the backup of a report when opened). */
  private readonly background = new Set<Promise<unknown>>();
  constructor(
    private readonly dir: string,
    private readonly io: { writer: Writer; appender: Appender; journalRecords?: number },
    private readonly backups: Backups,
    private readonly now: () => Date,
    /** where notices go that arise when a report is opened */
    private readonly late: string[],
    private readonly dataDir: string,
  ) {}

  private newDoc(file: string): Doc {
    const { writer, appender, journalRecords } = this.io;
    const adapter = new JournalAdapter(path.join(this.dir, file), parseReportDoc, writer, appender, journalRecords);
    return { adapter, low: new Low<ReportDoc>(adapter, { schemaVersion: SCHEMA_VERSION, report: null! }) };
  }

  /** A document for a report not yet on disk; returns its index line. */
  create(report: Report): IndexEntry {
    const file = reportFileName(report.id);
    const doc = this.newDoc(file);
    doc.adapter.adopt();
    doc.low.data = { schemaVersion: SCHEMA_VERSION, report: structuredClone(report) };
    this.docs.set(report.id, doc);
    return entryFor(report, file, docText(report));
  }

  /** A restored report: the existing document when there is one (so its file is replaced), else a new one. */
  put(report: Report): IndexEntry {
    const doc = this.docs.get(report.id);
    if (!doc) return this.create(report);
    doc.low.data = { schemaVersion: SCHEMA_VERSION, report: structuredClone(report) };
    return entryFor(report, path.basename(doc.adapter.file), docText(report));
  }

  /** The stored report (not a copy), reading its file the first time. */
  report(entry: IndexEntry): Report {
    return this.load(entry).low.data.report;
  }

  set(entry: IndexEntry, report: Report): void {
    this.load(entry).low.data = { schemaVersion: SCHEMA_VERSION, report };
  }

  /** Write the report's file and bring its index line up to date (title, size, time). */
  async write(entry: IndexEntry): Promise<void> {
    const doc = this.load(entry);
    if (!doc.keptBefore && doc.adapter.lastText) {
      // The first save of a session keeps the report as it was on disk (unless a backup holds that already).
      doc.keptBefore = true;
      await this.backups.maybeBackup(reportKey(entry.file), doc.adapter.lastText, true, 0);
    }
    await mapWriteErrors(() => doc.low.write());
    Object.assign(entry, entryFor(doc.low.data.report, entry.file, doc.adapter.lastText));
  }

  /** Back up the report as last written or read, when due (always with `force`, unless unchanged). */
  async backup(entry: IndexEntry, force: boolean, dataBytes: number): Promise<void> {
    const doc = this.docs.get(entry.id);
    if (!doc?.adapter.lastText) return;
    await this.backups.maybeBackup(reportKey(entry.file), doc.adapter.lastText, force, dataBytes);
  }

  async remove(entry: IndexEntry): Promise<void> {
    const doc = this.docs.get(entry.id) ?? this.newDoc(entry.file);
    this.docs.delete(entry.id);
    await doc.adapter.remove();
  }

  private track(p: Promise<unknown>): void {
    const done = p.catch(() => undefined).finally(() => this.background.delete(done));
    this.background.add(done);
  }

  /** Wait for the writes a read started, and for rewrites of report files that saves made due. */
  async idle(): Promise<void> {
    while (this.background.size) await Promise.all(this.background);
    await Promise.all([...this.docs.values()].map((d) => d.adapter.idle()));
  }

  /** Fold every journal into its report file (on quit), so the folder at rest is plain lowdb documents. */
  async compactAll(): Promise<void> {
    await this.idle();
    for (const d of this.docs.values()) await d.adapter.compact();
  }

  /** Drop every loaded document, so each is read again from disk (after a failed restore). */
  forgetAll(): void {
    this.docs.clear();
  }

  private load(entry: IndexEntry): Doc {
    const loaded = this.docs.get(entry.id);
    if (loaded) return loaded;
    const doc = this.newDoc(entry.file);
    let damage: string;
    try {
      const data = doc.adapter.readSync();
      if (data && data.report.id === entry.id) {
        doc.low.data = data;
        // A save whose index line was still pending when the app stopped: the report file is right.
        if (data.report.updatedAt !== entry.updatedAt) {
          Object.assign(entry, entryFor(data.report, entry.file, doc.adapter.lastText));
        }
        if (doc.adapter.journalDamaged) this.keepDamagedJournal(entry, doc);
        this.docs.set(entry.id, doc);
        // The file is rewritten from what was read, so the journal's good records are on disk again.
        if (doc.adapter.journalDamaged) this.track(mapWriteErrors(() => doc.low.write()));
        return doc;
      }
      damage = data ? '文件中的报告编号与目录不符' : '文件不见了';
    } catch (err) {
      if (err instanceof UnreadableFileError) {
        throw new StoreReadError(
          `${err.message}。文件没有被移动或改动，请关闭占用它的程序（如杀毒、同步软件）后重试。`,
        );
      }
      if (err instanceof NewerFormatError) throw new StoreReadError(err.message);
      if (!(err instanceof DamagedFileError)) throw err;
      damage = err.message;
    }
    return this.recover(entry, doc, damage);
  }

  /**
   * A journal with a damaged record (not only a last one cut short by a crash): the saves before the damage are
   * read, and the journal is moved aside so nothing is lost.
   */
  private keepDamagedJournal(entry: IndexEntry, doc: Doc): void {
    const aside = moveAsideSync(doc.adapter.journal, this.dataDir, this.now());
    if (!aside) throw new StoreReadError(`报告《${entry.title}》的修改记录已损坏；${keptAt(null)}。`);
    this.late.push(`报告《${entry.title}》的修改记录有损坏的部分，已读入损坏处之前保存的内容；${keptAt(aside)}。`);
  }

  /** Move a damaged report file aside (with its journal, whose records apply to it) and restore its newest good backup. */
  private recover(entry: IndexEntry, doc: Doc, damage: string): Doc {
    const missing = damage === '文件不见了';
    if (nonEmpty(doc.adapter.journal)) moveAsideSync(doc.adapter.journal, this.dataDir, this.now());
    const aside = missing ? null : moveAsideSync(doc.adapter.file, this.dataDir, this.now());
    const where = missing ? '' : `；${keptAt(aside)}`;
    if (!missing && !aside) {
      throw new StoreReadError(`报告《${entry.title}》的文件已损坏（${damage}）${where}。`);
    }
    const b = this.backups.newestGood(reportKey(entry.file), (t) => parseReportDoc(parseJsonText(t)));
    if (!b || b.data.report.id !== entry.id) {
      throw new StoreReadError(`报告《${entry.title}》的文件无法读取（${damage}），且没有可用的备份${where}。`);
    }
    doc.adapter.adopt();
    doc.low.data = b.data;
    this.docs.set(entry.id, doc);
    this.late.push(
      `报告《${entry.title}》的文件无法读取（${damage}），已从 ${fmtTime(b.entry.time)} 的备份恢复${where}。`,
    );
    this.track(mapWriteErrors(() => doc.low.write()));
    return doc;
  }
}

function nonEmpty(file: string): boolean {
  try {
    return statSync(file).size > 0;
  } catch {
    return false;
  }
}
