/**
 * The county 汇总 measured on a corpus: every text (and the demo report) read as the county reads a folder, the
 * workbook, the 汇总表 and one 审核意见单 per report written, and the workbook read back with exceljs's reader and
 * compared cell by cell with the check of each report on its own (what `npm run check` prints for it).
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { checkReport } from '../core/check.ts';
import { buildMatrix, CELL_MARK, type CountyEntryInput } from '../core/county/matrix.ts';
import { localIsoDate } from '../core/dates.ts';
import type { Report } from '../core/report-model.ts';
import { readSource } from '../services/county/read-source.ts';
import { buildReviewSheet, buildSummaryDocx, reviewSheetName } from '../services/county/county-docx.ts';
import { MATRIX_SHEET, ROW_HEADERS, buildWorkbook } from '../services/county/workbook.ts';
import { toSimplified } from '../services/simplified.ts';
import { checklistSpec } from '../core/checklist/index.ts';

/** The mark the checker's own state calls for (covered and 已确认 alike; an optional item left out is 不适用). */
function mark(state: string, level: string): string {
  if (state === 'covered' || state === 'confirmed') return CELL_MARK.covered;
  if (state === 'na' || (level === 'O' && state === 'missing')) return CELL_MARK.na;
  return state === 'partial' ? CELL_MARK.partial : CELL_MARK.missing;
}

/** Last year's report of the same township among `all`, found independently of the matrix code. */
function lastYear(all: CountyEntryInput[], r: Report): Report | undefined {
  const same = all.filter((e) => e.report.unitName === r.unitName && e.report.year === r.year - 1);
  return same.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt)).at(-1)?.report;
}

export async function countyEval(folder: string, extra: string[]): Promise<string> {
  const texts = path.join(folder, 'texts');
  const files = [
    ...readdirSync(texts)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => path.join(texts, f)),
    ...extra,
  ];
  const entries: CountyEntryInput[] = [];
  const failed: string[] = [];
  for (const [i, file] of files.entries()) {
    try {
      const receivedAt = localIsoDate(statSync(file).mtime);
      for (const s of await readSource(file))
        entries.push({ id: String(i), fileName: path.basename(file), receivedAt, report: s.report });
    } catch (e) {
      failed.push(`${path.basename(file)}: ${(e as Error).message}`);
    }
  }
  const m = buildMatrix(entries, { year: 'all', toSimplified });
  const out = mkdtempSync(path.join(tmpdir(), 'fzbg-county-eval-'));
  try {
    const xlsx = path.join(out, '汇总.xlsx');
    writeFileSync(xlsx, await buildWorkbook(m));
    writeFileSync(path.join(out, '汇总表.docx'), await buildSummaryDocx(m));
    const names = new Set<string>();
    for (const r of m.rows) {
      let name = reviewSheetName(r);
      for (let n = 2; names.has(name); n++) name = reviewSheetName(r).replace(/\.docx$/, `-${n}.docx`);
      names.add(name);
      writeFileSync(path.join(out, name), await buildReviewSheet(m, r));
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const sheet = wb.getWorksheet(MATRIX_SHEET);
    if (!sheet) throw new Error('the workbook has no matrix sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    let cells = 0;
    let agree = 0;
    let scores = 0;
    const wrong: string[] = [];
    entries.forEach((e, i) => {
      const row = sheet.getRow(i + 2);
      const check = checkReport(e.report, { previous: lastYear(entries, e.report), toSimplified });
      if (row.getCell(ROW_HEADERS.indexOf('完整度') + 1).value === check.completeness) scores += 1;
      for (const item of checklistSpec.items) {
        const got = String(row.getCell(header.indexOf(item.title) + 1).value ?? '');
        const want = check.checklist.find((c) => c.id === item.id)!;
        cells += 1;
        if (got.startsWith(mark(want.state, want.level))) agree += 1;
        else wrong.push(`  ${e.fileName} ${item.id}: workbook ${got}, check ${want.state}`);
      }
    });
    return [
      '',
      'county:',
      `files read → matrix rows                      ${m.rows.length}/${files.length}`,
      `审核意见单 written (+ workbook, 汇总表)        ${names.size}`,
      `workbook cells = the check of each file      ${agree}/${cells}`,
      `completeness = the check of each file        ${scores}/${entries.length}`,
      ...failed.map((f) => `  unreadable ${f}`),
      ...wrong.slice(0, 20),
    ].join('\n');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
