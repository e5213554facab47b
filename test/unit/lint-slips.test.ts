import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix } from '../../electron/core/lint/index.ts';
import { sectionByKey, soundReport } from './check-fixture.ts';
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

  test('a doubled two-character word is caught', () => {
    const f = ruleOn('doubled', { study: '青石镇推进推进法治宣传6次。' });
    assert.equal(f.length, 1);
    assert.match(f[0].message, /“推进推进”重复/);
  });

  test('reduplication and word boundaries are not slips', () => {
    const text =
      '青石镇常常开展学法，人人参与，层层压实责任，天天值守，的的确确做到和和美美；镇委员会会议学习习近平法治思想6次，研究研究了12件。';
    assert.deepEqual(ruleOn('doubled', { study: text }), []);
    // An ellipsis and a dash are one mark written twice on purpose.
    assert.deepEqual(ruleOn('doubled', { study: '开展“送法下乡”等活动……共6次——覆盖全镇。' }), []);
  });
});
