/**
 * What the data folder holds and the schemas its files are read and written with. The same schema checks a file
 * when it is read and the whole data before it is written, so a file the app wrote is always a file it can read.
 *
 *   data/index.json             settings + the report list (title, unit, year, size …) — small
 *   data/reports/<name>.json    one report each, rewritten whole now and then
 *   data/reports/<name>.journal what changed in that report since its file was last rewritten (report-journal.ts)
 *   data/backups/               per-document backups (see backups.ts)
 *   data/reports.json           the single-file layout of earlier versions; migrated on first start
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ReportSchema, SCHEMA_VERSION, describeZodError, type Report } from '../core/report-model.ts';
import { SettingsSchema } from '../core/settings.ts';
import { VersionSchema } from '../core/versions/model.ts';
import { migrate, NewerFormatError } from './migrations.ts';
import { DamagedFileError, parseJsonText } from './json-file.ts';
import { readReportSync } from './report-journal.ts';

/** The most reports a store holds; the reader refuses more, so every mutation stops before it. */
export const MAX_REPORTS = 1000;

export const StoreDataSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: SettingsSchema,
  reports: z.array(ReportSchema).max(MAX_REPORTS),
  /** the reports' versions by report id: carried by a backup the user makes, absent elsewhere */
  versions: z.record(z.string().max(80), z.array(VersionSchema)).optional(),
});
/** The whole store in one object: the single-file layout, the backup the user carries, a restore. */
export type StoreData = z.infer<typeof StoreDataSchema>;

export const LEGACY_FILE = 'reports.json';
export const INDEX_FILE = 'index.json';
export const REPORTS_DIR = 'reports';
/** The layout version of index.json; a store without it is the single file. */
export const LAYOUT = 2;

const IndexEntrySchema = z.object({
  id: ReportSchema.shape.id,
  file: z.string().regex(/^[a-z0-9-]{1,80}\.json$/),
  title: ReportSchema.shape.title,
  unitName: ReportSchema.shape.unitName,
  county: ReportSchema.shape.county,
  year: ReportSchema.shape.year,
  updatedAt: ReportSchema.shape.updatedAt,
  chars: z.number().int().min(0),
  /** the size of the report's file, so the backup size cap needs no stat of every file */
  bytes: z.number().int().min(0),
  /** the report's stage and what is done, so the library sorts by what is due without reading every report */
  progress: ReportSchema.shape.progress,
});
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

export const IndexSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    layout: z.literal(LAYOUT),
    settings: SettingsSchema,
    reports: z.array(IndexEntrySchema).max(MAX_REPORTS),
  })
  .refine((d) => new Set(d.reports.map((r) => r.id)).size === d.reports.length, '报告编号重复')
  .refine((d) => new Set(d.reports.map((r) => r.file)).size === d.reports.length, '报告文件名重复');
export type IndexDoc = z.infer<typeof IndexSchema>;

export const ReportDocSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  report: ReportSchema,
  /** the generation of this rewrite of the file: the journal's records that belong to it carry it (report-journal.ts) */
  gen: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .optional(),
});
export type ReportDoc = z.infer<typeof ReportDocSchema>;

/** Refuse a file from a newer version before its schema is checked, so it is left alone, not "repaired". */
function checkVersion(raw: unknown): void {
  const v = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof v === 'number' && v > SCHEMA_VERSION) throw new NewerFormatError(v);
}

function validate<T>(schema: z.ZodType<T>, raw: unknown): T {
  checkVersion(raw);
  const r = schema.safeParse(raw);
  if (!r.success) throw new DamagedFileError(`文件内容不符合格式：${describeZodError(r.error)}`);
  return r.data;
}

export const parseIndex = (raw: unknown): IndexDoc => validate(IndexSchema, raw);
export const parseReportDoc = (raw: unknown): ReportDoc => validate(ReportDocSchema, raw);

/** Parse, migrate and validate the single-file layout (or a whole-store backup); throws with a Chinese reason. */
export function parseStoreText(text: string): StoreData {
  const raw = parseJsonText(text);
  const { data } = migrate(raw);
  const r = StoreDataSchema.safeParse(data);
  if (!r.success) throw new DamagedFileError(`文件内容不符合格式：${describeZodError(r.error)}`);
  return r.data;
}

/**
 * The file name of a report: its id when that is a plain lower-case id (readable, and safe on case-insensitive
 * disks), otherwise a hash of it. The index records the name, so the rule may change without moving files.
 */
export function reportFileName(id: string): string {
  if (/^[a-z0-9-]{1,60}$/.test(id)) return `${id}.json`;
  return `r-${createHash('sha256').update(id).digest('hex').slice(0, 32)}.json`;
}

/** The data folder read the way the app reads it, as one object: for tests and for checking a migration. */
export function readDataDirSync(dataDir: string): StoreData {
  const index = parseIndex(parseJsonText(readFileSync(path.join(dataDir, INDEX_FILE), 'utf8')));
  const reports: Report[] = index.reports.map((e) => {
    const read = readReportSync(path.join(dataDir, REPORTS_DIR, e.file), parseReportDoc);
    if (!read) throw new DamagedFileError(`${e.file} 不见了`);
    return read.doc.report;
  });
  return { schemaVersion: SCHEMA_VERSION, settings: index.settings, reports };
}

/** Every data file's text, for tests that check nothing on disk changed. */
export function dataFilesText(dataDir: string): string {
  const dir = path.join(dataDir, REPORTS_DIR);
  const names = readdirSync(dir).sort();
  return [INDEX_FILE, ...names.map((n) => path.join(REPORTS_DIR, n))]
    .map((n) => `${n}\n${readFileSync(path.join(dataDir, n), 'utf8')}`)
    .join('\n');
}
