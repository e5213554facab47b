import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  completeness,
  evaluateChecklist,
  validateMark,
  type ChecklistItemResult,
} from '../../electron/core/checklist/index.ts';
import { checkReport } from '../../electron/core/check.ts';
import { demoReport, makeReport } from './check-fixture.ts';
import { GENERIC, item } from './checklist-fixture.ts';

describe('marks', () => {
  test('已确认 overrides the computed state and keeps it', () => {
    // A 必写 item is confirmed only over some text of its own (marks-required.test.ts).
    const r = makeReport({ chief: '青石镇认真落实法治建设责任。' });
    r.marks = { chief: { state: 'confirmed', reason: '另有专报' } };
    const res = item(r, 'chief');
    assert.equal(res.state, 'confirmed');
    assert.equal(res.computedState, 'missing');
    assert.equal(res.markReason, '另有专报');
  });
  test('不适用 with a reason → na', () => {
    const r = makeReport();
    r.marks = { emergency: { state: 'na', reason: '本年度无突发事件' } };
    const res = item(r, 'emergency');
    assert.equal(res.state, 'na');
    assert.match(res.reason, /本年度无突发事件/);
  });
  test('不适用 without a reason is not applied and says why', () => {
    const r = makeReport();
    r.marks = { emergency: { state: 'na' }, digital: { state: 'na', reason: '  ' } };
    for (const id of ['emergency', 'digital']) {
      const res = item(r, id);
      assert.equal(res.state, 'missing');
      assert.match(res.reason, /理由/);
    }
  });
  test('validateMark', () => {
    assert.equal(validateMark({ state: 'confirmed' }), null);
    assert.equal(validateMark({ state: 'na', reason: '无此项工作' }), null);
    assert.match(validateMark({ state: 'na' })!, /不适用.*理由/);
    assert.match(validateMark({ state: 'na', reason: ' ' })!, /理由/);
    assert.match(validateMark({ state: 'bogus' } as never)!, /无效/);
    assert.match(validateMark(undefined)!, /无效/);
  });
});

describe('completeness', () => {
  const r = (
    level: 'M' | 'R' | 'O',
    state: ChecklistItemResult['state'],
    source: ChecklistItemResult['source'] = 'standard',
  ) =>
    ({
      id: 'x',
      title: 'x',
      level,
      state,
      computedState: 'missing',
      reason: '',
      sectionKeys: [],
      figures: null,
      cues: [],
      source,
    }) as ChecklistItemResult;

  test('weights M 3, R 2, O 1; partial earns half; na and missing optional items leave the sum', () => {
    assert.equal(completeness([]), 100);
    assert.equal(completeness([r('M', 'covered'), r('R', 'missing')]), 60);
    assert.equal(completeness([r('M', 'partial'), r('R', 'covered')]), 70);
    assert.equal(completeness([r('M', 'confirmed'), r('R', 'na')]), 100);
    assert.equal(completeness([r('M', 'covered'), r('O', 'missing')]), 100);
    assert.equal(completeness([r('M', 'missing'), r('O', 'covered')]), 25);
    assert.equal(completeness([r('R', 'covered', 'county'), r('R', 'missing', 'promise')]), 50);
  });

  test('a sound report scores higher than an empty one, within 0–100', () => {
    const empty = completeness(evaluateChecklist(makeReport({}, { formalities: false })));
    const full = completeness(
      evaluateChecklist(
        makeReport(
          Object.fromEntries(GENERIC.map((g) => [g.key, GENERIC.filter((h) => h.key === g.key).map((h) => h.covered)])),
        ),
      ),
    );
    assert.ok(empty >= 0 && empty < 10, String(empty));
    assert.ok(full > empty && full <= 100, String(full));
  });
});

describe('the demo report (seed findings, DOMAIN.md §6)', () => {
  const results = evaluateChecklist(demoReport());
  const state = (id: string) => results.find((x) => x.id === id)!;

  test('chief missing: only the slogan 主抓行政第一责任人', () => {
    assert.equal(state('chief').state, 'missing');
    assert.match(state('chief').reason, /主抓行政第一责任人/);
  });
  test('shortfalls partial: no 原因', () => {
    assert.equal(state('shortfalls').state, 'partial');
    assert.match(state('shortfalls').reason, /原因/);
  });
  test('next-year partial: no year named', () => {
    assert.equal(state('next-year').state, 'partial');
    assert.match(state('next-year').reason, /2025年/);
  });
  test('formalities missing: no 主送机关, 落款, 成文日期', () => {
    assert.equal(state('formalities').state, 'missing');
  });
  test('复议/诉讼 only "2018年以来"; 矛盾纠纷 mechanism only → partial', () => {
    assert.equal(state('review-litigation').state, 'partial');
    assert.match(state('review-litigation').reason, /2018年以来/);
    assert.equal(state('disputes').state, 'partial');
  });
  test('what the demo does cover is covered', () => {
    for (const id of ['three-systems', 'enforcement', 'openness', 'legal-education', 'oversight', 'legality']) {
      assert.equal(state(id).state, 'covered', `${id}: ${state(id).reason}`);
    }
    assert.deepEqual(
      results.filter((x) => x.state === 'missing').map((x) => x.id),
      ['chief', 'leadership', 'normative', 'emergency', 'digital', 'formalities'],
    );
  });
  test('checkReport gives the same checklist and a completeness score', () => {
    const c = checkReport(demoReport());
    assert.deepEqual(c.checklist, results);
    assert.equal(c.completeness, completeness(results));
  });
});
