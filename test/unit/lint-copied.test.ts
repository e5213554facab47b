import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { similarity } from '../../electron/core/lint/index.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { makeReport, sectionByKey, soundReport } from './check-fixture.ts';
import { byRule } from './lint-fixture.ts';

describe('照搬上年', () => {
  const para =
    '在房屋土地征收、社会保障、环境保护等矛盾纠纷相对高发领域，建立矛盾纠纷排查调处机制，坚持每月收集矛盾排查线索并及时化解，全年调处纠纷56件。';

  test('similarity: identical after normalising → 1; one character changed in a long paragraph ≥ 0.9; different → low', () => {
    assert.equal(similarity(para, para.replace(/，/g, ',')), 1);
    assert.ok(similarity(para, para.replace('每月', '每周')) >= 0.9);
    assert.ok(similarity(para, para.replace('56', '61')) < 0.9, 'a changed figure is a change');
    assert.ok(similarity(para, '开展普法宣传活动28场次，发放资料5700份。') < 0.2);
    assert.equal(similarity('', 'abc'), 0);
  });

  test('a paragraph identical to last year → 完全相同', () => {
    const prev = soundReport({ disputes: para }, { year: 2023 });
    const cur = soundReport({ disputes: para });
    const f = byRule(cur, 'copied', { previous: prev }).filter((x) => x.sectionId === sectionByKey(cur, 'disputes').id);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /完全相同/);
    assert.match(f[0].message, /一、（二）第1段/);
  });

  test('nearly identical (Jaccard ≥ 0.9) → 几乎相同; rewritten → nothing; no previous → nothing', () => {
    const prev = soundReport({ disputes: para }, { year: 2023 });
    const inDisputes = (r: Report, previous?: Report) =>
      byRule(r, 'copied', { previous }).filter((x) => x.sectionId === sectionByKey(r, 'disputes').id);
    const near = inDisputes(soundReport({ disputes: para.replace('每月', '每周') }), prev);
    assert.equal(near.length, 1);
    assert.match(near[0].message, /几乎相同（相似度9\d%）/);
    const other = soundReport({ disputes: '全年调处矛盾纠纷61件，调解成功率98%，新建调解室3个，培训调解员40人次。' });
    assert.equal(inDisputes(other, prev).length, 0);
    assert.equal(byRule(soundReport({ disputes: para }), 'copied').length, 0);
  });

  test('short paragraphs are not compared', () => {
    const prev = makeReport({ disputes: '调处纠纷12件。' }, { year: 2023 });
    assert.equal(byRule(makeReport({ disputes: '调处纠纷12件。' }), 'copied', { previous: prev }).length, 0);
  });

  test("a paragraph carried over and never edited is flagged even without last year's report", () => {
    const r = soundReport({ disputes: para });
    sectionByKey(r, 'disputes').paragraphs[0].inherited = true;
    const f = byRule(r, 'copied');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /带入/);
  });
});
