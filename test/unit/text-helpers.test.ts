import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { hasFigure } from '../../electron/core/text/figures.ts';
import { periodMentions } from '../../electron/core/text/periods.ts';
import {
  CN_NUMERALS,
  chineseNumeral,
  chineseYear,
  hanCount,
  hasChineseIn,
  isCJKCode,
  isFullWidthCode,
  isHanChar,
  isHanCode,
  parseChineseNumeral,
  parseChineseYear,
} from '../../electron/core/text/chinese.ts';
import { deadlineIso, deadlineText, deadlines, lastMonthBefore } from '../../electron/core/deadlines.ts';

describe('text helpers', () => {
  test('hasFigure', () => {
    assert.ok(hasFigure('共办理案件12件'));
    assert.ok(hasFigure('成功率98.5%'));
    assert.ok(hasFigure('0件'));
    assert.ok(!hasFigure('2024年以来'));
    assert.ok(!hasFigure('1月15日'));
    assert.ok(!hasFigure('第3次'));
    assert.ok(!hasFigure('厅字〔2019〕28号'));
    assert.ok(!hasFigure('《法治政府建设实施纲要（2021—2025年）》'));
    assert.ok(!hasFigure('“两个确立”“四个意识”'));
  });
  test('periodMentions', () => {
    assert.deepEqual(
      periodMentions('2018年以来，未发生').map((p) => [p.year, p.kind]),
      [[2018, 'since']],
    );
    assert.deepEqual(
      periodMentions('2019—2023年共调解').map((p) => [p.year, p.endYear]),
      [[2019, 2023]],
    );
    assert.deepEqual(periodMentions('依据《纲要（2021—2025年）》'), []);
    assert.deepEqual(
      periodMentions('。2023年，我乡').map((p) => p.kind),
      ['lead'],
    );
  });
});

describe('Chinese characters and numerals', () => {
  test('character classes: Han, full-width punctuation, Chinese context', () => {
    const code = (s: string) => s.charCodeAt(0);
    for (const ch of ['法', '㐀', '豈']) assert.ok(isHanCode(code(ch)), ch);
    for (const ch of ['，', '。', '（', '、']) assert.ok(!isHanCode(code(ch)) && isFullWidthCode(code(ch)), ch);
    for (const ch of ['“', '”', '—', '…', '·', '法', '，']) assert.ok(isCJKCode(code(ch)), ch);
    for (const ch of ['a', '1', ',', '(', ' ', '\uE000']) assert.ok(!isCJKCode(code(ch)), ch);
    assert.ok(hasChineseIn('ab法cd', 0, 5));
    assert.ok(hasChineseIn('ab，cd', 0, 5));
    assert.ok(!hasChineseIn('ab“c”', 0, 5), 'quotes alone are not Chinese content');
    assert.ok(!hasChineseIn('ab法cd', 3, 5));
    assert.ok(isHanChar('〇') && isHanChar('𠀀') && !isHanChar('，') && !isHanChar('法治'));
    assert.equal(hanCount('法治 2024 年度，报告'), 6);
  });

  test('numerals: 一 … 九十九, and back', () => {
    const cases: Array<[string, number]> = [
      ['一', 1],
      ['两', 2],
      ['十', 10],
      ['十二', 12],
      ['二十', 20],
      ['二十三', 23],
      ['九十九', 99],
    ];
    for (const [s, n] of cases) assert.equal(parseChineseNumeral(s), n, s);
    for (const s of ['', '〇', '零', '十〇', '一二', '百', '二十三四', 'x'])
      assert.ok(Number.isNaN(parseChineseNumeral(s)), s);
    assert.deepEqual([1, 2, 10, 11, 0].map(chineseNumeral), ['一', '二', '十', '11', '0']);
    assert.equal(CN_NUMERALS.length, 10);
    assert.equal(chineseYear(2024), '二〇二四');
    assert.equal(parseChineseYear('二〇二四'), 2024);
    assert.equal(parseChineseYear('二○二五'), 2025);
    assert.ok(Number.isNaN(parseChineseYear('二〇二')) && Number.isNaN(parseChineseYear('二〇两四')));
  });
});

describe('deadlines (assets/deadlines.json)', () => {
  test('filing and publication dates fall in the year after the report year', () => {
    assert.equal(deadlineIso(2024, deadlines.filing), '2025-03-01');
    assert.equal(deadlineText(2024, deadlines.filing), '2025年3月1日');
    assert.equal(deadlineIso(2024, deadlines.publication), '2025-04-01');
    assert.equal(lastMonthBefore(deadlines.filing), 2);
    assert.equal(lastMonthBefore({ month: 3, day: 15, description: 'x' }), 3);
  });
});
