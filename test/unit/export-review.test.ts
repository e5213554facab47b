import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  exportReview,
  isIncompleteMandatory,
  isOpenFinding,
  needsReview,
  type ExportReview,
} from '../../electron/core/export-review.ts';
import type { ChecklistItemResult } from '../../electron/core/checklist/index.ts';
import type { Finding } from '../../electron/core/lint/index.ts';
import { makeReport } from './check-fixture.ts';

const item = (level: ChecklistItemResult['level'], state: ChecklistItemResult['state']) =>
  ({ level, state }) as ChecklistItemResult;
const finding = (severity: Finding['severity']) => ({ severity }) as Finding;
const NO_BOLD = { boldHeadings: false };

describe('export review: what blocks a Word export until the user has seen it', () => {
  test('a mandatory item blocks while missing or partial, not once covered, confirmed or not applicable', () => {
    assert.equal(isIncompleteMandatory(item('M', 'missing')), true);
    assert.equal(isIncompleteMandatory(item('M', 'partial')), true);
    for (const state of ['covered', 'confirmed', 'na'] as const)
      assert.equal(isIncompleteMandatory(item('M', state)), false);
    for (const level of ['R', 'O'] as const) assert.equal(isIncompleteMandatory(item(level, 'missing')), false);
  });

  test('errors and warnings are open; info is advice only', () => {
    assert.equal(isOpenFinding(finding('error')), true);
    assert.equal(isOpenFinding(finding('warning')), true);
    assert.equal(isOpenFinding(finding('info')), false);
  });

  test('a new report with only its formalities filled lists the mandatory parts still to write', () => {
    const review = exportReview(makeReport(), NO_BOLD);
    assert.deepEqual(
      review.items.map((i) => i.id),
      ['chief', 'shortfalls', 'next-year'],
    );
    assert.ok(review.findings.length > 0);
    assert.ok(review.findings.every((f) => f.severity !== 'info'));
    assert.equal(needsReview(review), true);
  });

  test("the user's marks take mandatory items off the list", () => {
    // 已确认 on a 必写 item needs some text where it belongs (marks-required.test.ts).
    const report = makeReport({ chief: '青石镇落实法治建设责任。', shortfalls: '青石镇法治宣传还不够深入。' });
    const [first, second] = exportReview(report, NO_BOLD).items;
    report.marks[first.id] = { state: 'confirmed' };
    report.marks[second.id] = { state: 'na', reason: '本年度无此项工作' };
    const ids = exportReview(report, NO_BOLD).items.map((i) => i.id);
    assert.ok(!ids.includes(first.id));
    assert.ok(!ids.includes(second.id));
  });

  test('needsReview: nothing to show lets the export go straight ahead; any one thing stops it', () => {
    const none: ExportReview = {
      items: [],
      findings: [],
      bareHeadings: [],
      bareHeadingSections: [],
      fixable: [],
      layout: null,
    };
    assert.equal(needsReview(none), false);
    assert.equal(needsReview({ ...none, layout: '落款将单独排在最后一页' }), true);
    assert.equal(needsReview({ ...none, items: [item('M', 'missing')] }), true);
    assert.equal(needsReview({ ...none, findings: [finding('warning')] }), true);
  });
});
