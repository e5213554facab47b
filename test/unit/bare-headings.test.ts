/**
 * Nothing the user wrote is dropped on export: a heading with no body reaches the Word file and the preview,
 * while the catalogue's untouched empty sections stay out. Text written for this test.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createReport, customSection, fillYear, specFor } from '../../electron/core/catalogue.ts';
import { exportReview, needsReview } from '../../electron/core/export-review.ts';
import { isInDocument, reportNumbers } from '../../electron/core/numbering.ts';
import { planDocument } from '../../electron/core/page-plan.ts';
import { exportParts, paragraphs } from './docx-parts.ts';
import { FILLER, importText, top } from './import-helpers.ts';

const SHORTFALLS = [
  '（一）法治意识不强，对法治政府建设重视不够。',
  '（二）执法队伍力量薄弱，专业人员偏少。',
  '（三）普法宣传形式单一，覆盖面不广。',
];

const SOURCE = [
  '白沙乡2024年度法治政府建设工作情况报告',
  `现将白沙乡2024年法治政府建设工作情况报告如下：`,
  '一、2024年度推进法治政府建设的主要举措和成效',
  FILLER,
  '二、存在的不足和原因',
  ...SHORTFALLS,
  '三、2025年度推进法治政府建设的主要安排',
  `2025年，${FILLER}`,
].join('\n');

describe('headings with no body are exported', () => {
  test('an imported heading-only shortfalls list reaches the .docx text', async () => {
    const { report, warnings } = importText(SOURCE);
    assert.ok(warnings.some((w) => w.includes('下没有正文') && w.includes('导出')));
    const doc = paragraphs((await exportParts(report))['word/document.xml']).map((p) => p.text);
    for (const line of SHORTFALLS) assert.ok(doc.includes(line), `${line} missing from document.xml`);
  });

  test('the preview plan shows the same headings, numbered in place', () => {
    const { report } = importText(SOURCE);
    const lines = planDocument(report, { boldHeadings: false }).map((p) => p.texts.join(''));
    for (const line of SHORTFALLS) assert.ok(lines.includes(line), `${line} missing from the plan`);
    const shortfalls = top(report, 'shortfalls');
    assert.deepEqual(
      shortfalls.children.map((c) => reportNumbers(report).get(c.id)),
      ['（一）', '（二）', '（三）'],
    );
  });

  test('the export review lists the headings with no body, with their place in the document', () => {
    const { report } = importText(SOURCE);
    const review = exportReview(report, { boldHeadings: false });
    assert.deepEqual(
      review.bareHeadings,
      SHORTFALLS.map((h) => `二、${h}`),
    );
    assert.equal(needsReview(review), true);
  });

  test('untouched catalogue sections stay out, a figure alone included; a changed or own heading is in', () => {
    const r = createReport({ unitName: '白沙乡', county: '', year: 2024 });
    const [measures, chief] = r.sections;
    const [study, functions, decisions] = measures.children;
    assert.equal(study.heading, fillYear(specFor(study.key)!.heading, 2024));
    assert.equal(isInDocument(measures, r.year), false);
    assert.equal(isInDocument(chief, r.year), false);
    chief.heading = '镇党委书记履行推进法治建设第一责任人职责情况';
    assert.equal(isInDocument(chief, r.year), true);
    assert.equal(isInDocument(functions, r.year), false);
    const enforcement = measures.children.find((c) => c.key === 'enforcement')!;
    enforcement.stats[0].value = 12;
    assert.equal(isInDocument(enforcement, r.year), false);
    decisions.children.push(customSection('合法性审查全覆盖'));
    assert.equal(isInDocument(decisions, r.year), true);
    // A sub-section added but never headed or written is not part of the document.
    functions.children.push(customSection());
    assert.equal(isInDocument(functions, r.year), false);
    assert.equal(reportNumbers(r).get(measures.id), '一、');
    assert.equal(reportNumbers(r).has(study.id), false);
  });
});
