import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { hasFigure } from '../../electron/core/text/figures.ts';
import { periodMentions } from '../../electron/core/text/periods.ts';

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
