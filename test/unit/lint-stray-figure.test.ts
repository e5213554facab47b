import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintReport } from '../../electron/core/lint/index.ts';
import { makeReport, sectionByKey } from './check-fixture.ts';

const stray = (text: string) =>
  lintReport(makeReport({ disputes: text }))
    .filter((f) => f.rule === 'stray-figure')
    .map((f) => f.message);

test('a figure after a sentence’s final 。 is found, with the figure named', () => {
  const found = stray('青石镇依法办理行政复议案件，没有被复议撤销的情况。36件');
  assert.equal(found.length, 1);
  assert.match(found[0], /“36件”/);
  assert.equal(stray('青石镇调处矛盾纠纷。12起。全年未发生群体性事件。').length, 1);
  assert.equal(stray('青石镇调处矛盾纠纷。 3.5万元').length, 1);
});

test('figures inside sentences, and sentences that begin with a figure, are not', () => {
  assert.deepEqual(stray('青石镇调处矛盾纠纷36件，调解成功率98%。'), []);
  assert.deepEqual(stray('全年调处纠纷。36件纠纷全部化解。'), []);
  assert.deepEqual(stray('一是加强学习。2024年共组织学法12次。'), []);
});

test('a statistic inserted after the 。 is found as printed, not as its token', () => {
  const r = makeReport({ enforcement: '青石镇规范执法。{{持证执法人员}}' });
  const stat = sectionByKey(r, 'enforcement').stats.find((s) => s.label === '持证执法人员');
  assert.ok(stat, 'the catalogue gives 行政执法 this statistic');
  stat.value = 21;
  const found = lintReport(r).filter((f) => f.rule === 'stray-figure');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /“21名”/);
});
