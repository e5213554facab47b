import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BODY_ADVANCE_TWIPS,
  CSS_LAYOUT,
  LINE_TWIPS,
  PAGE_NUMBER,
  MARGIN,
  TEXT_BLOCK,
} from '../../electron/core/layout.ts';
import { cssFontStacks, presetFonts } from '../../electron/core/fonts.ts';
import { twipsToMm } from '../../electron/core/units.ts';
import { planDocument, recipientLine, type PlannedParagraph } from '../../electron/core/page-plan.ts';
import { breakLines, countLines, paginate, signatureAloneWarning } from '../../electron/core/pagination.ts';
import { bodyParagraph, elementsReport } from '../fixtures/docx-reports.ts';

test('the grid adds up: 22 lines of 579 twips fill the block, 28 characters of 315 twips fit a line and 29 do not', () => {
  assert.equal(TEXT_BLOCK.widthTwips, 8844);
  assert.equal(TEXT_BLOCK.heightTwips, 12756);
  assert.ok(22 * LINE_TWIPS <= TEXT_BLOCK.heightTwips && 23 * LINE_TWIPS > TEXT_BLOCK.heightTwips, '22 lines');
  assert.ok(
    28 * BODY_ADVANCE_TWIPS <= TEXT_BLOCK.widthTwips && 29 * BODY_ADVANCE_TWIPS > TEXT_BLOCK.widthTwips,
    '28 characters',
  );
  assert.ok(Math.abs(twipsToMm(TEXT_BLOCK.widthTwips) - 156) < 0.05);
  assert.ok(Math.abs(twipsToMm(TEXT_BLOCK.heightTwips) - 225) < 0.05);
  assert.ok(
    MARGIN.footerTwips + PAGE_NUMBER.lineTwips <= MARGIN.bottomTwips,
    'the footer does not reach into the block',
  );
});

test('CSS values come from the same numbers', () => {
  assert.equal(CSS_LAYOUT.lineHeightPt, 28.95);
  assert.equal(CSS_LAYOUT.letterSpacingPt, -0.25);
  assert.deepEqual(CSS_LAYOUT.fontSizePt, { title: 22, body: 16, heading: 16, pageNumber: 14 });
  assert.equal(CSS_LAYOUT.firstLineIndentPt, 32);
  assert.equal(CSS_LAYOUT.pageNumber.dashMm, 269);
  for (const preset of ['windows', 'gb2312', 'uos'] as const) {
    const stacks = cssFontStacks(preset);
    for (const [role, stack] of Object.entries(stacks)) {
      assert.match(stack, /"Noto (Serif|Sans) CJK SC".*, (serif|sans-serif)$/, `${preset} ${role}`);
      assert.ok(
        stack.startsWith(`"${presetFonts(preset)[role as keyof typeof stacks]}"`),
        `${preset} ${role} starts with the Word font`,
      );
    }
  }
  assert.match(cssFontStacks('windows').body, /^"仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC"/);
  assert.match(cssFontStacks('windows', ['方正小标宋简体']).title, /^"方正小标宋简体", "FZXiaoBiaoSong-B05S", "宋体"/);
});

test('recipient line always ends with one full-width colon', () => {
  for (const s of ['县委、县政府', '县委、县政府:', '县委、县政府：', '县委、县政府 ： '])
    assert.equal(recipientLine(s), '县委、县政府：');
});

// ---------------------------------------------------------------------------------------------------------------

const body = (text: string) => bodyParagraph(text);

test('line count: 26 characters on the first line, 28 after; closing marks never start a line', () => {
  const han = (n: number) => '法'.repeat(n);
  assert.equal(countLines(body(han(26))), 1);
  assert.equal(countLines(body(han(27))), 2);
  assert.equal(countLines(body(han(26 + 28 * 3))), 4);
  assert.equal(countLines(body(han(26 + 28 * 3 + 1))), 5);
  // 26 characters then a full stop: without hanging the last character goes down with the stop ...
  assert.equal(countLines(body(han(26) + '。' + han(10))), 2);
  // ... with hanging (LibreOffice) the stop hangs, and a paragraph ending on it keeps one line.
  assert.equal(
    countLines(body(han(26) + '。'), { hangingPunctuation: true, autoSpace: false, portionSpacing: false }),
    1,
  );
  assert.equal(
    countLines(body(han(26) + '。'), { hangingPunctuation: false, autoSpace: false, portionSpacing: false }),
    2,
  );
  // A number is not split.
  assert.equal(countLines(body(han(25) + '2024年')), 2);
  // Half-width commas: 25 characters and two commas take 8185 of the first line's 8204 twips in Word. LibreOffice
  // leaves the −5 twips of spacing off the end of each of the five script portions: 8210, and 过 goes down.
  const commas = han(12) + ',' + han(12) + ',过';
  assert.deepEqual(
    breakLines(body(commas + han(3))).map((l) => l.text),
    [commas, han(3)],
  );
  const lo = { hangingPunctuation: false, autoSpace: false, portionSpacing: true };
  assert.deepEqual(
    breakLines(body(commas + han(3)), lo).map((l) => l.text),
    [commas.slice(0, -1), '过' + han(3)],
  );
  // LibreOffice's automatic space (a fifth of an em, 64 twips) is not set in front of a number that starts a
  // line: 16 digits, the space after them and 20 characters fill the 8844 twips exactly.
  const auto = { hangingPunctuation: false, autoSpace: true, portionSpacing: false };
  const digits = '1234567890123456';
  assert.deepEqual(
    breakLines(body(han(26) + digits + han(20)), auto).map((l) => l.text),
    [han(26), digits + han(20)],
  );
});

test('pagination: headings keep with their text; the 落款 alone on a page is reported', () => {
  const filler = (lines: number) => body('法'.repeat(26 + 28 * (lines - 1)));
  const heading: PlannedParagraph = { ...body('一、标题'), kind: 'heading', keepNext: true };
  const p = paginate([filler(21), heading, filler(3)]);
  assert.deepEqual(p.starts[1], { page: 2, row: 0 }, 'a heading on the last row moves to the next page');
  assert.equal(p.pages, 2);

  const plan = planDocument(elementsReport(false), { boldHeadings: false });
  const base = paginate(plan);
  assert.equal(base.signatureAlone, false);
  assert.equal(signatureAloneWarning(plan), null);
  // Fill the page exactly up to the 落款: it must move to a page of its own.
  const rowsBefore = base.starts[plan.findIndex((x) => x.kind === 'blank' && x.keepNext)].row;
  const pushed = [...plan];
  pushed.splice(
    plan.findIndex((x) => x.kind === 'blank' && x.keepNext),
    0,
    filler(22 - rowsBefore),
  );
  const moved = paginate(pushed);
  assert.equal(moved.signatureAlone, true);
  assert.equal(moved.pages, base.pages + 1);
  assert.match(signatureAloneWarning(pushed) ?? '', /单独排在最后一页/);
});
