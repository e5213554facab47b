import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, applyFixes, lintReport } from '../../electron/core/lint/index.ts';
import { sectionByKey, soundReport } from './check-fixture.ts';
import { lint } from './lint-fixture.ts';

/** Three lines of 青石镇 text with half-width marks, two of them in one paragraph field. */
function halfWidthReport() {
  return soundReport({
    disputes: ['调处纠纷12件,成功率98%;群众满意。', '开展排查(每月一次)共12次。'],
    study: '学法6次:专题学法2次。',
  });
}

describe('grouped mechanical findings (全文 N 处…)', () => {
  test('half-width marks on several lines make one finding that lists every place', () => {
    const all = lint(halfWidthReport());
    const groups = all.filter((f) => f.rule === 'punctuation');
    assert.equal(groups.length, 1);
    const g = groups[0];
    assert.equal(g.id, 'punctuation:all');
    assert.equal(g.places?.length, 3);
    assert.match(g.message, /全文5处半角标点/);
    assert.match(g.message, /3行/);
    assert.equal(g.fix?.edits?.length, 3);
    // The group stands where its first place stands.
    assert.equal(g.paragraphId, g.places![0].paragraphId);
    assert.ok(g.places!.every((p) => p.rule === 'punctuation' && !p.places));
  });

  test('the group fix converts every place in one change; the input report is unchanged', () => {
    const r = halfWidthReport();
    const before = JSON.stringify(r);
    const g = lint(r).find((f) => f.rule === 'punctuation')!;
    const fixed = applyFix(r, g);
    assert.equal(JSON.stringify(r), before);
    const disputes = sectionByKey(fixed, 'disputes').paragraphs.map((p) => p.text);
    assert.ok(disputes.includes('调处纠纷12件，成功率98%；群众满意。'), disputes.join('|'));
    assert.ok(disputes.includes('开展排查（每月一次）共12次。'), disputes.join('|'));
    assert.ok(sectionByKey(fixed, 'study').paragraphs.some((p) => p.text === '学法6次：专题学法2次。'));
    assert.equal(lint(fixed).filter((f) => f.rule === 'punctuation').length, 0);
  });

  test('全部改正 over all findings applies the group with the rest', () => {
    const r = halfWidthReport();
    const fixed = applyFixes(r, lint(r));
    assert.equal(lint(fixed).filter((f) => f.rule === 'punctuation').length, 0);
  });

  test('one line alone stays an ordinary finding', () => {
    const f = lint(soundReport({ disputes: '调处纠纷12件,成功率98%。' })).filter((x) => x.rule === 'punctuation');
    assert.equal(f.length, 1);
    assert.equal(f[0].places, undefined);
    assert.equal(f[0].fix?.edits, undefined);
  });

  test('stray spaces are grouped the same way, and the fix removes them all', () => {
    const r = soundReport({ disputes: ['2024 年调处纠纷12件。', '走访群众 “120户”。'] });
    const g = lintReport(r).filter((f) => f.rule === 'stray-space');
    assert.equal(g.length, 1);
    assert.match(g[0].message, /全文2处多余空格/);
    const texts = sectionByKey(applyFix(r, g[0]), 'disputes').paragraphs.map((p) => p.text);
    assert.ok(texts.includes('2024年调处纠纷12件。') && texts.includes('走访群众“120户”。'), texts.join('|'));
  });
});
