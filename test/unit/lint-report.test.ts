import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  LINT_REGISTRY,
  LINT_RULES,
  lintView,
  runRules,
  type LintRule,
  type LintRuleModule,
} from '../../electron/core/lint/index.ts';
import { forgetLineFindings } from '../../electron/core/lint/line-memo.ts';
import { pushUnit } from '../../electron/core/lint/emit.ts';
import { buildView } from '../../electron/core/text/report-view.ts';
import { demoReport, sectionByKey, soundReport } from './check-fixture.ts';
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

describe('the rule registry', () => {
  test('ids are unique, every rule has a Chinese label, and LINT_RULES lists exactly the registry', () => {
    const ids = LINT_REGISTRY.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of LINT_REGISTRY) assert.match(r.label, /[\u4e00-\u9fff]/, r.id);
    assert.deepEqual(Object.keys(LINT_RULES), ids);
    for (const r of LINT_REGISTRY) assert.equal(LINT_RULES[r.id], r.label);
  });

  test('every finding names a rule the filters know', () => {
    const findings = lint(demoReport(), { previous: demoReport() });
    assert.ok(findings.length > 0);
    for (const f of findings) assert.ok(f.rule in LINT_RULES, f.rule);
  });

  test('rules run in registry order, and a rule appended to the list runs and reports', () => {
    const calls: string[] = [];
    const spied: LintRuleModule[] = LINT_REGISTRY.map((r) => ({
      ...r,
      run: (ctx) => {
        calls.push(r.id);
        r.run(ctx);
      },
    }));
    const extra: LintRuleModule = {
      id: 'extra',
      label: '附加规则',
      run: (ctx) => {
        calls.push('extra');
        const i = ctx.view.units.findIndex((u) => u.field === 'title');
        pushUnit(ctx, i, {
          rule: 'extra' as LintRule,
          severity: 'info',
          at: 0,
          length: 2,
          message: '附加规则的发现。',
        });
      },
    };
    const r = demoReport();
    // A per-line rule runs only on lines changed since the last check of the report: forget that check.
    forgetLineFindings();
    const findings = runRules(buildView(r), [...spied, extra]);
    assert.deepEqual(calls, [...LINT_REGISTRY.map((x) => x.id), 'extra']);
    // The appended rule's finding is there, in document order (the title comes first), and the rest are unchanged.
    assert.equal(findings[0].rule, 'extra');
    assert.deepEqual(
      findings.filter((f) => f.rule !== ('extra' as LintRule)),
      lintView(buildView(r)),
    );
  });
});
