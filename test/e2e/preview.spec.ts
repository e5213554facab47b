/**
 * The print preview in the real renderer: A4 pages laid out like the Word export, printed to PDF through the
 * app's own 导出 PDF button (the harness answers print:pdf with Chromium's page.pdf of the page as shown) and
 * measured with pdftotext; the page count is compared with LibreOffice's render of the Word export of the same
 * report. Needs soffice, pdftotext and pdftoppm, as the render test does.
 *
 * KEEP_PAGE_IMAGES=1 keeps page images of the PDFs in test-results/preview/. (The README's preview.png comes
 * from `npm run screenshots`.)
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { test, expect, type AppHarness } from './harness.ts';
import { buildDocx } from '../../electron/services/docx-export.ts';
import { planDocument } from '../../electron/core/page-plan.ts';
import { paginate } from '../../electron/core/pagination.ts';
import { LINE_TWIPS, MARGIN, PAGE_NUMBER, TEXT_BLOCK } from '../../electron/core/layout.ts';
import { twipsToMm } from '../../electron/core/units.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { layoutPages, PREVIEW_PAGINATION } from '../../renderer/preview-pages.ts';
import { longReport } from '../fixtures/docx-reports.ts';
import {
  libreOfficeFontConfig,
  measurePdf,
  renderPagePng,
  visualLines,
  type PdfLine,
  type PdfPage,
} from '../render/pdf-measure.ts';

const BLOCK_TOP = MARGIN.topMm; // 37
const BLOCK_BOTTOM = MARGIN.topMm + TEXT_BLOCK.heightMm; // 262
const BLOCK_LEFT = MARGIN.leftMm; // 28
const BLOCK_RIGHT = MARGIN.leftMm + TEXT_BLOCK.widthMm; // 184
const PITCH = twipsToMm(LINE_TWIPS);
const SIDE = twipsToMm(PAGE_NUMBER.sideIndentTwips);
const SETTINGS = { fontPreset: 'windows', boldHeadings: false } as const;
const keepImages = process.env.KEEP_PAGE_IMAGES === '1';
/** A PDF export of many pages on a busy machine takes seconds; LibreOffice's render up to two minutes. */
const PDF_MS = 30_000;
const LIBREOFFICE_MS = 120_000;
const BUDGET_MS = LIBREOFFICE_MS + 3 * PDF_MS;

const norm = (s: string) => s.replace(/\s+/g, '');
/** The watermark: the rotated 草稿 (pdftotext gives its glyphs as lines of their own). */
const isWatermark = (l: PdfLine) => /^[草稿]+$/.test(norm(l.text)) && l.yMax - l.yMin > 15;
const mid = (l: PdfLine) => (l.yMin + l.yMax) / 2;
const isPageNumber = (l: PdfLine) => /^—\d+—$/.test(norm(l.text)) && mid(l) > BLOCK_BOTTOM;
/** Text lines of the report body: in the text block, not the watermark. */
function bodyLines(page: PdfPage): PdfLine[] {
  const inBlock = (l: PdfLine) => mid(l) > BLOCK_TOP && mid(l) < BLOCK_BOTTOM;
  const lines = page.lines.filter((l) => !isWatermark(l) && inBlock(l) && l.xMin >= BLOCK_LEFT - 1);
  return visualLines({ ...page, lines });
}
/** Row of the grid a line sits on, from the middle of its box (Chromium's PDFs give tall font boxes). */
const rowOf = (l: PdfLine) => Math.floor((mid(l) - BLOCK_TOP) / PITCH);

/**
 * The Word export as Word reads it, for LibreOffice: LibreOffice reads w:overflowPunct inverted (DESIGN.md), so
 * the copy it renders says the opposite, and LibreOffice then keeps 、。，． inside the margin as Word does.
 */
function wordReading(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']);
  const flipped = xml.replaceAll('<w:overflowPunct w:val="0"/>', '<w:overflowPunct w:val="1"/>');
  if (flipped === xml) throw new Error('the Word export no longer sets w:overflowPunct: update wordReading');
  return zipSync({ ...files, 'word/document.xml': strToU8(flipped) });
}

/** The Word export of a report rendered by LibreOffice, measured; started early, awaited when needed. */
async function libreOfficePages(report: Report, dir: string, name: string): Promise<PdfPage[]> {
  dir = path.join(dir, 'libreoffice');
  mkdirSync(dir, { recursive: true });
  const docx = path.join(dir, `${name}.docx`);
  writeFileSync(docx, wordReading(await buildDocx(report, SETTINGS)));
  const profile = 'file://' + path.join(dir, `lo-profile-${name}`);
  const env = { ...process.env, FONTCONFIG_FILE: libreOfficeFontConfig(dir) };
  await new Promise<void>((resolve, reject) => {
    const p = spawn(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      { env, stdio: 'ignore' },
    );
    const timer = setTimeout(() => p.kill(), LIBREOFFICE_MS);
    p.on('error', (e) => reject(new Error(`soffice (libreoffice-writer-nogui) is needed: ${e.message}`)));
    p.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  const pdf = path.join(dir, `${name}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not produce ${name}.pdf`);
  return measurePdf(pdf);
}

/** Open a report from the library and show its preview. */
async function openPreview(app: AppHarness, id: string): Promise<void> {
  const { page } = app;
  await page.locator(`li.report-item[data-id="${id}"] .title`).click();
  await page.getByRole('button', { name: '打印预览' }).click();
  await page.locator('.preview-view.ready').waitFor();
}

/** Press 导出 PDF and wait for the file. */
async function exportPdf(app: AppHarness, file: string): Promise<PdfPage[]> {
  const { page } = app;
  app.nextSavePath = file;
  await page.locator('.pv-toolbar').getByRole('button', { name: '导出 PDF' }).click();
  await expect(page.locator('.modal .ok')).toContainText(file, { timeout: PDF_MS });
  await page.locator('.modal').getByRole('button', { name: '关闭' }).click();
  return measurePdf(file);
}

interface Measured {
  pages: number;
  fullPages: number;
  rowsPerPage: number[];
}

/**
 * Check a PDF of the preview against the layout: A4, the text lines of every page on exactly the rows the
 * layout puts them (so 22 on every full page), page numbers right on odd and left on even pages.
 */
function checkPdf(name: string, pages: PdfPage[], report: Report, draft: boolean): Measured {
  const plan = planDocument(report, SETTINGS);
  const layout = layoutPages(plan);
  expect(layout.pages.length, `${name}: layout pages = paginate()`).toBe(paginate(plan, PREVIEW_PAGINATION).pages);
  expect(pages.length, `${name}: PDF pages`).toBe(layout.pages.length);
  let fullPages = 0;
  const rowsPerPage: number[] = [];
  for (const page of pages) {
    const where = `${name} p${page.number}`;
    expect(Math.abs(page.widthMm - 210), `${where} width ${page.widthMm}`).toBeLessThan(0.5);
    expect(Math.abs(page.heightMm - 297), `${where} height ${page.heightMm}`).toBeLessThan(0.5);
    const lines = bodyLines(page);
    const expected = layout.pages[page.number - 1].lines.filter((l) => plan[l.para].texts.join('')).map((l) => l.row);
    const rows = lines.map(rowOf);
    expect(rows, `${where}: rows of the text lines`).toEqual(expected);
    const text = lines.map((l) => norm(l.text)).join('');
    const want = layout.pages[page.number - 1].lines.map((l) => norm(l.text + l.hang)).join('');
    expect(text, `${where}: text`).toBe(want);
    // Lines stay inside the block (a hung 、。，． just past it); justified lines reach the right margin.
    const placed = layout.pages[page.number - 1].lines.filter((l) => plan[l.para].texts.join(''));
    lines.forEach((l, i) => {
      const p = placed[i];
      const limit = BLOCK_RIGHT + (p.hang ? twipsToMm(320) : 0) + 0.3;
      expect(l.xMax, `${where} «${l.text}» runs past the margin`).toBeLessThan(limit);
      if (plan[p.para].align === 'justify' && !p.last && !p.hang) {
        expect(
          Math.abs(l.xMax - BLOCK_RIGHT),
          `${where} «${l.text}» is justified (ends at ${l.xMax.toFixed(2)} mm)`,
        ).toBeLessThan(0.5);
      }
    });
    rowsPerPage.push(lines.length);
    if (lines.length === TEXT_BLOCK.linesPerPage) fullPages += 1;
    // Every page but the last is full: its text lines and blank rows fill the 22 rows, unless it ends early so a
    // heading (or the 落款) keeps with what follows.
    if (page.number < pages.length) {
      const blankRows = layout.pages[page.number - 1].lines.filter((l) => !plan[l.para].texts.join('')).length;
      const next = plan[layout.pages[page.number].lines[0].para];
      const kept = plan[layout.pages[page.number].lines[0].para - 1]?.keepNext === false && next.keepNext;
      if (!kept)
        expect(lines.length + blankRows, `${where}: text lines and blank rows fill the page`).toBe(
          TEXT_BLOCK.linesPerPage,
        );
    }
    const pn = page.lines.filter(isPageNumber);
    expect(pn.length, `${where}: one page number`).toBe(1);
    expect(norm(pn[0].text)).toBe(`—${page.number}—`);
    if (page.number % 2 === 1)
      expect(
        Math.abs(pn[0].xMax - (BLOCK_RIGHT - SIDE)),
        `${where}: odd page number right edge ${pn[0].xMax}`,
      ).toBeLessThan(1);
    else
      expect(
        Math.abs(pn[0].xMin - (BLOCK_LEFT + SIDE)),
        `${where}: even page number left edge ${pn[0].xMin}`,
      ).toBeLessThan(1);
    // The dashes lie 7 mm below the block.
    expect(
      Math.abs(mid(pn[0]) - (BLOCK_BOTTOM + PAGE_NUMBER.gapBelowBlockMm)),
      `${where}: page number at ${mid(pn[0]).toFixed(1)} mm`,
    ).toBeLessThan(1.5);
    const all = page.lines.map((l) => norm(l.text)).join('');
    for (const chrome of ['返回编辑', '导出PDF', '打印预览', '正在生成'])
      expect(all, `${where}: only the sheet is printed`).not.toContain(chrome);
    if (draft) {
      expect(page.lines.some(isWatermark), `${where}: the 草稿 watermark`).toBe(true);
      const footer = page.lines.find((l) => mid(l) > mid(pn[0]) + 5 && norm(l.text).startsWith('草稿'));
      expect(footer?.text, `${where}: the draft footer`).toMatch(/打印时间\s*\d{4}-\d\d-\d\d\s*\d\d:\d\d.*最后保存/);
    } else {
      expect(page.lines.some(isWatermark), `${where}: no watermark on the final`).toBe(false);
      expect(all, `${where}: no draft marks on the final`).not.toContain('草稿');
      expect(all).not.toContain('打印时间');
    }
  }
  return { pages: pages.length, fullPages, rowsPerPage };
}

let work = '';
test.beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'preview-e2e-'));
});
test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function keepPageImages(pdf: string, name: string, pagesToKeep: number[]): void {
  if (!keepImages) return;
  const out = path.resolve('test-results/preview');
  mkdirSync(out, { recursive: true });
  for (const n of pagesToKeep) writeFileSync(path.join(out, `${name}-p${n}.png`), renderPagePng(pdf, n, 50));
  copyFileSync(pdf, path.join(out, `${name}.pdf`));
}

test('the demo: A4 pages like the Word export, printed to PDF with and without draft marks, with a checklist page', async ({
  app,
}, info) => {
  test.setTimeout(BUDGET_MS);
  const { page } = app;
  const id = app.store.list()[0].id;
  const report = app.store.get(id);
  const lo = libreOfficePages(report, work, 'demo');

  await openPreview(app, id);
  const plan = planDocument(report, SETTINGS);
  const expectedPages = layoutPages(plan).pages.length;
  await expect(page.locator('.pv-page')).toHaveCount(expectedPages);
  // Fits 1366×768 without horizontal scrolling; the draft marks are on by default.
  const overflow = await page.evaluate(() => {
    const s = document.querySelector('.pv-scroll')!;
    return document.documentElement.scrollWidth > window.innerWidth || s.scrollWidth > s.clientWidth;
  });
  expect(overflow).toBe(false);
  await expect(page.getByLabel('草稿标记')).toBeChecked();
  await expect(page.locator('.pv-page').first().locator('.pv-watermark')).toHaveCount(1);

  // 打印 opens the print dialog on this page.
  await page.locator('.pv-toolbar').getByRole('button', { name: '打印' }).click();
  await expect.poll(() => app.printed).toBe(1);

  const draftPdf = path.join(work, 'demo-draft.pdf');
  const draft = checkPdf('demo draft', await exportPdf(app, draftPdf), report, true);
  keepPageImages(draftPdf, 'demo-draft', [1, 2]);

  // Line numbers in the left margin, for marking up.
  await page.getByLabel('行号').check();
  await expect(page.locator('.pv-page').first().locator('.pv-lineno')).toHaveCount(draft.rowsPerPage[0]);
  await page.getByLabel('行号').uncheck();

  await page.getByLabel('草稿标记').uncheck();
  await expect(page.locator('.pv-watermark')).toHaveCount(0);
  const finalPdf = path.join(work, 'demo-final.pdf');
  const final = checkPdf('demo final', await exportPdf(app, finalPdf), report, false);
  keepPageImages(finalPdf, 'demo-final', [1]);

  // The checklist goes after the report as pages of its own.
  await page.getByLabel('附检查清单').check();
  await page.locator('.preview-view.ready .pv-checklist').first().waitFor();
  const checkPages = await page.locator('.pv-checklist').count();
  expect(checkPages).toBeGreaterThan(0);
  await expect(page.locator('.pv-checklist').first()).toContainText('检查清单');
  await expect(page.locator('.pv-checklist .ck-items:not(.ck-head)')).toHaveCount(21);
  const withListPdf = path.join(work, 'demo-checklist.pdf');
  const withList = await exportPdf(app, withListPdf);
  expect(withList.length).toBe(expectedPages + checkPages);
  const listText = withList
    .slice(expectedPages)
    .flatMap((p) => p.lines.map((l) => norm(l.text)))
    .join('');
  expect(listText).toContain('检查清单');
  expect(listText).toContain('待处理问题');
  keepPageImages(withListPdf, 'demo-checklist', [expectedPages + 1]);
  await page.getByLabel('附检查清单').uncheck();

  const loPages = await lo;
  info.annotations.push({
    type: 'pages',
    description: `demo: preview ${draft.pages} pages, LibreOffice ${loPages.length} pages`,
  });
  console.log(
    `demo: preview ${draft.pages} pages (final ${final.pages}), LibreOffice ${loPages.length}; text lines per page ${draft.rowsPerPage.join(' ')}; ${draft.fullPages} pages with 22; checklist ${checkPages} page(s)`,
  );
  expect.soft(draft.pages, 'demo: preview pages = LibreOffice pages').toBe(loPages.length);
  expect(final.pages).toBe(draft.pages);
  compareWithLibreOffice('demo', loPages, measurePdf(draftPdf));
});

test('a report ten times the demo: the same page count as LibreOffice, 22 lines on every full page', async ({
  app,
}, info) => {
  test.setTimeout(BUDGET_MS);
  const { page } = app;
  const long = longReport(10);
  long.title = '汤郎乡2024年度法治政府建设工作情况报告（长稿）';
  long.titleAuto = false;
  const added = await app.store.add(long);
  const report = app.store.get(added.id);
  const lo = libreOfficePages(report, work, 'long');
  await page.reload();
  await page.waitForSelector('.app');
  // From the editor, 导出 PDF (menu or shortcut) opens the preview and prints it once the pages are laid out.
  await page.locator(`li.report-item[data-id="${added.id}"] .title`).click();
  await page.getByRole('button', { name: '打印预览' }).waitFor();
  const file = path.join(work, 'long.pdf');
  app.nextSavePath = file;
  await app.command('export-pdf');
  await expect(page.locator('.modal .ok')).toContainText(file, { timeout: PDF_MS });
  await expect(page.locator('.pv-page')).toHaveCount(layoutPages(planDocument(report, SETTINGS)).pages.length);
  const m = checkPdf('10×', measurePdf(file), report, true);
  keepPageImages(file, 'long', [2, 3]);
  const loPages = await lo;
  info.annotations.push({
    type: 'pages',
    description: `10×: preview ${m.pages} pages, LibreOffice ${loPages.length} pages`,
  });
  console.log(
    `10×: preview ${m.pages} pages, LibreOffice ${loPages.length}; ${m.fullPages} of ${m.pages} pages with 22 text lines; lines per page ${m.rowsPerPage.join(' ')}`,
  );
  expect.soft(m.pages, '10×: preview pages = LibreOffice pages').toBe(loPages.length);
  expect(m.fullPages).toBeGreaterThanOrEqual((m.pages - 1) / 2);
  compareWithLibreOffice('10×', loPages, measurePdf(file));
});

/**
 * Page by page against LibreOffice: the same number of text lines on every page (the same paragraphs' lines).
 * Where a line breaks inside a paragraph may differ: the preview breaks as pagination.ts estimates (half-width
 * digits and letters half an em, as in 仿宋), LibreOffice with the widths of the font it has. Prints how many
 * lines are identical too.
 */
function compareWithLibreOffice(name: string, lo: PdfPage[], preview: PdfPage[]): void {
  const loPages = lo.map((p) =>
    visualLines({ ...p, lines: p.lines.filter((l) => l.yMin < BLOCK_BOTTOM) }).map((l) => norm(l.text)),
  );
  const pvPages = preview.map((p) => bodyLines(p).map((l) => norm(l.text)));
  const loLines = loPages.flatMap((p, i) => p.map((t) => `${i}:${t}`));
  const pvLines = new Set(pvPages.flatMap((p, i) => p.map((t) => `${i}:${t}`)));
  const same = loLines.filter((l) => pvLines.has(l)).length;
  console.log(
    `${name}: text lines per page, LibreOffice ${loPages.map((p) => p.length).join(' ')}; ${same} of ${loLines.length} LibreOffice lines set identically in the preview`,
  );
  expect(
    pvPages.map((p) => p.length),
    `${name}: text lines per page, preview vs LibreOffice`,
  ).toEqual(loPages.map((p) => p.length));
}

test('printing with no printer, or cancelling the dialog, gives a plain answer and never hangs', async ({ app }) => {
  const { page } = app;
  await page.locator('.report-item .title').click();
  await page.getByRole('button', { name: '打印预览' }).click();
  const print = page.getByRole('button', { name: '打印', exact: true });
  await expect(print).toBeEnabled();
  app.printAnswer = 'no-printer';
  await print.click();
  await expect(page.locator('.error-banner')).toContainText('没有找到可用的打印机');
  await page.locator('.error-banner').getByRole('button', { name: '关闭' }).click();
  app.printAnswer = 'cancelled';
  await print.click();
  await expect.poll(() => app.printed).toBe(2);
  await expect(page.locator('.error-banner')).toHaveCount(0);
  // Ctrl+P from the editor opens the preview and prints from it.
  app.printAnswer = null;
  await page.getByRole('button', { name: '返回编辑' }).click();
  await page.keyboard.press('Control+p');
  await expect.poll(() => app.printed).toBe(3);
  await expect(page.getByRole('button', { name: '返回编辑' })).toBeVisible();
});
