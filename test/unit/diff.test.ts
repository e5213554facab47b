import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffTexts } from '../../electron/core/text/diff.ts';

const marked = (pieces: { text: string; changed: boolean }[]) =>
  pieces.map((p) => (p.changed ? `[${p.text}]` : p.text)).join('');

test('character differences are marked on both sides', () => {
  const { left, right } = diffTexts('2024年共开展普法活动28场次。', '2025年共开展普法活动35场次。');
  assert.equal(marked(left), '202[4]年共开展普法活动[28]场次。');
  assert.equal(marked(right), '202[5]年共开展普法活动[35]场次。');
});

test('identical texts have no marks; additions show only on the right', () => {
  assert.equal(marked(diffTexts('相同', '相同').right), '相同');
  const { left, right } = diffTexts('开展培训。', '开展培训。新增案卷评查。');
  assert.equal(marked(left), '开展培训。');
  assert.equal(marked(right), '开展培训。[新增案卷评查。]');
});

test('long texts fall back to sentence units (their time is in npm run bench, not here)', () => {
  const a = '本年度开展法治宣传活动。'.repeat(400);
  const b = a.replace(/宣传(?=活动。$)/, '教育') + '新增一句。';
  const { right } = diffTexts(a, b);
  // Character by character, only 教育 would be marked; sentence by sentence, the whole sentence is.
  assert.deepEqual(
    right.filter((p) => p.changed).map((p) => p.text),
    ['本年度开展法治教育活动。新增一句。'],
  );
});
