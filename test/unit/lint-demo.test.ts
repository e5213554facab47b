import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes } from '../../electron/core/lint/index.ts';
import { demoReport, sectionByKey } from './check-fixture.ts';
import { lint } from './lint-fixture.ts';

describe('the demo report (seed findings, DOMAIN.md §6)', () => {
  const demo = demoReport();
  const findings = lint(demo);

  test('"2018年以来" is flagged as the reporting period', () => {
    const f = findings.filter((x) => x.rule === 'year-period');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /2018年以来/);
    assert.equal(f[0].section, '一、（七）4.');
    assert.equal(f[0].paragraphId, 'demo-p-17');
  });

  test('法治审核 is flagged against 法制审核 (mixed)', () => {
    const f = findings.filter((x) => x.rule === 'fazhi');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /法治审核.*法制审核/);
    assert.match(f[0].message, /混用/);
    assert.equal(f[0].paragraphId, 'demo-p-6');
    assert.deepEqual([f[0].fix!.from, f[0].fix!.to], ['法治审核', '法制审核']);
  });

  test('专武独断 is flagged', () => {
    const f = findings.filter((x) => x.rule === 'proofread');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /专武独断.*独断专行/);
    assert.equal(f[0].paragraphId, 'demo-p-6');
  });

  test('the empty 第一责任人 section and the plan without 2025 are flagged', () => {
    assert.equal(findings.filter((x) => x.rule === 'section-empty').length, 1);
    assert.match(findings.find((x) => x.rule === 'section-empty')!.message, /第一责任人/);
    assert.equal(findings.filter((x) => x.rule === 'year-plan').length, 1);
  });

  test('no other kind of finding than those the sample deserves', () => {
    const rules = [...new Set(findings.map((f) => f.rule))].sort();
    assert.deepEqual(rules, [
      'fazhi',
      'no-figure',
      'out-of-scope',
      'proofread',
      'punctuation',
      'section-empty',
      'year-period',
      'year-plan',
      'year-section',
    ]);
    assert.deepEqual(
      findings.filter((f) => f.rule === 'no-figure').map((f) => f.section),
      ['一、（二）', '一、（三）', '一、（六）'],
    );
    assert.deepEqual(
      findings.filter((f) => f.rule === 'out-of-scope').map((f) => f.paragraphId),
      ['demo-p-5'],
    );
  });

  test('applying every fix leaves no punctuation or 必改 finding and keeps the rest', () => {
    const fixed = applyFixes(demo, findings);
    const after = lint(fixed);
    assert.ok(!after.some((f) => f.rule === 'punctuation' || f.grade === '必改'));
    assert.equal(after.filter((f) => f.rule === 'year-period').length, 1);
    assert.match(sectionByKey(fixed, 'decisions').paragraphs[0].text, /杜绝个人意志独断专行。/);
    assert.match(sectionByKey(fixed, 'decisions').paragraphs[0].text, /法制审核依法规范明确/);
    // 28(场)次 → 28（场）次, 210.16 untouched
    const text = JSON.stringify(fixed);
    assert.match(text, /28（场）次/);
    assert.match(text, /210\.16平方公里/);
  });
});
