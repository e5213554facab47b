/**
 * 公开版: the 保密审查 in the editor (scan, redact, mark done, export), and the HTML file it writes opened in a
 * browser on its own, where it must load nothing.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { readDataDirSync } from '../../electron/services/store-layout.ts';
import type { Locator } from '@playwright/test';
import { expect, test, type AppHarness } from './harness.ts';

const SENSITIVE = '内部资料\n本年度，申请人李青山反映的宅基地纠纷已调处，回访电话13812345678。现将有关情况报告如下：';

/** Open the demo report, put invented sensitive text into its 导语, and open the 公开版 review. */
async function openReview(app: AppHarness) {
  const { page } = app;
  await page.locator('.report-item .title').click();
  await page.getByLabel('导语', { exact: true }).fill(SENSITIVE);
  await page.getByRole('button', { name: '公开版', exact: true }).click();
  return page.getByRole('dialog', { name: '公开版' });
}

/** Mask every finding, sign the review as 赵审, and export the 公开版 web page into a new folder: the file written. */
async function maskAllAndExport(app: AppHarness, dialog: Locator): Promise<string> {
  await dialog.getByRole('button', { name: '全部打码' }).click();
  await dialog.getByLabel('审查人').fill('赵审');
  await dialog.getByRole('button', { name: '审查完成' }).click();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'fzbg-public-')), '公开版.html');
  app.nextSavePath = file;
  await dialog.getByRole('button', { name: '导出公开版网页' }).click();
  await expect(dialog.locator('p.ok code')).toHaveText(file);
  return file;
}

test('review the public version: scan, redact, mark done, export Word and HTML; the filed text stays', async ({
  app,
}) => {
  const dialog = await openReview(app);
  const rows = dialog.locator('.privacy-finding');
  await expect(rows.locator('b')).toHaveText(['密级或内部标识', '当事人姓名', '手机号']);
  await expect(dialog.locator('.privacy-summary')).toHaveText(/共 3 处，未处理 2 处。/);
  const word = dialog.getByRole('button', { name: '导出公开版 Word' });
  await expect(word).toBeDisabled();

  await rows.nth(1).getByRole('button', { name: '打码 ××' }).click();
  await rows.nth(2).getByRole('button', { name: '删除' }).click();
  await expect(dialog.locator('.privacy-summary')).toHaveText(/未处理 0 处/);
  await expect(rows.nth(1).locator('mark')).toHaveText('×××');
  await expect(word).toBeDisabled();
  await dialog.getByLabel('审查人').fill('赵审');
  await dialog.getByRole('button', { name: '审查完成' }).click();
  await expect(dialog.locator('.review-done .ok')).toHaveText(/已审查：赵审，\d{4}-\d\d-\d\d/);

  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-public-'));
  app.nextSavePath = path.join(dir, '公开版.html');
  await dialog.getByRole('button', { name: '导出公开版网页' }).click();
  await expect(dialog.locator('p.ok code')).toHaveText(app.nextSavePath);
  const html = readFileSync(app.nextSavePath, 'utf8');
  expect(html).toContain('<p>本年度，申请人×××反映的宅基地纠纷已调处，回访电话。现将有关情况报告如下：</p>');
  expect(html).not.toMatch(/李青山|13812345678|内部资料/);

  app.nextSavePath = path.join(dir, '公开版.docx');
  await word.click();
  await expect(dialog.locator('p.ok code')).toHaveText(app.nextSavePath);
  const docx = strFromU8(unzipSync(readFileSync(app.nextSavePath))['word/document.xml']);
  expect(docx).toContain('申请人×××反映的宅基地纠纷已调处');
  expect(docx).not.toMatch(/李青山|13812345678|内部资料/);

  // The filed report keeps its text; the review is stored with it.
  const saved = readDataDirSync(app.dataDir).reports[0] as { preamble: string; publicReview: { reviewer: string } };
  expect(saved.preamble).toBe(SENSITIVE);
  expect(saved.publicReview.reviewer).toBe('赵审');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(app.page.getByLabel('导语', { exact: true })).toHaveValue(SENSITIVE);
});

test('the public HTML opens in Chromium on its own and requests nothing', async ({ app }, testInfo) => {
  // The county's own words (设置) are scanned too.
  await app.store.saveSettings({ ...app.store.settings(), privacyWords: ['宅基地'] });
  const dialog = await openReview(app);
  await expect(dialog.locator('.privacy-finding b')).toHaveText([
    '密级或内部标识',
    '当事人姓名',
    '自定敏感词',
    '手机号',
  ]);
  const file = await maskAllAndExport(app, dialog);

  const page = await app.page.context().newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href);
  await expect(page.locator('h1')).toHaveText('汤郎乡2024年度法治政府建设工作情况报告');
  await expect(page.locator('h2').first()).toHaveText(/^一、/);
  await expect(page.locator('p', { hasText: '申请人' })).toHaveText(
    /^本年度，申请人×××反映的×××纠纷已调处，回访电话×{11}。/,
  );
  expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8');
  expect(await page.locator('script, link, img, style, iframe').count()).toBe(0);
  expect(requests).toEqual([pathToFileURL(file).href]);
  await page.screenshot({ path: testInfo.outputPath('public-html.png') });
  await page.close();
});

test('the public version is made from the 报送稿: the filed text, redacted; later edits stay out', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  const preamble = page.getByLabel('导语', { exact: true });
  await preamble.fill(SENSITIVE);
  await page.getByRole('button', { name: '版本', exact: true }).click();
  const panel = page.getByRole('complementary', { name: '版本' });
  await panel.getByLabel('版本阶段').selectOption({ label: '报送稿' });
  await panel.getByLabel('版本说明').fill('报县委');
  await panel.getByRole('button', { name: '存为版本' }).click();
  await expect(panel.locator('.version-item')).toHaveCount(1);
  await preamble.fill('青石镇报送以后改写的导语。现将有关情况报告如下：');

  await page.getByRole('button', { name: '公开版', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '公开版' });
  const from = dialog.getByLabel('公开版依据');
  await expect(from.locator('option:checked')).toHaveText(/报送稿：报县委/);
  await expect(dialog.locator('.privacy-finding b')).toHaveText(['密级或内部标识', '当事人姓名', '手机号']);
  await expect(dialog.locator('.privacy-finding').first().getByRole('button', { name: '定位' })).toHaveCount(0);
  const file = await maskAllAndExport(app, dialog);
  const html = readFileSync(file, 'utf8');
  expect(html).toContain('<p>本年度，申请人×××反映的宅基地纠纷已调处，回访电话×××××××××××。现将有关情况报告如下：</p>');
  expect(html).not.toContain('报送以后改写');

  // The current text instead, chosen by hand: it has nothing to redact, and the choice is kept with the report.
  await from.selectOption({ label: '当前的文字' });
  await expect(dialog.locator('.privacy-summary')).toHaveText('没有查到需要处理的内容。');
  await expect
    .poll(
      () => (readDataDirSync(app.dataDir).reports[0] as { publicReview?: { source?: string } }).publicReview?.source,
    )
    .toBe('');
});
