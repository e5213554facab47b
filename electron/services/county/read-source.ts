/**
 * What the county adds to its workspace: a township's report as a file of any kind the app reads. A .docx, .doc,
 * .wps or .txt goes through the same import as 导入旧报告 (import-file.ts, the parse worker, core/import); the app's
 * own report JSON is read as it is; a backup file gives every report it holds. A file that cannot be read throws
 * with a Chinese reason, so a batch can report it and go on.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseReport, type Report } from '../../core/report-model.ts';
import { BACKUP_FORMAT, BackupError, readBackupFile } from '../backup-file.ts';
import { ImportError, importFile, type ReadOptions } from '../import-file.ts';
import { fileLimits } from '../file-limits.ts';

/** How the import placed the source's headings: kept with the entry and shown beside it. */
export interface MappingSummary {
  headings: number;
  /** headings kept as the author's own section (no mandated part or sub-area) */
  unplaced: string[];
  warnings: string[];
}

export interface SourceReport {
  report: Report;
  format: 'docx' | 'doc' | 'wps' | 'txt' | 'json' | 'backup';
  /** null for a report JSON or a backup: nothing was mapped */
  mapping: MappingSummary | null;
}

/** A file the county workspace cannot take; the message says why in Chinese. */
export class SourceError extends Error {
  override name = 'SourceError';
}

/** The file endings taken from a folder. */
export const SOURCE_EXTENSIONS = ['.docx', '.doc', '.wps', '.txt', '.json'] as const;

async function readJson(file: string): Promise<SourceReport[]> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.size > fileLimits.backup.maxFileBytes) throw new SourceError('文件太大，不是本程序的报告或备份文件。');
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if (e instanceof SourceError) throw e;
    throw new SourceError(`无法读取文件（${(e as NodeJS.ErrnoException).code ?? String(e)}）。`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new SourceError('不是有效的 JSON 文件，无法读取。');
  }
  if (data && typeof data === 'object' && (data as { format?: unknown }).format === BACKUP_FORMAT) {
    try {
      const { data: store } = await readBackupFile(file);
      if (!store.reports.length) throw new SourceError('备份文件中没有报告。');
      return store.reports.map((report) => ({ report, format: 'backup' as const, mapping: null }));
    } catch (e) {
      if (e instanceof BackupError) throw new SourceError(e.message);
      throw e;
    }
  }
  const parsed = parseReport(data);
  if (!parsed.ok) throw new SourceError(`不是本程序的报告文件：${parsed.reason}`);
  return [{ report: parsed.report, format: 'json', mapping: null }];
}

/** The reports in `file`: one for a report, every report of a backup. */
export async function readSource(file: string, read: ReadOptions = {}): Promise<SourceReport[]> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return readJson(file);
  try {
    const result = await importFile(file, {}, read);
    const parsed = parseReport(result.report);
    if (!parsed.ok) throw new SourceError(`导入结果不符合报告格式：${parsed.reason}`);
    const format =
      ext === '.doc' || ext === '.wps' || ext === '.docx' ? (ext.slice(1) as 'docx' | 'doc' | 'wps') : 'txt';
    const mapping: MappingSummary = {
      headings: result.mapping.length,
      unplaced: result.mapping.filter((m) => m.part === null).map((m) => m.sourceHeading),
      warnings: result.warnings,
    };
    return [{ report: parsed.report, format, mapping }];
  } catch (e) {
    if (e instanceof ImportError) throw new SourceError(e.message);
    throw e;
  }
}
