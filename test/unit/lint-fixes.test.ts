import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, applyFixes } from '../../electron/core/lint/index.ts';
import { sectionByKey, soundReport } from './check-fixture.ts';
import { byRule, lint } from './lint-fixture.ts';

describe('applyFix', () => {
  test('returns a new report with the fix applied; the input is unchanged', () => {
    const r = soundReport({ decisions: '杜绝个人意志专武独断，审查合同12件。' });
    const before = JSON.stringify(r);
    const f = byRule(r, 'proofread')[0];
    const fixed = applyFix(r, f);
    assert.notEqual(fixed, r);
    assert.equal(JSON.stringify(r), before);
    assert.equal(sectionByKey(fixed, 'decisions').paragraphs[0].text, '杜绝个人意志独断专行，审查合同12件。');
    assert.equal(byRule(fixed, 'proofread').length, 0);
  });

  test('a finding without a fix, or whose text is gone, returns the same report', () => {
    const r = soundReport({ disputes: '开展排查4余次，调处12件。' });
    const yu = byRule(r, 'yu-after-digit')[0];
    assert.equal(applyFix(r, yu), r);
    const r2 = soundReport({ decisions: '专武独断，审查合同12件。' });
    const f = byRule(r2, 'proofread')[0];
    sectionByKey(r2, 'decisions').paragraphs[0].text = '审查合同12件。';
    assert.equal(applyFix(r2, f), r2);
  });

  test('a fix still applies after the text before it changed (nearest occurrence)', () => {
    const r = soundReport({ decisions: '杜绝专武独断，审查合同12件。' });
    const f = byRule(r, 'proofread')[0];
    sectionByKey(r, 'decisions').paragraphs[0].text = '坚持民主集中制，杜绝专武独断，审查合同12件。';
    const fixed = applyFix(r, f);
    assert.equal(sectionByKey(fixed, 'decisions').paragraphs[0].text, '坚持民主集中制，杜绝独断专行，审查合同12件。');
  });

  test('a punctuation fix is recomputed when its line was edited since', () => {
    const r = soundReport({ disputes: '调处纠纷12件,成功率98%。' });
    const f = byRule(r, 'punctuation')[0];
    sectionByKey(r, 'disputes').paragraphs[0].text = '全年调处纠纷12件,成功率98%。';
    const fixed = applyFix(r, f);
    assert.equal(sectionByKey(fixed, 'disputes').paragraphs[0].text, '全年调处纠纷12件，成功率98%。');
  });

  test('fixes in multi-line fields land on the right line', () => {
    const r = soundReport({}, { preamble: '第一段导语。\n  第二段,导语2025-01-05。' });
    const f = lint(r).filter((x) => x.field === 'preamble');
    assert.deepEqual(
      f.map((x) => [x.rule, x.paragraph]),
      [
        ['punctuation', 2],
        ['date-format', 2],
      ],
    );
    const fixed = applyFixes(r, f);
    assert.equal(fixed.preamble, '第一段导语。\n  第二段，导语2025年1月5日。');
  });

  test('a title fix turns off the automatic title', () => {
    const r = soundReport({}, { title: '测试乡2024年度法治政府建设工作情况报告(送审稿)' });
    r.titleAuto = true;
    const f = byRule(r, 'punctuation')[0];
    const fixed = applyFix(r, f);
    assert.equal(fixed.title, '测试乡2024年度法治政府建设工作情况报告（送审稿）');
    assert.equal(fixed.titleAuto, false);
  });

  test('applyFixes applies every mechanical fix of a paragraph; the lint is then clean of them', () => {
    const r = soundReport({ decisions: '于2025-01-15召开会议,杜绝专武独断;落实三项制度"法治审核",审查合同12件。' });
    const fixed = applyFixes(r, lint(r));
    assert.equal(
      sectionByKey(fixed, 'decisions').paragraphs[0].text,
      '于2025年1月15日召开会议，杜绝独断专行；落实三项制度“法制审核”，审查合同12件。',
    );
    assert.deepEqual(
      lint(fixed).map((f) => f.rule),
      [],
    );
  });
});
