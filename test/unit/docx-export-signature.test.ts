import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BODY_ADVANCE_TWIPS, SIGNATURE, TEXT_BLOCK } from '../../electron/core/layout.ts';
import { textWidthTwips } from '../../electron/core/text-width.ts';
import { unsealedSignatureLayout } from '../../electron/core/signature-layout.ts';
import { elementsReport, longReport } from '../fixtures/docx-reports.ts';
import { attr, exportParts, paragraphs } from './docx-parts.ts';

test('unsealed signature (7.3.5.2): one blank line, unit right-indented 2 characters, date starting 2 characters right of the unit', async () => {
  const r = elementsReport(false);
  r.signature.units = ['禄劝彝族苗族自治县汤郎乡人民政府'];
  const paras = paragraphs((await exportParts(r))['word/document.xml']);
  const u = paras.length - 2;
  const [blank, unit, date] = paras.slice(u - 1);
  assert.equal(blank.text, '');
  assert.match(blank.pPr, /<w:keepNext\/>/);
  assert.equal(paras[u - 2].text, '2.汤郎乡法律顾问服务情况统计表', 'only one blank line above');
  assert.equal(unit.text, '禄劝彝族苗族自治县汤郎乡人民政府');
  assert.equal(date.text, '2025年1月15日');
  assert.match(unit.pPr, /<w:keepNext\/>/);
  const unitLeft = Number(attr(unit.pPr, 'ind', 'left'));
  const dateLeft = Number(attr(date.pPr, 'ind', 'left'));
  // Unit ends two characters from the right edge; 16 Chinese characters at 315 twips each.
  assert.equal(TEXT_BLOCK.widthTwips - unitLeft - 16 * BODY_ADVANCE_TWIPS, 640);
  assert.equal(dateLeft - unitLeft, 2 * BODY_ADVANCE_TWIPS);
  for (const p of [unit, date]) assert.equal(attr(p.pPr, 'jc', 'val'), 'left');
});

test('unsealed signature: a date longer than the unit is right-aligned two characters from the margin and moves the units left', async () => {
  const date = '2025年12月15日';
  const { unitLeft, dateLeft, dateRight } = unsealedSignatureLayout(['中共汤郎乡委员会', '汤郎乡人民政府'], date);
  assert.equal(dateLeft - unitLeft, 2 * BODY_ADVANCE_TWIPS);
  assert.equal(dateRight, SIGNATURE.unsealedDateMinRightChars * 320);
  // The units move left so that the date's first character stays two characters right of theirs.
  assert.equal(TEXT_BLOCK.widthTwips - dateRight - textWidthTwips(date) - 2 * BODY_ADVANCE_TWIPS, unitLeft);
  const unitRight = TEXT_BLOCK.widthTwips - unitLeft - 8 * BODY_ADVANCE_TWIPS;
  assert.ok(unitRight > 640, 'unit moved left of the two-character position');
  // In the file the date is right-aligned with a two-character right indent: exact whatever the digits' width.
  const r = elementsReport(false);
  r.signature = { units: ['汤郎乡人民政府'], date: '2025-12-15', sealed: false };
  const [unit, dateP] = paragraphs((await exportParts(r))['word/document.xml']).slice(-2);
  assert.equal(dateP.text, date);
  assert.equal(attr(dateP.pPr, 'jc', 'val'), 'right');
  assert.equal(attr(dateP.pPr, 'ind', 'right'), '640');
  assert.equal(attr(unit.pPr, 'jc', 'val'), 'left');
  const left = Number(attr(unit.pPr, 'ind', 'left'));
  assert.equal(left, TEXT_BLOCK.widthTwips - 640 - Math.round(textWidthTwips(date)) - 2 * BODY_ADVANCE_TWIPS);
  // A date no longer than the unit keeps its left indent (the first test).
  assert.equal(unsealedSignatureLayout(['禄劝彝族苗族自治县汤郎乡人民政府'], '2025年1月15日').dateRight, null);
});

test('unsealed signature with two units: both stand at the same starting position, the date two characters to the right', async () => {
  const paras = paragraphs((await exportParts(longReport(1)))['word/document.xml']);
  const [u1, u2, date] = paras.slice(-3);
  assert.equal(u1.text, '中共汤郎乡委员会');
  assert.equal(u2.text, '汤郎乡人民政府');
  assert.equal(attr(u1.pPr, 'ind', 'left'), attr(u2.pPr, 'ind', 'left'));
  // 2025年1月15日 two characters right of 中共汤郎乡委员会 would end nearer the margin than two characters: the date
  // is right-indented two characters and the units stand two characters left of its first character.
  assert.equal(attr(date.pPr, 'jc', 'val'), 'right');
  assert.equal(attr(date.pPr, 'ind', 'right'), '640');
  const dateLeft = TEXT_BLOCK.widthTwips - 640 - textWidthTwips('2025年1月15日');
  assert.equal(Number(attr(u1.pPr, 'ind', 'left')), Math.round(dateLeft - 630));
  assert.match(u1.pPr, /<w:keepNext\/>/);
  assert.match(u2.pPr, /<w:keepNext\/>/);
});

test('sealed signature (7.3.5.1): date right-indented 4 characters, unit centred over the date, two blank lines for the seal', async () => {
  const paras = paragraphs((await exportParts(elementsReport(true)))['word/document.xml']);
  const [b1, b2, unit, date] = paras.slice(-4);
  assert.deepEqual([b1.text, b2.text], ['', '']);
  for (const b of [b1, b2]) assert.match(b.pPr, /<w:keepNext\/>/);
  assert.equal(date.text, '2025年1月15日');
  assert.equal(attr(date.pPr, 'jc', 'val'), 'right');
  assert.equal(attr(date.pPr, 'ind', 'right'), '1280');
  assert.equal(unit.text, '汤郎乡人民政府');
  assert.equal(attr(unit.pPr, 'jc', 'val'), 'right');
  const unitRight = Number(attr(unit.pPr, 'ind', 'right'));
  const centreOfDate = 1280 + textWidthTwips('2025年1月15日') / 2;
  const centreOfUnit = unitRight + (7 * BODY_ADVANCE_TWIPS) / 2;
  assert.ok(Math.abs(centreOfDate - centreOfUnit) <= 1, `unit centre ${centreOfUnit} vs date centre ${centreOfDate}`);
});

test('sealed signature with two units: side by side on one line, the second centred over the date', async () => {
  const r = elementsReport(true);
  r.signature.units = ['中共汤郎乡委员会', '汤郎乡人民政府'];
  const paras = paragraphs((await exportParts(r))['word/document.xml']);
  const [pair, date] = paras.slice(-2);
  assert.equal(pair.text, '中共汤郎乡委员会汤郎乡人民政府');
  assert.equal((pair.xml.match(/<w:tab\/>/g) ?? []).length, 2);
  const tabs = [...pair.pPr.matchAll(/<w:tab w:val="center" w:pos="(\d+)"\/>/g)].map((m) => Number(m[1]));
  assert.equal(tabs.length, 2);
  const dateCentre = TEXT_BLOCK.widthTwips - 1280 - textWidthTwips('2025年1月15日') / 2;
  assert.ok(Math.abs(tabs[1] - dateCentre) <= 1, `second unit centre ${tabs[1]} vs date centre ${dateCentre}`);
  assert.ok(tabs[0] < tabs[1], 'first unit left of the second');
  assert.equal(attr(date.pPr, 'ind', 'right'), '1280');
});
