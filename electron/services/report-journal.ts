/**
 * One report on disk, as a lowdb adapter over two files: the report file (reports/<id>.json, rewritten whole and
 * durably: temp → fsync → rename → fsync folder) and its journal (reports/<id>.journal). A save appends to the
 * journal only what changed since the last save and fdatasyncs it; that append is the acknowledged save, so its
 * cost follows the change, not the report's size (a county office's ten-times reports cost what a township's do).
 *
 * Now and then (COMPACT_RECORDS appends, or a journal larger than the report) the report file is rewritten whole
 * under a new generation and the journal emptied, after the save that made it due was acknowledged; also on quit.
 * A crash at any point leaves the last acknowledged save readable: the journal's records name the generation of the
 * report file they apply to, so records a rewrite already holds are passed over, and a record cut short by a crash
 * fails its hash and is ignored (that save was never acknowledged). Reading replays the journal onto the file.
 */
import { promises as fs } from 'node:fs';
import type { Adapter } from 'lowdb';
import type { ReportDoc } from './store-layout.ts';
import {
  ChangedOnDiskError,
  InvalidDataError,
  JsonFileAdapter,
  appendDataFile,
  readBytesSync,
  sameStamp,
  stampOf,
  statOrNull,
  type Appender,
  type Stamp,
  type Writer,
  writeDataFile,
} from './json-file.ts';
import { applyOps, diffJson, encodeRecord, newGeneration, readJournal } from './journal-records.ts';

export const JOURNAL_EXT = '.journal';
/** Appends after which the report file is rewritten: bounds what a start-up replays. */
export const COMPACT_RECORDS = 64;
/** A journal may grow to the report file's size, and to at least this, before the file is rewritten. */
const COMPACT_MIN_BYTES = 64 * 1024;

export const journalOf = (file: string): string => file.replace(/\.json$/, '') + JOURNAL_EXT;

const withoutGen = ({ gen: _gen, ...doc }: ReportDoc): ReportDoc => doc;

export class JournalAdapter implements Adapter<ReportDoc> {
  readonly journal: string;
  private readonly base: JsonFileAdapter<ReportDoc>;
  private queue: Promise<unknown> = Promise.resolve();
  /** the report as the disk holds it (file + journal), validated: what the next save is compared with */
  private persisted: ReportDoc | null = null;
  /** the report file's generation, and the last record of it in the journal */
  private gen: string | undefined;
  private seq = 0;
  /** the journal as we last saw it (null: there is none), and its length */
  private journalStamp: Stamp | null = null;
  private journalBytes = 0;
  /** the next save rewrites the report file: there is nothing to compare with, or the journal needs emptying */
  private rewriteNext = true;
  /** reading found a damaged journal (not only a last record cut short): the caller keeps it and tells the user */
  journalDamaged = false;
  /** The report's text as last read or written, without the journal's bookkeeping: what a backup holds. */
  lastText = '';

  constructor(
    readonly file: string,
    private readonly parse: (raw: unknown) => ReportDoc,
    writer: Writer,
    private readonly appender: Appender,
    private readonly maxRecords = COMPACT_RECORDS,
  ) {
    this.journal = journalOf(file);
    this.base = new JsonFileAdapter(file, parse, writer);
  }

  /** Read the report file and replay its journal; null when the file is missing. Throws as JsonFileAdapter does. */
  readSync(): ReportDoc | null {
    const base = this.base.readSync();
    this.journalStamp = statOrNull(this.journal);
    const bytes = readBytesSync(this.journal);
    this.journalBytes = bytes?.length ?? 0;
    this.journalDamaged = false;
    if (!base) return null;
    this.gen = base.gen;
    this.seq = 0;
    this.rewriteNext = !base.gen;
    let data = withoutGen(base);
    if (bytes?.length) {
      const j = readJournal(bytes, base.gen);
      this.rewriteNext ||= j.stale;
      this.journalDamaged = j.damaged;
      try {
        if (j.records.length) {
          const report = j.records.reduce((r, rec) => applyOps(r, rec.ops), structuredClone(data) as unknown);
          data = withoutGen(this.parse(report));
        }
        this.seq = j.records.length;
      } catch {
        // Records that hash right but do not apply or validate: the file alone is what is known good.
        this.journalDamaged = true;
        this.rewriteNext = true;
      }
    }
    this.persisted = data;
    this.lastText = JSON.stringify(data);
    return data;
  }

  async read(): Promise<ReportDoc | null> {
    return this.readSync();
  }

  /** Take the files as they are now as ours (a new report, or one rebuilt from a backup): the next save rewrites. */
  adopt(): void {
    this.base.adopt();
    this.journalStamp = statOrNull(this.journal);
    this.persisted = null;
    this.gen = undefined;
    this.rewriteNext = true;
  }

  /** Save `data`: append what changed to the journal, or rewrite the report file when that is due. */
  write(data: ReportDoc): Promise<void> {
    const run = this.queue.then(async () => {
      const text = JSON.stringify(withoutGen(data));
      let next: ReportDoc;
      try {
        next = withoutGen(this.parse(JSON.parse(text)));
      } catch (e) {
        throw new InvalidDataError(e instanceof Error ? e.message : String(e));
      }
      if (this.rewriteNext || !this.persisted || !this.gen) await this.rewrite(next);
      else await this.append(next);
      this.persisted = next;
      this.lastText = text;
    });
    // Rewriting the file when due waits in the same queue, after this save was acknowledged.
    this.queue = run.then(
      () => this.compactIfDue(),
      () => undefined,
    );
    return run;
  }

  private async append(next: ReportDoc): Promise<void> {
    const ops = diffJson(this.persisted, next);
    if (!ops.length) return;
    await this.base.assertUnchanged();
    const now = await fs.stat(this.journal).then(stampOf, () => null);
    if (!sameStamp(now, this.journalStamp)) throw new ChangedOnDiskError(this.journal);
    const line = encodeRecord({ gen: this.gen!, seq: this.seq + 1, ops });
    try {
      await this.appender(this.journal, line);
    } catch (e) {
      // Part of the line may be on disk: nothing more is appended after it until a rewrite has emptied the journal.
      this.rewriteNext = true;
      throw e;
    }
    this.seq += 1;
    this.journalBytes += Buffer.byteLength(line);
    this.journalStamp = await fs.stat(this.journal).then(stampOf, () => null);
  }

  /**
   * Write the whole report under a new generation, then empty the journal. Between the two, the journal's records
   * name the old generation and are passed over, so a crash there loses nothing and replays nothing twice.
   */
  private async rewrite(next: ReportDoc): Promise<void> {
    const gen = newGeneration();
    await this.base.write({ ...next, gen });
    this.gen = gen;
    this.seq = 0;
    this.rewriteNext = true;
    if (this.journalStamp) {
      await this.appender(this.journal, '', 0);
      this.journalStamp = await fs.stat(this.journal).then(stampOf, () => null);
      this.journalBytes = 0;
    }
    this.rewriteNext = false;
  }

  private async compactIfDue(): Promise<void> {
    const limit = Math.max(COMPACT_MIN_BYTES, this.lastText.length);
    if (this.seq < this.maxRecords && this.journalBytes < limit) return;
    await this.compactNow();
  }

  private async compactNow(): Promise<void> {
    if (!this.persisted || !this.journalBytes) return;
    // A failure leaves the file and the journal as they were: saves go on appending, and it is tried again.
    await this.rewrite(this.persisted).catch(() => undefined);
  }

  /** Fold the journal into the report file now (on quit), after the saves already queued. */
  compact(): Promise<void> {
    const run = this.queue.then(() => this.compactNow());
    this.queue = run;
    return run;
  }

  /** Wait for the writes queued, including a rewrite that a save made due. */
  idle(): Promise<unknown> {
    return this.queue;
  }

  /** Remove the report file and its journal (a deleted report). */
  remove(): Promise<void> {
    const run = this.queue.then(async () => {
      await this.base.remove();
      await fs.rm(this.journal, { force: true });
      this.journalStamp = null;
      this.persisted = null;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/**
 * A report file with its journal replayed, as the app reads it (rebuilding the index; tests): null when the file is
 * missing; `journalDamaged` as in JournalAdapter.
 */
export function readReportSync(
  file: string,
  parse: (raw: unknown) => ReportDoc,
): { doc: ReportDoc; journalDamaged: boolean } | null {
  const adapter = new JournalAdapter(file, parse, writeDataFile, appendDataFile);
  const doc = adapter.readSync();
  return doc && { doc, journalDamaged: adapter.journalDamaged };
}
