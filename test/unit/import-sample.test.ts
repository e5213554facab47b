/** Importing the invented sample report (test/fixtures): every part, heading and character lands where it belongs. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { walkSections, parseReport } from '../../electron/core/report-model.ts';
import { computeNumbers, hasContent } from '../../electron/core/numbering.ts';
import { headingOf } from '../../electron/core/import/index.ts';
import { placeSample } from '../../electron/tools/make-demo.ts';
import { SAMPLE, SAMPLE_INFO } from '../fixtures/sample-report.ts';
import {
  NOW,
  NUMBER_PREFIX,
  assertKeepsEverything,
  contentOutline,
  documentParagraphs,
  findHeading,
  importText,
  top,
} from './import-helpers.ts';

describe('importing the sample report (variant C headings)', () => {
  const result = importText(SAMPLE);
  const { report } = result;

  test('validates as a report; title, unit, county and year are recognised', () => {
    assert.ok(parseReport(report).ok);
    assert.equal(report.title, '青石镇2024年度法治政府建设工作情况报告');
    assert.equal(report.titleAuto, true);
    assert.equal(report.unitName, '青石镇');
    assert.equal(report.county, '松川县');
    assert.equal(report.year, 2024);
    assert.equal(report.order, 'A');
    assert.equal(report.recipient, '');
    assert.deepEqual(report.signature, { units: [], date: '', sealed: false });
    assert.match(report.preamble, /^青石镇在县委、县政府的坚强领导下.*现将有关情况报告如下：$/);
    assert.deepEqual(result.warnings, []);
  });

  test('every mandated section is there; the source’s parts keep their order, the missing ones are inserted by rank', () => {
    assert.deepEqual(
      report.sections.map((s) => s.key),
      [null, 'measures', 'measures', 'chief', 'shortfalls', 'plan', 'other'],
    );
    assert.deepEqual(
      top(report, 'measures')
        .children.filter((c) => c.key)
        .map((c) => c.key),
      ['study', 'functions', 'decisions', 'enforcement', 'disputes', 'oversight', 'emergency', 'digital'],
    );
  });

  test('the outline that prints is the source’s: five parts in, five out, same order, levels and numbers', () => {
    const numbers = computeNumbers(report.sections, report.year);
    const printed = [...walkSections(report.sections)]
      .filter((w) => numbers.has(w.section.id))
      .map((w) => `${'  '.repeat(w.depth - 1)}${numbers.get(w.section.id)}${w.section.heading}`);
    const source = SAMPLE.split('\n')
      .map((l) => l.trim())
      .filter((l) => NUMBER_PREFIX.test(l))
      .map((l) => {
        const h = headingOf(l)!;
        const number = h.prefix.trim().replace('(', '（').replace(')', '）');
        return `${h.style === 1 ? '' : '  '}${number}${h.heading}`;
      });
    assert.deepEqual(printed, source);
    assert.equal(printed.filter((l) => !l.startsWith(' ')).length, 5);
  });

  test('存在的主要问题和不足 lands in shortfalls and 下一步工作计划 in plan, under their own headings', () => {
    const s = top(report, 'shortfalls');
    assert.equal(s.heading, '存在的主要问题和不足');
    assert.equal(s.paragraphs.length, 1);
    assert.match(s.paragraphs[0].text, /^一年来，我镇法治政府建设取得了一定成效.*执法案卷质量有待进一步提高。$/);
    const p = top(report, 'plan');
    assert.equal(p.heading, '下一步工作计划');
    assert.match(
      p.paragraphs[0].text,
      /^一是持续深入学习贯彻习近平法治思想.*五是加强基层法治队伍建设，充实调解员和法律明白人力量。$/,
    );
    assert.equal(top(report, 'measures').heading, '法治政府建设工作开展情况');
  });

  test('基本情况 stays a top-level part of the author’s own; 法治创建工作成效 is a second 举措和成效 part', () => {
    const basic = findHeading(report, '青石镇基本情况');
    assert.equal(basic.section.key, null);
    assert.equal(basic.depth, 1);
    assert.equal(basic.section.paragraphs.length, 2);
    const results = findHeading(report, '法治创建工作成效');
    assert.equal(results.section.key, 'measures');
    assert.equal(results.depth, 1);
    // Its sub-headings are placed on sub-areas by their words or, with none, by their text; the figures are
    // asked once, in the first section of a sub-area.
    assert.deepEqual(
      results.section.children.map((c) => [c.key, c.heading, c.stats.length]),
      [
        ['decisions', '依法行政能力稳步提升，制度建设更加完善', 0],
        ['oversight', '政务公开持续深化，便民服务更加高效', 0],
        ['education', '法治宣传深入人心，群众守法意识明显增强', 4],
        ['disputes', '基层治理法治化水平提高，社会大局和谐稳定', 0],
      ],
    );
  });

  test('the sub-headings of 工作开展情况 map to sub-areas by their words; run-in headings are split', () => {
    const byKey = (k: string) => top(report, 'measures').children.find((c) => c.key === k)!;
    assert.equal(byKey('study').heading, '深学笃行习近平法治思想，筑牢法治建设思想根基');
    assert.equal(byKey('functions').heading, '优化法治化营商环境，服务保障镇域经济发展');
    // 决策 comes before 执法 in the heading: the earliest word decides.
    assert.equal(byKey('decisions').heading, '健全依法决策机制，持续规范行政执法行为');
    assert.equal(byKey('disputes').heading, '坚持和发展新时代枫桥经验，化解矛盾纠纷');
    assert.equal(byKey('oversight').heading, '强化行政权力监督，推进政务公开');
    // 一是…二是… stay inside the one paragraph.
    assert.equal(byKey('study').paragraphs.length, 1);
    assert.match(
      byKey('study').paragraphs[0].text,
      /^一是坚持把学习贯彻习近平法治思想.*二是加强干部学法，.*四是结合“八五”普法规划，.*做到学用结合。$/,
    );
    // The mandated sub-areas carry their figures, empty.
    assert.deepEqual(
      byKey('oversight').stats.map((s) => [s.id, s.value]),
      [['disclosures', null]],
    );
    for (const k of ['enforcement', 'emergency', 'digital']) assert.equal(hasContent(byKey(k)), false, k);
  });

  test('mapping lists every source heading with where it went', () => {
    const brief = result.mapping.map((m) => [m.sourceHeading, m.level, m.target]);
    assert.deepEqual(brief, [
      ['一、青石镇基本情况', 1, 'custom'],
      ['二、法治政府建设工作开展情况', 1, 'measures'],
      ['(一)深学笃行习近平法治思想，筑牢法治建设思想根基', 2, 'study'],
      ['(二)优化法治化营商环境，服务保障镇域经济发展', 2, 'functions'],
      ['(三)健全依法决策机制，持续规范行政执法行为', 2, 'decisions'],
      ['(四)坚持和发展新时代枫桥经验，化解矛盾纠纷', 2, 'disputes'],
      ['(五)强化行政权力监督，推进政务公开', 2, 'oversight'],
      ['三、法治创建工作成效', 1, 'measures'],
      ['(一)依法行政能力稳步提升，制度建设更加完善', 2, 'decisions'],
      ['(二)政务公开持续深化，便民服务更加高效', 2, 'oversight'],
      ['(三)法治宣传深入人心，群众守法意识明显增强', 2, 'education'],
      ['(四)基层治理法治化水平提高，社会大局和谐稳定', 2, 'disputes'],
      ['四、存在的主要问题和不足', 1, 'shortfalls'],
      ['五、下一步工作计划', 1, 'plan'],
    ]);
    for (const m of result.mapping) {
      const s = [...walkSections(report.sections)].find((w) => w.section.id === m.sectionId);
      assert.ok(s, m.sourceHeading);
      assert.ok(m.sourceHeading.endsWith(s.section.heading), m.sourceHeading);
      assert.ok(m.targetLabel.length > 0);
    }
    assert.equal(result.mapping[0].targetLabel, '自定义小节');
    assert.deepEqual(
      result.mapping.map((m) => m.by),
      [
        null,
        'words',
        'words',
        'words',
        'words',
        'words',
        'words',
        'words',
        'body',
        'words',
        'words',
        'body',
        'words',
        'words',
      ],
    );
    assert.equal(result.mapping[12].targetLabel, '存在的不足和原因');
    assert.equal(result.mapping[13].targetLabel, '2025年度推进法治政府建设的主要安排');
  });

  test('no character of the source is dropped (besides heading numbers and whitespace)', () => {
    assertKeepsEverything(SAMPLE, report);
  });

  test('every sentence of the body is in the report, in order', () => {
    const src = SAMPLE.split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(1) // title
      .flatMap((l) => {
        const m = NUMBER_PREFIX.exec(l);
        if (!m) return [l];
        const rest = l.slice(m[0].length);
        const stop = rest.indexOf('。');
        return stop >= 0 && stop < rest.length - 1 ? [rest.slice(stop + 1)] : [];
      });
    assert.deepEqual(documentParagraphs(report), src);
    const sentences = src
      .join('')
      .split(/(?<=[。！？；;])/)
      .filter(Boolean);
    const doc = documentParagraphs(report).join('');
    let at = 0;
    for (const s of sentences) {
      const i = doc.indexOf(s, at);
      assert.ok(i >= at, `sentence out of place or missing: ${s}`);
      at = i + s.length;
    }
    assert.ok(sentences.length > 50, `${sentences.length} sentences`);
  });

  test('the import holds the same headings and paragraphs as the demo tool places by hand (which moves 基本情况)', () => {
    const byHand = placeSample(SAMPLE, SAMPLE_INFO, NOW);
    assert.ok(parseReport(byHand).ok);
    const flat = (o: unknown[]): string[] =>
      (o as Array<{ heading: string; paragraphs: string[]; children: unknown[] }>).flatMap((s) => [
        s.heading,
        ...s.paragraphs,
        ...flat(s.children),
      ]);
    assert.deepEqual(flat(contentOutline(report.sections)).sort(), flat(contentOutline(byHand.sections)).sort());
  });
});
