/**
 * Regenerates the README images in assets/readme/: the editor, the print preview and the import's mapping dialog
 * (1366×768, the built app in Chromium through the e2e harness) and page 1 of the demo's Word export as
 * LibreOffice renders it. The dialog shows the invented sample report (test/fixtures) with a web line in front.
 * A tool, not a test: it checks nothing. Run with `npm run screenshots` (builds first); needs chromium, soffice
 * and pdftoppm, as the tests do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp } from '../e2e/harness.ts';
import { buildDocx } from '../../electron/services/docx-export.ts';
import { demoReport } from '../fixtures/docx-reports.ts';
import { libreOfficeFontConfig, renderPagePng } from '../render/pdf-measure.ts';
import { publicScreenshots } from './public-screenshots.ts';
import { reviewScreenshots } from './review-screenshots.ts';
import { versionScreenshots } from './screenshots-versions.ts';
import { countyScreenshot } from './county-screenshot.ts';
import { readmePage, withReadmeApp } from './readme-app.ts';

const out = path.resolve('assets/readme');
mkdirSync(out, { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), 'fzbg-screenshots-'));

async function appScreenshots(): Promise<void> {
  await withReadmeApp(path.join(work, 'data'), async (app, browser) => {
    const { page } = app;
    await mappingDialog(app);
    await page.locator('.report-item .title').click();
    await page.locator('section.panel[data-key="measures"]').waitFor();
    await page.screenshot({ path: path.join(out, 'editor.png') });
    await findReplace(app);
    await page.getByRole('button', { name: '打印预览' }).click();
    await page.locator('.preview-view.ready').waitFor();
    await page.screenshot({ path: path.join(out, 'preview.png') });
    // A page of its own: a page takes the harness once.
    await versionScreenshots(await startApp(await readmePage(browser), path.join(work, 'data-versions')), out);
  });
}

/** The import's mapping dialog on the sample report, then cancelled (nothing is created). */
async function mappingDialog(app: Awaited<ReturnType<typeof startApp>>): Promise<void> {
  const sample = readFileSync(path.resolve('test/fixtures/sample-report.txt'), 'utf8');
  const file = path.join(work, '青石镇2024年报告.txt');
  writeFileSync(file, `来源：青石镇人民政府  发布时间：2025-01-20  浏览次数：356\n${sample}`);
  app.nextOpenPath = file;
  await app.page.getByRole('button', { name: '导入旧报告（Word/文本）' }).click();
  const dialog = app.page.getByRole('dialog', { name: '确认导入' });
  await dialog.getByRole('table', { name: '将创建的提纲' }).waitFor();
  await app.page.screenshot({ path: path.join(out, 'import-mapping.png') });
  await dialog.getByRole('button', { name: '取消' }).click();
}

/** 查找和替换 on the demo: the replace row open, the count, and the second match selected in its box. */
async function findReplace(app: Awaited<ReturnType<typeof startApp>>): Promise<void> {
  const { page } = app;
  await page.locator('body').press('Control+h');
  const panel = page.getByRole('search', { name: '查找和替换' });
  await panel.getByLabel('查找内容').fill('汤郎乡');
  await panel.getByLabel('替换为').fill('汤郎镇');
  await panel.getByRole('button', { name: '下一个' }).click();
  await panel.getByRole('button', { name: '下一个' }).click();
  await panel.locator('.find-count').filter({ hasText: '第 2 /' }).waitFor();
  await page.screenshot({ path: path.join(out, 'find-replace.png') });
  await panel.getByLabel('关闭查找').click();
}

/** 设置 → 字体 with the harness's stock Windows 10/11 font list: which fonts of each preset that PC has. */
async function fontCheck(): Promise<void> {
  await withReadmeApp(path.join(work, 'fonts-data'), async ({ page }) => {
    await page.getByRole('button', { name: '设置' }).click();
    const check = page.locator('section.font-check');
    await check.waitFor();
    await check.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(out, 'font-check.png') });
  });
}

async function docxPage1(): Promise<void> {
  const docx = path.join(work, 'demo.docx');
  writeFileSync(docx, await buildDocx(demoReport(), { fontPreset: 'windows', boldHeadings: false }));
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${work}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx],
    { encoding: 'utf8', timeout: 120_000, env: { ...process.env, FONTCONFIG_FILE: libreOfficeFontConfig(work) } },
  );
  const pdf = path.join(work, 'demo.pdf');
  if (!existsSync(pdf))
    throw new Error(`LibreOffice (soffice) did not render the demo: ${r.error?.message ?? r.stderr}`);
  writeFileSync(path.join(out, 'docx-page1.png'), renderPagePng(pdf, 1, 70));
}

try {
  await appScreenshots();
  await docxPage1();
  await publicScreenshots(work, out);
  await reviewScreenshots(out);
  await fontCheck();
  await countyScreenshot(work, out);
  console.log(`wrote the README images in ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
