import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { runCliBundle } from './cli-bundle.ts';
import { countyFolder } from './county-fixture.ts';
import { importFile } from '../../electron/services/import-file.ts';
import { checkReport } from '../../electron/core/check.ts';
import { checklistSpec } from '../../electron/core/checklist/index.ts';
import { CELL_MARK } from '../../electron/core/county/matrix.ts';
import { MATRIX_SHEET, ROW_HEADERS } from '../../electron/services/county/workbook.ts';
import { toSimplified } from '../../electron/services/simplified.ts';

/** The mark the matrix must show for an item, from the checker's own result (not the matrix code). */
function expectedMark(state: string, level: string): string {
  if (state === 'confirmed' || state === 'covered') return CELL_MARK.covered;
  if (state === 'na' || (level === 'O' && state === 'missing')) return CELL_MARK.na;
  return CELL_MARK[state as 'partial' | 'missing'];
}

describe('county CLI', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'county-out-'));

  test('a folder with a broken file: workbook, 汇总表 and review sheets written; the file named on stderr', async () => {
    const dir = countyFolder();
    const xlsx = path.join(out, '汇总.xlsx');
    const docx = path.join(out, '汇总表.docx');
    const sheets = path.join(out, '意见单');
    const res = runCliBundle('county', [dir, xlsx, '--docx', docx, '--sheets', sheets]);
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stderr, /损坏的报告\.docx\s+失败 \/ failed: /);
    assert.match(res.stdout, /2025年度 4 份报告，1 个文件无法读取/);
    assert.deepEqual(readdirSync(sheets).sort(), [
      '云岭街道2025年度审核意见单.docx',
      '柳溪镇2025年度审核意见单.docx',
      '白沙乡2025年度审核意见单.docx',
      '青石镇2025年度审核意见单.docx',
    ]);

    // The workbook read back, cell by cell, against the check of each file on its own.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(xlsx) as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet(MATRIX_SHEET)!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(header.slice(0, ROW_HEADERS.length), ROW_HEADERS);
    const previous = (await importFile(path.join(dir, '白沙乡2024.txt'))).report;
    let compared = 0;
    for (let r = 2; r <= 5; r++) {
      const row = sheet.getRow(r);
      const unit = String(row.getCell(1).value);
      const file = String(row.getCell(3).value);
      const report = (await importFile(path.join(dir, file))).report;
      const check = checkReport(report, { previous: unit === '白沙乡' ? previous : undefined, toSimplified });
      assert.equal(row.getCell(6).value, check.completeness, `${unit} completeness`);
      assert.equal(row.getCell(7).value, check.findings.filter((f) => f.severity === 'error').length);
      for (const item of checklistSpec.items) {
        const col = header.indexOf(item.title) + 1;
        const got = String(row.getCell(col).value);
        const want = check.checklist.find((c) => c.id === item.id)!;
        assert.equal(got[0], expectedMark(want.state, want.level), `${unit} ${item.id}: ${got}`);
        compared += 1;
      }
    }
    assert.equal(compared, 4 * checklistSpec.items.length);
    assert.equal(String(sheet.getRow(6).getCell(1).value), '缺该项的单位数');
    assert.ok(wb.getWorksheet('白沙乡'), 'a sheet per township');

    const summary = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']);
    for (const u of ['青石镇', '白沙乡', '云岭街道', '柳溪镇']) assert.ok(summary.includes(u), u);
    const sheet2 = strFromU8(
      unzipSync(readFileSync(path.join(sheets, '白沙乡2025年度审核意见单.docx')))['word/document.xml'],
    );
    assert.match(sheet2, /缺少的内容/);
    assert.match(sheet2, /党政主要负责人履行第一责任人职责（上一年度报告也缺）/);
  });

  test('nothing readable: exit 1 and no workbook; bad arguments: exit 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'county-bad-'));
    writeFileSync(path.join(dir, '坏.docx'), 'PK\x03\x04 broken');
    const xlsx = path.join(out, 'none.xlsx');
    const res = runCliBundle('county', [dir, xlsx]);
    assert.equal(res.status, 1);
    assert.match(res.stderr, /没有读到任何报告/);
    assert.throws(() => readFileSync(xlsx));
    assert.equal(runCliBundle('county', [dir]).status, 2);
    assert.equal(runCliBundle('county', [dir, path.join(out, 'x.csv')]).status, 2);
  });

  test('an output that cannot be written: exit 1 with the reason', () => {
    const blocker = path.join(out, 'not-a-folder');
    writeFileSync(blocker, 'x');
    mkdirSync(path.join(out, 'ok'), { recursive: true });
    const res = runCliBundle('county', [countyFolder(), path.join(blocker, 'a.xlsx')]);
    assert.equal(res.status, 1);
    assert.match(res.stderr, /无法写入 \/ cannot write/);
  });
});
