/**
 * Opening the data folder: read the index, or build it — by migrating the single-file layout of earlier versions,
 * by rebuilding it from the report files and the index backups when it is damaged or gone, or with the demo report
 * on a first start. Everything the user must know is returned as Chinese notices.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ReportSchema, SCHEMA_VERSION, type Report } from '../core/report-model.ts';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.ts';
import { reportChars } from '../core/text.ts';
import demoReport from '../../assets/demo-report.json' with { type: 'json' };
import { DamagedFileError, DATA_DIR_MODE, parseJsonText, readTextSync, type Writer } from './json-file.ts';
import {
  INDEX_FILE,
  LAYOUT,
  LEGACY_FILE,
  REPORTS_DIR,
  parseIndex,
  parseReportDoc,
  parseStoreText,
  readDataDirSync,
  reportFileName,
  type IndexDoc,
  type IndexEntry,
  type StoreData,
} from './store-layout.ts';
import type { Backups } from './backups.ts';
import { journalOf, readReportSync } from './report-journal.ts';
import { fmtTime, keptAt, moveAsideSync } from './store-recover.ts';
import { isDeepStrictEqual } from 'node:util';

export const INDEX_KEY = 'index';
/** The backup key of a report file: never the same as the index's. */
export const reportKey = (file: string) => `report-${path.basename(file, '.json')}`;

export function freshData(): StoreData {
  return {
    schemaVersion: SCHEMA_VERSION,
    settings: { ...DEFAULT_SETTINGS },
    reports: [ReportSchema.parse(demoReport)],
  };
}

/** A report's line in the index, with the size its file has. */
export function entryFor(report: Report, file: string, text: string): IndexEntry {
  const { id, title, unitName, county, year, updatedAt } = report;
  return {
    id,
    file,
    title,
    unitName,
    county,
    year,
    updatedAt,
    chars: reportChars(report),
    bytes: Buffer.byteLength(text),
    ...(report.progress ? { progress: report.progress } : {}),
  };
}

export const docText = (report: Report) => JSON.stringify({ schemaVersion: SCHEMA_VERSION, report });

/** The index for a set of reports, plus each report file's text: how a whole store is laid out. */
export function layOut(data: StoreData): { index: IndexDoc; files: Map<string, string> } {
  const files = new Map<string, string>();
  const reports: IndexEntry[] = [];
  for (const r of data.reports) {
    const file = reportFileName(r.id);
    const text = docText(r);
    files.set(file, text);
    reports.push(entryFor(r, file, text));
  }
  return { index: { schemaVersion: SCHEMA_VERSION, layout: LAYOUT, settings: data.settings, reports }, files };
}

/**
 * Write a whole store in the new layout, reading each file back: report files first, checked; then the index,
 * checked. The index is what makes the new layout count, so until it is there (a crash, a check that failed) the
 * old layout stays in charge and the next start migrates again.
 */
async function writeLayout(dataDir: string, data: StoreData, writer: Writer): Promise<void> {
  const { index, files } = layOut(data);
  const reportsDir = path.join(dataDir, REPORTS_DIR);
  mkdirSync(reportsDir, { recursive: true, mode: DATA_DIR_MODE });
  for (const [file, text] of files) await writer(path.join(reportsDir, file), text);
  const back = data.reports.map((r) => readBack(path.join(reportsDir, reportFileName(r.id))));
  if (!isDeepStrictEqual(back, data.reports)) throw new Error(MISMATCH);
  const indexPath = path.join(dataDir, INDEX_FILE);
  await writer(indexPath, JSON.stringify(index));
  let same = false;
  try {
    same = isDeepStrictEqual(readDataDirSync(dataDir), data);
  } catch {
    // unreadable: not the same
  }
  if (!same) {
    rmSync(indexPath, { force: true });
    throw new Error(MISMATCH);
  }
}

const MISMATCH = '数据迁移到新的存储方式后核对不一致，原数据文件 reports.json 保持不变。';

function readBack(file: string): Report | null {
  try {
    return parseReportDoc(parseJsonText(readTextSync(file) ?? '')).report;
  } catch {
    return null;
  }
}

/** The newest whole-store backup of the single-file layout that parses (names sort by time). */
function newestLegacyBackup(dataDir: string): { data: StoreData; name: string } | null {
  const dir = path.join(dataDir, 'backups');
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /^reports-\d{8}-\d{9}\.json$/.test(n));
  } catch {
    return null;
  }
  for (const name of names.sort().reverse()) {
    try {
      return { data: parseStoreText(readTextSync(path.join(dir, name)) ?? ''), name };
    } catch {
      // try the next older one
    }
  }
  return null;
}

/**
 * Move the single file to the new layout. The old file stays where it is until the new files have been read back
 * and hold exactly its data; only then is it moved to migrated/. A damaged old file is handled as before: moved to
 * damaged/, and the newest good whole-store backup is migrated instead.
 */
export async function migrateLegacy(dataDir: string, writer: Writer, now: Date, notices: string[]): Promise<void> {
  const legacy = path.join(dataDir, LEGACY_FILE);
  let data: StoreData;
  try {
    data = parseStoreText(readTextSync(legacy) ?? '');
  } catch (err) {
    if (!(err instanceof DamagedFileError)) throw err;
    const aside = moveAsideSync(legacy, dataDir, now);
    if (!aside) {
      throw new Error(`数据文件已损坏（${err.message}），且无法移走保留；为免覆盖，程序没有改动它。`, { cause: err });
    }
    const restored = newestLegacyBackup(dataDir);
    data = restored?.data ?? freshData();
    notices.push(
      restored
        ? `数据文件无法读取（${err.message}）。已从备份 ${restored.name} 恢复；${keptAt(aside)}。`
        : `数据文件无法读取（${err.message}），且没有可用的备份，已重新开始；${keptAt(aside)}。`,
    );
    await writeLayout(dataDir, data, writer);
    return;
  }
  await writeLayout(dataDir, data, writer);
  finishMigration(dataDir);
}

/** The old single file, once the new layout holds its data, goes to migrated/ (kept; the user may delete it). */
export function finishMigration(dataDir: string): void {
  const legacy = path.join(dataDir, LEGACY_FILE);
  if (!existsSync(legacy)) return;
  const dir = path.join(dataDir, 'migrated');
  mkdirSync(dir, { recursive: true, mode: DATA_DIR_MODE });
  renameSync(legacy, path.join(dir, `${LEGACY_FILE.replace('.json', '')}-${Date.now()}.json`));
}

/**
 * The index is damaged or gone but reports may be there: rebuild it from the report files (each read once), the
 * settings from the newest good index backup. A damaged report file is moved aside and its newest good backup used.
 */
export function rebuildIndex(dataDir: string, backups: Backups, now: Date, notices: string[]): StoreData {
  const dir = path.join(dataDir, REPORTS_DIR);
  const parseIdx = (t: string) => parseIndex(parseJsonText(t));
  const settings: Settings = backups.newestGood(INDEX_KEY, parseIdx)?.data.settings ?? { ...DEFAULT_SETTINGS };
  const reports: Report[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    // no report files
  }
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    try {
      const read = readReportSync(file, parseReportDoc);
      if (!read) continue;
      reports.push(read.doc.report);
      if (read.journalDamaged) {
        const aside = moveAsideSync(journalOf(file), dataDir, now);
        notices.push(`报告文件 ${name} 的修改记录有损坏的部分，已读入损坏处之前保存的内容；${keptAt(aside)}。`);
      }
    } catch (err) {
      if (!(err instanceof DamagedFileError)) throw err;
      const aside = moveAsideSync(file, dataDir, now);
      const b = backups.newestGood(reportKey(name), (t) => parseReportDoc(parseJsonText(t)).report);
      if (b) reports.push(b.data);
      notices.push(
        `报告文件 ${name} 无法读取（${err.message}）${b ? `，已从 ${fmtTime(b.entry.time)} 的备份恢复` : '，且没有备份'}；${keptAt(aside)}。`,
      );
    }
  }
  const seen = new Set<string>();
  return { schemaVersion: SCHEMA_VERSION, settings, reports: reports.filter((r) => !seen.has(r.id) && seen.add(r.id)) };
}
