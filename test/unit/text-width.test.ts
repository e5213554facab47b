import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FONT_SIZE, TEXT_BLOCK } from '../../electron/core/layout.ts';
import { textWidthTwips } from '../../electron/core/text-width.ts';
import { breakLines } from '../../electron/core/pagination.ts';
import { bodyParagraph } from '../fixtures/docx-reports.ts';

test('text widths: Chinese exact, digits half; a fifth of an em between them only in the LibreOffice reading', () => {
  assert.equal(textWidthTwips('汤郎乡人民政府'), 7 * 315);
  // Word with autoSpaceDE/DN off (what the export writes): no automatic space.
  assert.equal(textWidthTwips('2026年1月15日'), 3 * 315 + 7 * 155);
  assert.equal(textWidthTwips('2026年1月15日', FONT_SIZE.body, '', true), 3 * 315 + 7 * 155 + 5 * 64);
});

test('text widths scale with the size; the character before the text adds its automatic space where it is set', () => {
  // 2号 (22 pt): 440-twip em, the spacing stays −5 twips, the automatic space a fifth of an em (measured in LibreOffice 7.4: 3.2 pt at 16 pt).
  assert.equal(textWidthTwips('第1章', FONT_SIZE.title, '', true), 2 * 435 + 215 + 2 * 88);
  assert.equal(textWidthTwips('第1章', FONT_SIZE.title), 2 * 435 + 215);
  assert.equal(textWidthTwips('12', FONT_SIZE.body, '年', true), 2 * 155 + 64);
  assert.equal(textWidthTwips('12', FONT_SIZE.body, '年'), 2 * 155);
  assert.equal(textWidthTwips('年', FONT_SIZE.body, '，', true), 315);
});

test('the line breaker fills a line by the same widths the signature layout uses', () => {
  // 22 characters and a 7-digit number fit the first line (8204 twips after the indent); one more character does not.
  const first = '法'.repeat(22) + '1234567';
  const lines = breakLines(bodyParagraph(first + '法'.repeat(10)));
  const avail = TEXT_BLOCK.widthTwips - lines[0].left;
  assert.equal(lines[0].text, first);
  assert.ok(textWidthTwips(first) <= avail);
  assert.ok(textWidthTwips(first + '法') > avail);
});
