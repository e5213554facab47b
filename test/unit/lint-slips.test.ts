import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix } from '../../electron/core/lint/index.ts';
import { makeReport, sectionByKey, soundReport } from './check-fixture.ts';
import { byRule, ruleOn } from './lint-fixture.ts';

describe('doubled words and marks', () => {
  test('a doubled mark or function character → warning with a fix that keeps one', () => {
    const r = soundReport({ disputes: '青石镇调处纠纷12件，，成功率98%。。走访的的群众120户。' });
    const f = byRule(r, 'doubled');
    assert.deepEqual(
      f.map((x) => [x.fix!.from, x.fix!.to]),
      [
        ['，，', '，'],
        ['。。', '。'],
        ['的的', '的'],
      ],
    );
    let fixed = r;
    for (const x of f) fixed = applyFix(fixed, x);
    assert.equal(
      sectionByKey(fixed, 'disputes').paragraphs[0].text,
      '青石镇调处纠纷12件，成功率98%。走访的群众120户。',
    );
  });

  test('a run of one mark is one finding, fixed to a single mark', () => {
    const r = soundReport({ disputes: '青石镇调处纠纷12件。。。走访群众120户。' });
    const f = byRule(r, 'doubled');
    assert.equal(f.length, 1);
    assert.deepEqual([f[0].fix!.from, f[0].fix!.to], ['。。。', '。']);
  });

  test('reduplication and word boundaries are not slips', () => {
    const text =
      '青石镇常常开展学法，人人参与，层层压实责任，天天值守，的的确确做到和和美美；镇委员会会议学习习近平法治思想6次，共12件。';
    assert.deepEqual(ruleOn('doubled', { study: text }), []);
    // An ellipsis and a dash are one mark written twice on purpose.
    assert.deepEqual(ruleOn('doubled', { study: '开展“送法下乡”等活动……共6次——覆盖全镇。' }), []);
  });
});

describe('year ranges', () => {
  test('a year range with a hyphen → warning with a fix to the 一字线', () => {
    const r = soundReport({ study: '学习《青石镇法治建设规划(2021-2025年)》6次。' });
    const f = byRule(r, 'year-range');
    assert.equal(f.length, 1);
    assert.deepEqual([f[0].fix!.from, f[0].fix!.to], ['2021-2025', '2021—2025']);
    assert.match(f[0].message, /一字线/);
    const fixed = applyFix(r, f[0]);
    assert.match(sectionByKey(fixed, 'study').paragraphs.at(-1)!.text, /2021—2025年/);
  });

  test('dates, 文号, phone numbers, 浪纹线 and backwards pairs are left alone', () => {
    const text = '于2024-05-01印发，编号2023-2021，电话0871-2024123，规划期2021～2025年，2021—2025年，共6次。';
    assert.deepEqual(ruleOn('year-range', { study: text }), []);
  });
});

describe('unit words of the other kind', () => {
  test('a 乡 report calling itself a 镇 → warning with a fix; 乡镇 is not a slip', () => {
    // The fixture unit is 测试乡.
    const r = soundReport({ disputes: '立足镇域实际，全镇调处纠纷12件，各乡镇政府协同。' });
    const f = byRule(r, 'unit-word');
    assert.deepEqual(
      f.map((x) => [x.fix!.from, x.fix!.to]),
      [
        ['镇域', '乡域'],
        ['全镇', '全乡'],
      ],
    );
    assert.match(f[0].message, /测试乡/);
  });

  test('a 镇 report calling itself a 乡 is caught the same way; the own words are fine', () => {
    const r = soundReport({ disputes: '立足乡域实际，我镇调处纠纷12件。' });
    r.unitName = '青石镇';
    // The rest of the fixture is written for a 乡: only the section under test is looked at.
    const disputes = sectionByKey(r, 'disputes').id;
    assert.deepEqual(
      byRule(r, 'unit-word')
        .filter((x) => x.sectionId === disputes)
        .map((x) => x.fix!.to),
      ['镇域'],
    );
    assert.deepEqual(ruleOn('unit-word', { disputes: '立足乡域实际，全乡调处纠纷12件。' }), []);
  });
});

test('with no unit name, the kind the report mostly calls itself is its own', () => {
  const r = makeReport({ disputes: '全镇调处纠纷12件，镇党委研究6次，立足乡域实际。' }, { formalities: false });
  r.unitName = '';
  r.preamble = '';
  const f = byRule(r, 'unit-word');
  assert.deepEqual(
    f.map((x) => x.fix!.to),
    ['镇域'],
  );
  assert.match(f[0].message, /以“镇”自称/);
});
