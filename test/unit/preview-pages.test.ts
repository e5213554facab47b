import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEXT_BLOCK } from '../../electron/core/layout.ts';
import { planDocument } from '../../electron/core/page-plan.ts';
import { countLines, paginate, WORD_READING } from '../../electron/core/pagination.ts';
import {
  draftFooterText,
  fillPages,
  formatStamp,
  layoutPages,
  splitLines,
  textLineCounts,
} from '../../renderer/preview-pages.ts';
import {
  demoReport,
  elementsReport,
  longReport,
  signaturePushedReport,
  bodyParagraph,
} from '../fixtures/docx-reports.ts';

const reports = () =>
  [
    ['demo', demoReport()],
    ['long', longReport(10)],
    ['elements', elementsReport(false)],
    ['sealed', elementsReport(true)],
    ...[9, 11, 13].map((k) => [`pushed${k}`, signaturePushedReport(k)] as const),
  ] as const;

const body = bodyParagraph;

test('the preview breaks every paragraph into as many lines as the pagination estimate counts, keeping all the text', () => {
  for (const hangingPunctuation of [false, true]) {
    const options = { hangingPunctuation, autoSpace: false, portionSpacing: false };
    for (const [name, report] of reports()) {
      for (const p of planDocument(report, { boldHeadings: false })) {
        const lines = splitLines(p, options);
        assert.equal(lines.length, countLines(p, options), `${name}: «${p.texts.join('').slice(0, 20)}»`);
        assert.equal(lines.map((l) => l.text + l.hang).join(''), p.texts.join(''));
      }
    }
  }
});

test('full lines of Chinese hold 26 characters after the first-line indent and 28 after; closing marks never start a line', () => {
  const text = '坚持把法治政府建设摆在全局工作的突出位置，'.repeat(8);
  const lines = splitLines(body(text), { hangingPunctuation: false, autoSpace: false, portionSpacing: false });
  assert.equal([...lines[0].text].length, 26);
  assert.ok(lines.slice(1, -1).every((l) => [...l.text].length <= TEXT_BLOCK.charsPerLine));
  assert.ok(
    lines.slice(1).every((l) => !/^[，。、；：）》”]/.test(l.text)),
    'no closing mark first',
  );
  assert.equal(lines[0].left, 640);
  assert.equal(lines[1].left, 0);
  assert.equal(lines[1].width, TEXT_BLOCK.widthTwips);
  // With hanging punctuation a comma that does not fit hangs past the margin instead of pulling a character down.
  const hung = splitLines(body('一'.repeat(26) + '，' + '二'.repeat(5)), {
    hangingPunctuation: true,
    autoSpace: false,
    portionSpacing: false,
  });
  assert.deepEqual(
    hung.map((l) => [l.text, l.hang]),
    [
      ['一'.repeat(26), '，'],
      ['二'.repeat(5), ''],
    ],
  );
  const pulled = splitLines(body('一'.repeat(26) + '，' + '二'.repeat(5)), {
    hangingPunctuation: false,
    autoSpace: false,
    portionSpacing: false,
  });
  assert.deepEqual(
    pulled.map((l) => l.text),
    ['一'.repeat(25), '一，' + '二'.repeat(5)],
  );
});

test('pages hold the lines where paginate() puts the paragraphs: 22 rows, the page count of paginate()', () => {
  for (const [name, report] of reports()) {
    const plan = planDocument(report, { boldHeadings: false });
    const layout = layoutPages(plan);
    assert.equal(layout.pages.length, paginate(plan, WORD_READING).pages, name);
    for (const page of layout.pages) {
      const rows = page.lines.map((l) => l.row);
      assert.equal(new Set(rows).size, rows.length, `${name} p${page.number}: one line a row`);
      assert.ok(rows.every((r) => r >= 0 && r < TEXT_BLOCK.linesPerPage));
    }
    assert.equal(textLineCounts(layout).length, layout.pages.length);
  }
});

test('checklist blocks are dealt onto pages in order, a table header repeated where a table continues', () => {
  assert.deepEqual(fillPages([40, 30, 30, 50], 100), [[0, 1, 2], [3]]);
  assert.deepEqual(fillPages([120, 10], 100), [[0], [1]], 'a block taller than a page gets its own');
  // Block 2 starts page 2 inside a table: its 15-high header is repeated, so block 3 no longer fits beside it.
  assert.deepEqual(
    fillPages([50, 45, 50, 40], 100, (i) => (i >= 1 ? 15 : 0)),
    [[0, 1], [2], [3]],
  );
});

test('draft footer: print time and last-saved time, local, to the minute', () => {
  assert.equal(formatStamp(new Date(2026, 0, 5, 9, 3)), '2026-01-05 09:03');
  assert.equal(formatStamp('not a date'), '');
  assert.equal(formatStamp(''), '');
  const text = draftFooterText(new Date(2026, 0, 5, 9, 3), new Date(2026, 0, 4, 17, 20).toISOString());
  assert.equal(text, '草稿　打印时间 2026-01-05 09:03　最后保存 2026-01-04 17:20');
  assert.match(draftFooterText(new Date(2026, 0, 5, 9, 3), ''), /最后保存 未保存$/);
});
