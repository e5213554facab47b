/** Changing where an imported section goes before the report is created. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { remapSection, remapTargets, type ImportResult } from '../../electron/core/import/index.ts';
import { hasContent } from '../../electron/core/numbering.ts';
import { parseReport } from '../../electron/core/report-model.ts';
import { SAMPLE } from '../fixtures/sample-report.ts';
import { assertKeepsEverything, findHeading, importText, top } from './import-helpers.ts';

describe('remapSection', () => {
  const base = importText(SAMPLE);
  const idOf = (r: ImportResult, heading: string) => findHeading(r.report, heading).section.id;
  const entry = (r: ImportResult, heading: string) => r.mapping.find((m) => m.sourceHeading.endsWith(heading))!;

  test('offers every mandated section and sub-area, and custom', () => {
    const keys = remapTargets(2024).map((t) => t.key);
    assert.deepEqual(keys.slice(0, 2), ['measures', 'study']);
    assert.ok(keys.includes('shortfalls') && keys.includes('digital') && keys.at(-1) === 'custom');
  });

  test('onto an empty mandated section: the content takes its place, key and figures', () => {
    const r = remapSection(base, idOf(base, '青石镇基本情况'), 'other');
    const other = top(r.report, 'other');
    assert.equal(other.heading, '青石镇基本情况');
    assert.equal(other.paragraphs.length, 2);
    assert.ok(!top(r.report, 'measures').children.some((c) => c.heading === '青石镇基本情况'));
    assert.equal(entry(r, '青石镇基本情况').target, 'other');
    assert.equal(entry(r, '青石镇基本情况').targetLabel, '其他需要报告的情况');
    assertKeepsEverything(SAMPLE, r.report);
    assert.ok(parseReport(r.report).ok);
    // The original result is untouched.
    assert.equal(top(base.report, 'other').heading, '其他需要报告的情况');
  });

  test('a second sub-section of a kind onto an empty sub-area: it takes the slot, its figures, and is marked moved', () => {
    const heading = '依法行政能力稳步提升，制度建设更加完善';
    assert.equal(findHeading(base.report, heading).section.key, 'decisions');
    assert.deepEqual(findHeading(base.report, heading).section.stats, []);
    const r = remapSection(base, idOf(base, heading), 'emergency');
    const slot = top(r.report, 'measures').children.find((c) => c.key === 'emergency')!;
    assert.equal(slot.heading, heading);
    assert.deepEqual(
      slot.stats.map((s) => s.id),
      ['drills'],
    );
    assert.equal(findHeading(r.report, '法治创建工作成效').section.children.length, 3);
    assert.equal(entry(r, heading).moved, true);
    assert.equal(entry(base, heading).moved, undefined);
    // The first 健全依法决策机制 keeps its key; no empty twin was left behind.
    const keys = [...top(r.report, 'measures').children].map((c) => c.key);
    assert.equal(keys.filter((k) => k === 'decisions').length, 1);
    assertKeepsEverything(SAMPLE, r.report);
  });

  test('onto a section that already has text: it becomes a sub-section there', () => {
    const r = remapSection(base, idOf(base, '青石镇基本情况'), 'shortfalls');
    const s = top(r.report, 'shortfalls');
    assert.equal(s.heading, '存在的主要问题和不足');
    assert.deepEqual(
      s.children.map((c) => [c.key, c.heading]),
      [[null, '青石镇基本情况']],
    );
    assert.equal(entry(r, '青石镇基本情况').target, 'custom');
    assert.match(entry(r, '青石镇基本情况').targetLabel, /^存在的不足和原因 › 自定义小节$/);
    assertKeepsEverything(SAMPLE, r.report);
  });

  test('a mapped section made custom: its mandated slot is refilled empty, nothing is lost', () => {
    const r = remapSection(base, idOf(base, '存在的主要问题和不足'), 'custom');
    assert.deepEqual(
      r.report.sections.map((s) => s.key),
      [null, 'measures', 'measures', 'chief', 'shortfalls', null, 'plan', 'other'],
    );
    assert.equal(top(r.report, 'shortfalls').heading, '存在的不足和原因');
    assert.equal(hasContent(top(r.report, 'shortfalls')), false);
    assert.equal(entry(r, '存在的主要问题和不足').target, 'custom');
    assertKeepsEverything(SAMPLE, r.report);
    // …and back again.
    const back = remapSection(r, idOf(r, '存在的主要问题和不足'), 'shortfalls');
    assert.deepEqual(
      back.report.sections.map((s) => s.key),
      [null, 'measures', 'measures', 'chief', 'shortfalls', 'plan', 'other'],
    );
    assert.equal(top(back.report, 'shortfalls').heading, '存在的主要问题和不足');
    assertKeepsEverything(SAMPLE, back.report);
  });

  test('moving 举措和成效 itself leaves its sub-areas with the mandated section', () => {
    const r = remapSection(base, idOf(base, '法治政府建设工作开展情况'), 'custom');
    const measures = top(r.report, 'measures');
    assert.equal(measures.heading, '2024年度推进法治政府建设的主要举措和成效');
    assert.deepEqual(
      measures.children.map((c) => c.key),
      ['study', 'functions', 'decisions', 'enforcement', 'oversight', 'disputes', 'education', 'emergency', 'digital'],
    );
    const moved = findHeading(r.report, '法治政府建设工作开展情况');
    assert.equal(moved.section.key, null);
    assert.equal(moved.depth, 1);
    assert.deepEqual(moved.section.children, []);
    // The other 举措和成效 part of the source keeps its key and its sub-sections.
    assert.equal(findHeading(r.report, '法治创建工作成效').section.key, 'measures');
    // The refilled mandated section now shows its catalogue heading.
    assertKeepsEverything(SAMPLE, r.report, measures.heading);
    assert.ok(parseReport(r.report).ok);
  });

  test('a sub-area moved onto another sub-area with text, and unknown keys refused', () => {
    const r = remapSection(base, idOf(base, '深学笃行习近平法治思想，筑牢法治建设思想根基'), 'decisions');
    const decisions = top(r.report, 'measures').children.find((c) => c.key === 'decisions')!;
    assert.deepEqual(
      decisions.children.map((c) => [c.key, c.heading]),
      [[null, '深学笃行习近平法治思想，筑牢法治建设思想根基']],
    );
    const study = top(r.report, 'measures').children.find((c) => c.key === 'study')!;
    assert.equal(hasContent(study), false);
    assertKeepsEverything(SAMPLE, r.report);
    assert.throws(() => remapSection(base, idOf(base, '青石镇基本情况'), 'nonsense'));
    assert.throws(() => remapSection(base, 'no-such-id', 'plan'));
  });
});
