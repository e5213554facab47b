import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from './harness.ts';
import { buildDocx } from '../../electron/services/docx-export.ts';
import { readDataDirSync } from '../../electron/services/store-layout.ts';

const demo = () => JSON.parse(readFileSync('assets/demo-report.json', 'utf8'));

test('import a .docx through the app: check the mapping, change one, and land in the guided form', async ({ app }) => {
  const { page } = app;
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-import-'));
  const file = path.join(dir, '汤郎乡2024年报告.docx');
  writeFileSync(file, await buildDocx(demo(), { fontPreset: 'windows', boldHeadings: false }));
  app.nextOpenPath = file;
  await page.getByRole('button', { name: '导入旧报告（Word/文本）' }).click();
  const dialog = page.getByRole('dialog', { name: '确认导入' });
  await expect(dialog).toContainText('汤郎乡2024年度法治政府建设工作情况报告');
  await expect(dialog).toContainText('汤郎乡2024年报告.docx');
  const shortfalls = dialog.getByLabel(/存在的问题和不足”放入/);
  await expect(shortfalls).toHaveValue('shortfalls');
  await expect(dialog.getByLabel(/下步工作计划”放入/)).toHaveValue('plan');
  await expect(dialog.getByLabel(/汤郎乡基本情况”放入/)).toHaveValue('custom');
  // The user decides 基本情况 belongs under 其他需要报告的情况.
  await dialog.getByLabel(/汤郎乡基本情况”放入/).selectOption('other');
  await expect(dialog.getByLabel(/汤郎乡基本情况”放入/)).toHaveValue('other');
  await dialog.getByRole('button', { name: '创建报告' }).click();
  await expect(page.locator('.toolbar h1')).toHaveText('汤郎乡2024年度法治政府建设工作情况报告');
  await expect(page.locator('section.panel[data-key="shortfalls"] textarea').first()).toHaveValue(/齐抓共管/);
  await expect(page.locator('section.panel[data-key="other"] .heading-input').first()).toHaveValue('汤郎乡基本情况');
  const stored = readDataDirSync(app.dataDir).reports;
  expect(stored).toHaveLength(2);
});

test('pasted text that is not a report is refused with a message and creates nothing', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: '粘贴文本导入' }).click();
  const dialog = page.getByRole('dialog', { name: '粘贴文本导入' });
  await dialog.getByLabel('报告全文').fill('今天天气很好，我们去公园散步。');
  await dialog.getByRole('button', { name: '识别' }).click();
  await expect(dialog.getByRole('alert')).toContainText(/[\u4e00-\u9fff]/);
  await dialog.getByRole('button', { name: '取消' }).click();
  expect(readDataDirSync(app.dataDir).reports).toHaveLength(1);
});

test('新建下一年度 copies into year+1 with statistics cleared and paragraphs marked until edited', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: '新建下一年度' }).click();
  await expect(page.locator('.toolbar h1')).toHaveText('汤郎乡2025年度法治政府建设工作情况报告');
  await expect(page.locator('.inherited-tag').first()).toBeVisible();
  const tags = await page.locator('.inherited-tag').count();
  expect(tags).toBeGreaterThan(10);
  const officers = page.getByLabel('持证执法人员（名）');
  await expect(officers).toHaveValue('');
  await expect(page.locator('.stat', { has: officers }).locator('.last-year')).toHaveText('上年 21名');
  const box = page.locator('section.panel[data-key="shortfalls"] textarea').first();
  await box.fill('2025年新写的不足。原因是……');
  await expect(page.locator('.inherited-tag')).toHaveCount(tags - 1);
  await expect(page.locator('.toolbar .save-status')).toHaveText(/已保存/);
  const stored = readDataDirSync(app.dataDir).reports;
  const next = stored.find((r) => r.year === 2025)!;
  expect(next.previousId).toBe('demo-tanglang-2024');

  // Side by side with last year: what changed is marked.
  const shortfalls = page.locator('section.panel[data-key="shortfalls"]');
  await shortfalls.getByRole('button', { name: '对比上年' }).click();
  const compare = shortfalls.getByLabel('与上年对比');
  await expect(compare).toContainText('齐抓共管');
  await expect(compare.locator('mark').first()).toBeVisible();
  await expect(compare.locator('mark', { hasText: '新写' }).first()).toBeVisible();
  // 照搬上年: the untouched paragraphs are flagged, the rewritten one is not.
  await page.getByRole('tab', { name: /问题/ }).click();
  await expect(page.locator('.finding[data-rule="copied"]').first()).toBeVisible();
  await expect(page.locator('.finding[data-rule="copied"]', { hasText: '新写的不足' })).toHaveCount(0);
});
