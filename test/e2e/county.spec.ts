import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { test, expect } from './harness.ts';
import { countyFolder } from '../unit/county-fixture.ts';
import { MATRIX_SHEET } from '../../electron/services/county/workbook.ts';

test('county: add a folder with a broken file, sort by completeness, open a cell’s evidence and a township, export', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: '县级汇总' }).click();
  app.nextCountySources = [countyFolder()];
  await page.getByRole('button', { name: '添加文件夹…' }).click();

  // The broken file has its own line with the reason; the others are in.
  await expect(page.getByRole('list', { name: '无法读取的文件' })).toContainText('损坏的报告.docx');
  await expect(page.locator('.county-message')).toHaveText('已添加 5 份报告，1 个文件无法读取（见下）。');
  const rows = page.locator('.county-matrix tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(page.locator('.county-matrix tbody tr[data-unit="云岭街道"] .late-tag')).toHaveText('逾期');
  await expect(
    page.getByRole('button', { name: '白沙乡 党政主要负责人履行第一责任人职责：未覆盖，连续两年' }),
  ).toBeVisible();

  // Sort by completeness: highest first, then lowest first.
  await page.getByRole('button', { name: '完整度' }).click();
  await expect(rows.first()).toHaveAttribute('data-unit', '青石镇');
  const scores = (await page.locator('.county-matrix tbody td.completeness').allTextContents()).map(Number);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  await page.getByRole('button', { name: /完整度/ }).click();
  await expect(rows.first()).toHaveAttribute('data-unit', '白沙乡');

  // A cell opens that township's report, read-only, at the evidence.
  await page.getByRole('button', { name: '青石镇 党政主要负责人履行第一责任人职责：已覆盖' }).click();
  await expect(page.locator('.county-report .toolbar h1')).toHaveText('青石镇2025年度报告（只读）');
  await expect(page.locator('.county-doc .evidence')).toContainText('亲自部署法治建设工作4次');
  await expect(page.locator('.county-doc textarea, .county-doc input')).toHaveCount(0);
  await page.getByRole('button', { name: '← 返回汇总' }).click();
  await expect(rows).toHaveCount(4);

  // A township's name opens its gaps and findings (fetched then); a gap leads to its evidence.
  await page.getByRole('button', { name: '白沙乡', exact: true }).click();
  const gaps = page.getByRole('list', { name: '未覆盖和部分覆盖的项目' });
  await expect(gaps).toContainText('党政主要负责人履行第一责任人职责（未覆盖，连续两年）');
  await expect(page.getByRole('list', { name: '问题' }).locator('li').first()).toContainText('【');
  await gaps.getByRole('button', { name: /^△ / }).first().click();
  await expect(page.locator('.county-why')).toContainText('部分覆盖');
  await page.getByRole('button', { name: '← 全部问题' }).click();
  await expect(gaps).toBeVisible();
  await page.getByRole('button', { name: '← 返回汇总' }).click();
  await expect(rows).toHaveCount(4);

  // Export the workbook and read it back.
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'county-e2e-')), '汇总.xlsx');
  app.nextSavePath = out;
  await page.getByRole('button', { name: '导出 Excel' }).click();
  await expect(page.locator('.county-message')).toHaveText(`已导出：${out}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
  const sheet = wb.getWorksheet(MATRIX_SHEET)!;
  const units = [2, 3, 4, 5].map((r) => String(sheet.getRow(r).getCell(1).value)).sort();
  expect(units).toEqual(['云岭街道', '柳溪镇', '白沙乡', '青石镇'].sort());
});
