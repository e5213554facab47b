/**
 * The county's 汇总 workspace: township reports received, kept apart from the user's own reports in
 * data/county/ (workspace.json: the list, the county's 工作要点; reports/<id>.json: one report each), written
 * with the same durable, private writes as the store. The matrix is built from it on demand (core/county).
 * A damaged list is set aside and an empty one started, with a notice; nothing the user added is overwritten.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { newId } from '../../core/ids.ts';
import { localIsoDate } from '../../core/dates.ts';
import { parseReport, type Report } from '../../core/report-model.ts';
import { buildMatrix, type CountyEntryInput, type CountyMatrix } from '../../core/county/matrix.ts';
import { DATA_DIR_MODE, writeDataFile, type Writer } from '../json-file.ts';
import { toSimplified } from '../simplified.ts';
import { describeWriteError } from '../durable-write.ts';
import { readSource, type SourceReport } from './read-source.ts';
import type { ReadOptions } from '../import-file.ts';

export const COUNTY_DIR = 'county';
const LIST_FILE = 'workspace.json';
const REPORTS_DIR = 'reports';
/** More townships than any county has, with several years each. */
export const MAX_ENTRIES = 500;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const EntrySchema = z.strictObject({
  id: z.string().min(1).max(80),
  fileName: z.string().max(260),
  receivedAt: isoDate,
  addedAt: z.string(),
  format: z.enum(['docx', 'doc', 'wps', 'txt', 'json', 'backup']),
  mapping: z
    .strictObject({ headings: z.number().int(), unplaced: z.array(z.string()), warnings: z.array(z.string()) })
    .nullable(),
  unitName: z.string(),
  year: z.number().int(),
  title: z.string(),
});
export type CountyEntry = z.infer<typeof EntrySchema>;

const ListSchema = z.strictObject({
  version: z.literal(1),
  countyItems: z.array(z.string().max(500)).max(200),
  entries: z.array(EntrySchema).max(MAX_ENTRIES),
});
type ListDoc = z.infer<typeof ListSchema>;

/** A change the workspace refuses; the message is for the user. */
export class CountyError extends Error {
  override name = 'CountyError';
}

export interface WorkspaceOptions {
  writer?: Writer;
  /** why the data folder is read-only (the store's lock), or null */
  readOnly?: () => string | null;
  /** how files are read (tests pass smaller limits) */
  read?: ReadOptions;
}

export class CountyWorkspace {
  private doc: ListDoc = { version: 1, countyItems: [], entries: [] };
  private readonly reports = new Map<string, Report>();
  private matrixMemo: { key: string; matrix: CountyMatrix } | null = null;
  /** entries added in a batch are in memory and in their report files; the list is written at the batch's end */
  private listDirty = false;
  readonly notices: string[] = [];

  private constructor(
    readonly dir: string,
    private readonly writer: Writer,
    private readonly readOnly: () => string | null,
    private readonly read: ReadOptions,
  ) {}

  /** Open (or start) the workspace in `<dataDir>/county`. */
  static async open(dataDir: string, opts: WorkspaceOptions = {}): Promise<CountyWorkspace> {
    const ws = new CountyWorkspace(
      path.join(dataDir, COUNTY_DIR),
      opts.writer ?? writeDataFile,
      opts.readOnly ?? (() => null),
      opts.read ?? {},
    );
    await ws.load();
    return ws;
  }

  private async load(): Promise<void> {
    const listed = await this.readList();
    const doc = listed ?? this.doc;
    const entries: CountyEntry[] = [];
    for (const e of doc.entries) {
      const file = await this.readReportFile(e.id);
      if (file) {
        this.reports.set(e.id, file.report);
        entries.push(e);
      } else this.notices.push(`县级汇总中“${e.fileName}”的报告文件无法读取，已从列表中略去（文件保留在原处）。`);
    }
    const adopted = await this.adoptUnlisted(new Set(doc.entries.map((e) => e.id)));
    this.doc = { ...doc, entries: [...entries, ...adopted] };
    this.listDirty = adopted.length > 0;
  }

  /** The list on disk; null when there is none yet or it is damaged (then set aside, with a notice). */
  private async readList(): Promise<ListDoc | null> {
    let text: string;
    try {
      text = await fs.readFile(path.join(this.dir, LIST_FILE), 'utf8');
    } catch {
      return null; // no workspace yet
    }
    try {
      const parsed = ListSchema.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
      if (parsed.success) return parsed.data;
    } catch {
      // not JSON: damaged like a list that does not match the schema
    }
    const aside = path.join(this.dir, `${LIST_FILE}.damaged-${Date.now()}`);
    await fs.rename(path.join(this.dir, LIST_FILE), aside).catch(() => undefined);
    this.notices.push(
      `县级汇总的清单文件已损坏，已移到 ${path.basename(aside)} 保留；各份报告已从报告文件中找回，县工作要点需重新粘贴。`,
    );
    return null;
  }

  /**
   * Reports whose file is on disk but not in the list: a batch writes each report as it is added and the list once
   * at its end, so a batch cut short (the app closed, a power cut) leaves them here. Each file holds its own
   * entry, so they are taken back in the order they were added.
   */
  private async adoptUnlisted(listed: Set<string>): Promise<CountyEntry[]> {
    let names: string[];
    try {
      names = await fs.readdir(path.join(this.dir, REPORTS_DIR));
    } catch {
      return [];
    }
    const found: CountyEntry[] = [];
    for (const name of names) {
      const id = name.replace(/\.json$/, '');
      if (id === name || listed.has(id) || !/^[A-Za-z0-9_-]+$/.test(id)) continue;
      const file = await this.readReportFile(id);
      if (!file?.entry || file.entry.id !== id) continue;
      this.reports.set(id, file.report);
      found.push(file.entry);
    }
    return found.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  }

  /** A report file: the report, and the entry it was added with (files written before entries were kept lack it). */
  private async readReportFile(id: string): Promise<{ report: Report; entry: CountyEntry | null } | null> {
    try {
      const raw = JSON.parse(await fs.readFile(this.reportFile(id), 'utf8')) as { report?: unknown; entry?: unknown };
      const parsed = parseReport(raw.report);
      if (!parsed.ok) return null;
      const entry = EntrySchema.safeParse(raw.entry);
      return { report: parsed.report, entry: entry.success ? entry.data : null };
    } catch {
      return null;
    }
  }

  private reportFile(id: string): string {
    if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new CountyError('编号无效。');
    return path.join(this.dir, REPORTS_DIR, `${id}.json`);
  }

  private guard(): void {
    const why = this.readOnly();
    if (why) throw new CountyError(`数据文件夹以只读方式打开，汇总没有改动：${why}`);
  }

  private async saveList(doc: ListDoc): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: DATA_DIR_MODE });
    await this.writer(path.join(this.dir, LIST_FILE), JSON.stringify(ListSchema.parse(doc), null, 1) + '\n');
    this.doc = doc;
    this.listDirty = false;
    this.matrixMemo = null;
  }

  entries(): CountyEntry[] {
    return this.doc.entries;
  }

  countyItems(): string[] {
    return this.doc.countyItems;
  }

  report(id: string): Report {
    const r = this.reports.get(id);
    if (!r) throw new CountyError('汇总中没有这份报告，可能已被移除。');
    return r;
  }

  /**
   * Read `file` and add its report(s); the received date is the file's modification date. Throws (SourceError,
   * CountyError) with the reason when it cannot; nothing is written then. In a batch (`batch: true`) the report
   * is written at once and the list by endBatch(), one list write per batch instead of one per township.
   */
  async addFile(file: string, opts: { batch?: boolean } = {}): Promise<CountyEntry[]> {
    this.guard();
    const sources = await readSource(file, this.read);
    const stat = await fs.stat(file);
    return this.addReports(sources, path.basename(file), localIsoDate(stat.mtime), opts);
  }

  async addReports(
    sources: SourceReport[],
    fileName: string,
    receivedAt: string,
    opts: { batch?: boolean } = {},
  ): Promise<CountyEntry[]> {
    this.guard();
    if (this.doc.entries.length + sources.length > MAX_ENTRIES)
      throw new CountyError(`汇总最多 ${MAX_ENTRIES} 份报告，请先移除不再需要的报告。`);
    await fs.mkdir(path.join(this.dir, REPORTS_DIR), { recursive: true, mode: DATA_DIR_MODE });
    const added: CountyEntry[] = sources.map((s) =>
      EntrySchema.parse({
        id: newId(),
        fileName,
        receivedAt,
        addedAt: new Date().toISOString(),
        format: s.format,
        mapping: s.mapping,
        unitName: s.report.unitName,
        year: s.report.year,
        title: s.report.title,
      }),
    );
    const doc = { ...this.doc, entries: [...this.doc.entries, ...added] };
    try {
      // The entry goes with the report, so a report whose list write never came is found again (adoptUnlisted).
      for (const [i, entry] of added.entries())
        await this.writer(this.reportFile(entry.id), JSON.stringify({ entry, report: sources[i].report }) + '\n');
      if (!opts.batch) await this.saveList(doc);
    } catch (e) {
      // Not added: no report file of this call is left to be taken back at the next start.
      await Promise.all(added.map((a) => fs.rm(this.reportFile(a.id), { force: true }).catch(() => undefined)));
      throw e;
    }
    for (const [i, e] of added.entries()) this.reports.set(e.id, sources[i].report);
    if (opts.batch) {
      this.doc = doc;
      this.listDirty = true;
      this.matrixMemo = null;
    }
    return added;
  }

  /** Write the list after a batch of additions (nothing to do when it is already on disk). */
  async endBatch(): Promise<void> {
    if (!this.listDirty || this.readOnly()) return;
    try {
      await this.saveList(this.doc);
    } catch (e) {
      throw new CountyError(
        `汇总清单没有写入（${describeWriteError(e)}）；已读入的报告都已保存，下次打开汇总时会重新列出。`,
      );
    }
  }

  async setReceived(id: string, receivedAt: string): Promise<void> {
    this.guard();
    if (!isoDate.safeParse(receivedAt).success || Number.isNaN(Date.parse(receivedAt)))
      throw new CountyError('收到日期无效，请写成 2026-02-28 的形式。');
    this.report(id);
    await this.saveList({
      ...this.doc,
      entries: this.doc.entries.map((e) => (e.id === id ? { ...e, receivedAt } : e)),
    });
  }

  async remove(id: string): Promise<void> {
    this.guard();
    this.report(id);
    await this.saveList({ ...this.doc, entries: this.doc.entries.filter((e) => e.id !== id) });
    this.reports.delete(id);
    await fs.rm(this.reportFile(id), { force: true });
  }

  async setCountyItems(lines: string[]): Promise<void> {
    this.guard();
    const items = lines.map((l) => l.trim()).filter(Boolean);
    if (items.length > 200) throw new CountyError('县工作要点最多 200 条。');
    if (items.some((l) => l.length > 500)) throw new CountyError('县工作要点每条不超过 500 字。');
    await this.saveList({ ...this.doc, countyItems: items });
  }

  inputs(): CountyEntryInput[] {
    return this.doc.entries.map((e) => ({
      id: e.id,
      fileName: e.fileName,
      receivedAt: e.receivedAt,
      report: this.report(e.id),
    }));
  }

  /** The matrix of `year` (default: the newest), kept until the workspace changes. */
  matrix(year?: number): CountyMatrix {
    const key = String(year ?? '');
    if (this.matrixMemo?.key === key) return this.matrixMemo.matrix;
    const matrix = buildMatrix(this.inputs(), {
      countyItems: this.doc.countyItems,
      year,
      toSimplified,
      today: new Date(),
    });
    this.matrixMemo = { key, matrix };
    return matrix;
  }
}
