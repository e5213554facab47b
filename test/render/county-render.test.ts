/**
 * The county's Word files rendered by LibreOffice: the 汇总表 and a 审核意见单 on A4, every line of text (the tables'
 * included) inside the GB/T 9704 text block (turned on the 汇总表's landscape pages), and every township, item and
 * quoted reason present, so nothing was cut off: the coverage grid is read back row by row, mark by mark. The
 * workspace holds 30 townships and three county items, so the grid runs over pages and is shared out between two
 * tables. Needs soffice and pdftotext, as the report's render test does; it does not skip itself.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MARGIN, PAGE, PAGE_NUMBER as NUMBER_LAYOUT, TEXT_BLOCK } from '../../electron/core/layout.ts';
import { twipsToMm } from '../../electron/core/units.ts';
import { CountyWorkspace } from '../../electron/services/county/workspace.ts';
import { buildReviewSheet, buildSummaryDocx } from '../../electron/services/county/county-docx.ts';
import type { CountyMatrix } from '../../electron/core/county/matrix.ts';
import { gridMark, itemChunks, summaryColumns } from '../../electron/services/county/summary-grid.ts';
import { countyFolder } from '../unit/county-fixture.ts';
import { libreOfficeFontConfig, measurePdf, type PdfLine, type PdfPage } from './pdf-measure.ts';

const TOP = MARGIN.topMm;
const BOTTOM = MARGIN.topMm + TEXT_BLOCK.heightMm;
const LEFT = MARGIN.leftMm;
const RIGHT = MARGIN.leftMm + TEXT_BLOCK.widthMm;
/** LibreOffice's glyph boxes overshoot the block edge by a hair. */
const SLACK = 0.8;
const PAGE_NUMBER = /^—\d+—$/;
/**
 * LibreOffice reads w:overflowPunct inverted (DESIGN.md) and lets a closing mark hang past the right edge, where
 * Word keeps it inside: one character of room for a line that ends in one.
 */
const HANGING = /[，。、；：？！”’）》]$/;
const CHAR_MM = 5.7;

/** 26 more townships beside the fixture's four, so the grid has 30 rows. */
const MORE_TOWNSHIPS =
  '石桥镇 松坪乡 河口镇 马鞍镇 龙潭乡 金竹镇 新田镇 竹园乡 红岩镇 黄坡镇 梨花乡 桃源镇 清水镇 高桥乡 大坪镇 小河镇 龙泉乡 凤凰镇 东山镇 西岭乡 南屏镇 北坡镇 三江乡 五里镇 七星镇 九龙乡'.split(
    ' ',
  );

let work = '';
let matrix: CountyMatrix;
const pages: Record<string, PdfPage[]> = {};

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'county-render-'));
  const ws = await CountyWorkspace.open(path.join(work, 'data'));
  const dir = countyFolder();
  for (const f of readdirSync(dir)) await ws.addFile(path.join(dir, f)).catch(() => undefined);
  const model = ws.report(ws.entries().find((e) => e.unitName === '青石镇')!.id);
  for (const name of MORE_TOWNSHIPS) {
    const report = { ...model, unitName: name, title: model.title.replaceAll(model.unitName, name) };
    await ws.addReports([{ report, format: 'txt', mapping: null }], `${name}.txt`, '2026-02-25', { batch: true });
  }
  await ws.endBatch();
  await ws.setCountyItems(['推进乡镇合法性审查全覆盖', '开展“八五”普法总结验收', '规范村级议事决策程序']);
  matrix = ws.matrix();
  assert.equal(matrix.rows.length, 30);
  const baisha = matrix.rows.find((r) => r.unitName === '白沙乡')!;
  writeFileSync(path.join(work, 'summary.docx'), await buildSummaryDocx(matrix));
  writeFileSync(path.join(work, 'sheet.docx'), await buildReviewSheet(matrix, baisha, { date: new Date(2026, 2, 5) }));
  const r = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(work, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      path.join(work, 'summary.docx'),
      path.join(work, 'sheet.docx'),
    ],
    { encoding: 'utf8', timeout: 180_000, env: { ...process.env, FONTCONFIG_FILE: libreOfficeFontConfig(work) } },
  );
  for (const name of ['summary', 'sheet']) {
    const pdf = path.join(work, `${name}.pdf`);
    assert.ok(existsSync(pdf), `LibreOffice did not render ${name}: ${r.error?.message ?? r.stderr}`);
    pages[name] = measurePdf(pdf);
  }
});

/** The text block of a page, upright or turned (the 汇总表's landscape pages: the upright block turned a quarter). */
function block(p: PdfPage): { left: number; right: number; top: number; bottom: number } {
  if (p.widthMm < p.heightMm) return { left: LEFT, right: RIGHT, top: TOP, bottom: BOTTOM };
  const left = MARGIN.bottomMm;
  const top = MARGIN.leftMm;
  return { left, right: left + TEXT_BLOCK.heightMm, top, bottom: top + TEXT_BLOCK.widthMm };
}

function assertInBlock(name: string): string {
  let text = '';
  for (const p of pages[name]) {
    const long = Math.max(p.widthMm, p.heightMm);
    const short = Math.min(p.widthMm, p.heightMm);
    assert.ok(Math.abs(short - 210) < 1 && Math.abs(long - 297) < 1, `${name} p${p.number} is A4`);
    const b = block(p);
    for (const l of p.lines) {
      text += l.text;
      if (PAGE_NUMBER.test(l.text)) continue;
      const where = `${name} p${p.number} “${l.text}” x ${l.xMin.toFixed(1)}–${l.xMax.toFixed(1)} y ${l.yMin.toFixed(1)}–${l.yMax.toFixed(1)}`;
      const right = b.right + SLACK + (HANGING.test(l.text) ? CHAR_MM : 0);
      assert.ok(l.xMin >= b.left - SLACK && l.xMax <= right, `inside left/right: ${where}`);
      assert.ok(l.yMin >= b.top - SLACK && l.yMax <= b.bottom + SLACK, `inside top/bottom: ${where}`);
    }
  }
  return text;
}

/**
 * Each township's row of the grid as rendered, every table of it in page order: the text of the lines level with
 * the line that starts with its name, left to right.
 */
function gridRows(): Map<string, string[]> {
  const units = matrix.rows.map((r) => r.unitName);
  const out = new Map<string, string[]>();
  for (const p of pages.summary.filter((x) => x.widthMm > x.heightMm)) {
    for (const l of p.lines) {
      const unit = units.find((u) => l.text.startsWith(u));
      if (unit) out.set(unit, [...(out.get(unit) ?? []), rowFrom(p, l).slice(unit.length)]);
    }
  }
  return out;
}

/** A table row as rendered: the text of `l` and of the lines level with it to its right (each cell is a line). */
function rowFrom(p: PdfPage, l: PdfLine): string {
  return p.lines
    .filter((x) => Math.abs(x.yMin - l.yMin) < 1.2 && x.xMin >= l.xMin - 0.1)
    .map((x) => x.text)
    .join('');
}

test('汇总表: every line inside the text block; every township and item is there', () => {
  const text = assertInBlock('summary');
  for (const r of matrix.rows) assert.ok(text.includes(r.unitName), r.unitName);
  // A table cell wraps, and its lines interleave with the next cell's: the start of each item is there.
  for (const c of matrix.columns) assert.ok(text.includes(c.title.slice(0, 4)), c.title);
  assert.ok(pages.summary.some((p) => p.widthMm < p.heightMm) && pages.summary.some((p) => p.widthMm > p.heightMm));
});

test('汇总表: the coverage grid on landscape pages, every cell’s mark in its township’s row, with its totals', () => {
  const columns = summaryColumns(matrix);
  assert.equal(columns.length, 25, '21 items, 3 county items, last year’s promises');
  const landscape = pages.summary.filter((p) => p.widthMm > p.heightMm);
  assert.ok(landscape.length >= 3, `the grid runs over pages: ${landscape.length}`);
  // The head row on every landscape page, with the items' numbers.
  const heads = landscape.map((p) => p.lines.filter((l) => l.text === '单位').map((l) => rowFrom(p, l)));
  const expected = itemChunks(columns.map((_, i) => i + 1)).map((c) => `单位报送${c.join('')}完整度缺项错误`);
  assert.equal(expected.length, 2);
  for (const [i, h] of heads.entries()) {
    assert.ok(h.length > 0, `the head row on landscape page ${i + 1}`);
    for (const one of h) assert.ok(expected.includes(one), `head row “${one}”`);
  }
  for (const one of expected) assert.ok(heads.flat().includes(one), one);
  const legend = landscape.flatMap((p) => p.lines.map((l) => l.text)).join('');
  assert.match(legend, /图例：✓已覆盖，△部分覆盖，✗未覆盖，—不适用/);
  const rows = gridRows();
  for (const r of matrix.rows) {
    const tables = rows.get(r.unitName) ?? [];
    assert.equal(tables.length, 2, `${r.unitName}: a row in each of the two tables`);
    const marks = tables.map((t) => (t.match(/[✓△✗—]²?/g) ?? []).join('')).join('');
    assert.equal(marks, columns.map((c) => gridMark(r.cells[c.id])).join(''), r.unitName);
    const totals = `${r.completeness}${r.missing}${r.findings.error}`;
    for (const t of tables)
      assert.ok(t.startsWith(r.late ? '逾期' : '按时') && t.endsWith(totals), `${r.unitName}: ${t}`);
  }
  assert.ok(
    [...rows.values()].flat().some((t) => t.includes('²')),
    'a cell missed two years running is marked',
  );
});

test('审核意见单: every line inside the text block; each missing item with its reason, each finding quoted', () => {
  const text = assertInBlock('sheet');
  const row = matrix.rows.find((r) => r.unitName === '白沙乡')!;
  assert.ok(text.includes('缺少的内容'));
  for (const c of matrix.columns.filter((x) => row.cells[x.id].state === 'missing'))
    assert.ok(text.includes(c.title.slice(0, 8)), c.title);
  for (const f of row.check.findings) assert.ok(text.includes(f.message.replace(/\s/g, '').slice(0, 20)), f.message);
  assert.ok(text.includes('2026年3月5日'));
});

/** The one "— N —" line of a page. */
function pageNumber(name: string, p: PdfPage): PdfLine {
  const lines = p.lines.filter((l) => PAGE_NUMBER.test(l.text));
  assert.equal(lines.length, 1, `${name} p${p.number}: one page number, not ${lines.map((l) => l.text).join(' ')}`);
  assert.equal(lines[0].text, `—${p.number}—`, `${name} p${p.number}: the number reads in order`);
  return lines[0];
}

const mm = (l: PdfLine) => `x ${l.xMin.toFixed(2)}–${l.xMax.toFixed(2)} y ${l.yMin.toFixed(2)}–${l.yMax.toFixed(2)} mm`;

/**
 * GB/T 9704 10: a landscape page's number stays where the other pages have theirs. Turned back upright (a quarter
 * anticlockwise), each landscape page's number box must be the upright pages' box of the same parity: odd pages
 * right, even pages left, 7 mm below the block. Measured in LibreOffice 7.4 (odd p3: x 24.09–30.52, y 163.02–179.04;
 * even p4: y 32.99–49.01; upright odd 162.98–179.04 across, 265.82–272.24 down): LibreOffice sets the turned line
 * 0.67 mm further from the block than the upright one, hence 1 mm of room. Word is not measured here.
 */
test('汇总表: a landscape page’s number is turned with the page and sits where an upright page’s number does', (t) => {
  const side = twipsToMm(NUMBER_LAYOUT.sideIndentTwips);
  const middle = PAGE.heightMm - twipsToMm(MARGIN.footerTwips + NUMBER_LAYOUT.lineTwips / 2);
  const upright = new Map<number, PdfLine>();
  for (const p of pages.summary.filter((x) => x.widthMm < x.heightMm)) {
    const l = pageNumber('汇总表', p);
    const edge = p.number % 2 ? RIGHT - side - l.xMax : l.xMin - (LEFT + side);
    assert.ok(Math.abs(edge) < 0.5, `upright p${p.number}: one character in from the block's side: ${mm(l)}`);
    assert.ok(Math.abs((l.yMin + l.yMax) / 2 - middle) < 0.5, `upright p${p.number}: below the block: ${mm(l)}`);
    if (!upright.has(p.number % 2)) upright.set(p.number % 2, l);
  }
  assert.equal(upright.size, 2, 'an odd and an even upright page to compare with');
  const landscape = pages.summary.filter((x) => x.widthMm > x.heightMm);
  assert.ok(landscape.some((p) => p.number % 2 === 0) && landscape.some((p) => p.number % 2 === 1));
  for (const p of landscape) {
    const l = pageNumber('汇总表', p);
    const u = upright.get(p.number % 2)!;
    // Turned back upright: the landscape page's top edge becomes the left edge, its left edge the bottom.
    const back = { xMin: l.yMin, xMax: l.yMax, yMin: p.widthMm - l.xMax, yMax: p.widthMm - l.xMin };
    const off = Math.max(...(['xMin', 'xMax', 'yMin', 'yMax'] as const).map((k) => Math.abs(back[k] - u[k])));
    assert.ok(off < 1, `landscape p${p.number} ${mm(l)}, turned back ${mm({ ...l, ...back })}; upright ${mm(u)}`);
    t.diagnostic(`landscape p${p.number}: ${mm(l)}; turned back ${off.toFixed(2)} mm from upright p${u.page}`);
  }
});
