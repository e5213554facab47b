/**
 * The county's Word files rendered by LibreOffice: the 汇总表 and a 审核意见单 on A4, every line of text (the tables'
 * included) inside the GB/T 9704 text block, and every township, item and quoted reason present, so nothing was cut
 * off. Needs soffice and pdftotext, as the report's render test does; it does not skip itself.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MARGIN, TEXT_BLOCK } from '../../electron/core/layout.ts';
import { CountyWorkspace } from '../../electron/services/county/workspace.ts';
import { buildReviewSheet, buildSummaryDocx } from '../../electron/services/county/county-docx.ts';
import type { CountyMatrix } from '../../electron/core/county/matrix.ts';
import { countyFolder } from '../unit/county-fixture.ts';
import { libreOfficeFontConfig, measurePdf, type PdfPage } from './pdf-measure.ts';

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

let work = '';
let matrix: CountyMatrix;
const pages: Record<string, PdfPage[]> = {};

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'county-render-'));
  const ws = await CountyWorkspace.open(path.join(work, 'data'));
  const dir = countyFolder();
  for (const f of readdirSync(dir)) await ws.addFile(path.join(dir, f)).catch(() => undefined);
  matrix = ws.matrix();
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

function assertInBlock(name: string): string {
  let text = '';
  for (const p of pages[name]) {
    assert.ok(Math.abs(p.widthMm - 210) < 1 && Math.abs(p.heightMm - 297) < 1, `${name} p${p.number} is A4`);
    for (const l of p.lines) {
      text += l.text;
      if (PAGE_NUMBER.test(l.text)) continue;
      const where = `${name} p${p.number} “${l.text}” x ${l.xMin.toFixed(1)}–${l.xMax.toFixed(1)} y ${l.yMin.toFixed(1)}–${l.yMax.toFixed(1)}`;
      const right = RIGHT + SLACK + (HANGING.test(l.text) ? CHAR_MM : 0);
      assert.ok(l.xMin >= LEFT - SLACK && l.xMax <= right, `inside left/right: ${where}`);
      assert.ok(l.yMin >= TOP - SLACK && l.yMax <= BOTTOM + SLACK, `inside top/bottom: ${where}`);
    }
  }
  return text;
}

test('汇总表: every line inside the text block; every township and item is there', () => {
  const text = assertInBlock('summary');
  for (const r of matrix.rows) assert.ok(text.includes(r.unitName), r.unitName);
  // A table cell wraps, and its lines interleave with the next cell's: the start of each item is there.
  for (const c of matrix.columns) assert.ok(text.includes(c.title.slice(0, 4)), c.title);
  assert.ok(pages.summary.length >= 2, 'two tables over more than one page');
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
