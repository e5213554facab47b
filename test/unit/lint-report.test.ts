import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { LINT_RULES } from '../../electron/core/lint/index.ts';
import { sectionByKey, soundReport } from './check-fixture.ts';
import { lint } from './lint-fixture.ts';

describe('a sound report', () => {
  test('has no findings at all', () => {
    const findings = lint(soundReport());
    assert.deepEqual(
      findings.map((f) => `${f.rule}: ${f.message}`),
      [],
    );
  });

  test('findings name section and paragraph, say why in Chinese, and have stable unique ids', () => {
    const r = soundReport({ disputes: ['建立矛盾纠纷排查调处机制，调处纠纷12件。', '全年4余次,开展排查。'] });
    const a = lint(r);
    const b = lint(structuredClone(r));
    assert.deepEqual(
      a.map((f) => f.id),
      b.map((f) => f.id),
    );
    assert.equal(new Set(a.map((f) => f.id)).size, a.length);
    const yu = a.find((f) => f.rule === 'yu-after-digit')!;
    assert.equal(yu.section, '一、（二）');
    assert.equal(yu.paragraph, 2);
    assert.equal(yu.paragraphId, sectionByKey(r, 'disputes').paragraphs[1].id);
    assert.match(yu.message, /余/);
    assert.match(yu.excerpt, /4余次/);
    for (const f of a) assert.ok(f.id.startsWith(`${f.rule}:`));
  });

  test('every rule has a Chinese name', () => {
    for (const name of Object.values(LINT_RULES)) assert.match(name, /[\u4e00-\u9fff]/);
  });
});
