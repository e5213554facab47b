/**
 * The import keeps the author's outline and maps it onto the mandated parts as a separate step: a thematic top
 * heading classified by its sub-headings, level-3 headings classified, a 第一责任人 sub-point offered (not moved)
 * and moved with one call, the year conflict asked about and reported by the check. Invented text.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { remapSection } from '../../electron/core/import/index.ts';
import { computeNumbers } from '../../electron/core/numbering.ts';
import { walkSections, type Report } from '../../electron/core/report-model.ts';
import { checkReport } from '../../electron/core/check.ts';
import { FILLER, findHeading, importText } from './import-helpers.ts';

/** The outline that prints: number + heading, indented by depth. */
function printedOutline(report: Report): string[] {
  const numbers = computeNumbers(report.sections, report.year);
  return [...walkSections(report.sections)]
    .filter((w) => numbers.has(w.section.id))
    .map((w) => `${'  '.repeat(w.depth - 1)}${numbers.get(w.section.id)}${w.section.heading}`);
}

const THEMATIC = [
  '石门镇2024年度法治政府建设工作情况报告',
  `${FILLER}现将有关情况报告如下：`,
  '一、完善制度体系，纵深推进依法行政',
  '（一）深入学习习近平法治思想',
  '镇党委理论学习中心组全年专题学法8次。',
  '（二）规范重大行政决策程序',
  '重大事项均经合法性审查和集体讨论。',
  '1.落实公众参与制度',
  '重大决策事项公开征求意见3次。',
  '2.落实推进法治建设第一责任人职责',
  '镇党委书记亲自部署法治建设工作4次。',
  '（三）严格规范公正文明执法',
  '全镇持证执法人员16名。',
  '（四）述法引领压实责任',
  '镇长在全县述法会议上述法1次。',
  '二、石门镇自身建设情况',
  '镇机关干部32名，其中党员27名。',
  '三、存在的不足和原因',
  '（一）法治意识不强，对法治政府建设重视不够。',
  '（二）执法力量薄弱，原因是专业人员少。',
  '四、2025年工作打算',
  '持续深化法治政府建设。',
].join('\n');

describe('the outline is kept, the mapping is a separate step', () => {
  const result = importText(THEMATIC);
  const { report, mapping } = result;
  const m = (heading: string) => mapping.find((x) => x.sourceHeading.endsWith(heading))!;

  test('the printed outline is the source’s: four parts in, four out, same order, levels and numbers', () => {
    assert.deepEqual(printedOutline(report), [
      '一、完善制度体系，纵深推进依法行政',
      '  （一）深入学习习近平法治思想',
      '  （二）规范重大行政决策程序',
      '    1.落实公众参与制度',
      '    2.落实推进法治建设第一责任人职责',
      '  （三）严格规范公正文明执法',
      '  （四）述法引领压实责任',
      '二、石门镇自身建设情况',
      '三、存在的不足和原因',
      '  （一）法治意识不强，对法治政府建设重视不够。',
      '  （二）执法力量薄弱，原因是专业人员少。',
      '四、2025年工作打算',
    ]);
  });

  test('a thematic top heading whose sub-headings are study, decisions, enforcement … is part 一', () => {
    assert.equal(m('完善制度体系，纵深推进依法行政').part, 'measures');
    assert.equal(m('完善制度体系，纵深推进依法行政').by, 'children');
    assert.equal(findHeading(report, '完善制度体系，纵深推进依法行政').section.key, 'measures');
    assert.deepEqual(
      ['深入学习习近平法治思想', '规范重大行政决策程序', '严格规范公正文明执法'].map(
        (h) => findHeading(report, h).section.key,
      ),
      ['study', 'decisions', 'enforcement'],
    );
  });

  test('level-3 headings are classified too, and stay at level 3', () => {
    const sub = m('落实公众参与制度');
    assert.equal(sub.level, 3);
    assert.equal(sub.part, 'decisions');
    assert.equal(sub.by, 'parent');
    assert.match(sub.partLabel, /健全依法决策机制$/);
    assert.equal(findHeading(report, '落实公众参与制度').depth, 3);
  });

  test('a part of the author’s own stays where it is, unclassified; parts under 不足 belong to it', () => {
    assert.equal(m('石门镇自身建设情况').part, null);
    assert.equal(m('石门镇自身建设情况').target, 'custom');
    assert.equal(m('法治意识不强，对法治政府建设重视不够。').part, 'shortfalls');
    assert.equal(m('四、2025年工作打算').part, 'plan');
  });

  test('第一责任人 sub-points are offered, not moved; one call moves one into the empty 第一责任人 part', () => {
    const offered = mapping.filter((x) => x.offerChief).map((x) => x.sourceHeading);
    assert.deepEqual(offered, ['2.落实推进法治建设第一责任人职责', '（四）述法引领压实责任']);
    assert.equal(findHeading(report, '述法引领压实责任').depth, 2);
    assert.equal(findHeading(report, '述法引领压实责任').section.key, null);
    const chief = report.sections.find((s) => s.key === 'chief')!;
    assert.equal(chief.paragraphs.length, 0);

    const moved = remapSection(result, m('述法引领压实责任').sectionId, 'chief');
    const now = findHeading(moved.report, '述法引领压实责任');
    assert.equal(now.section.key, 'chief');
    assert.equal(now.depth, 1);
    assert.deepEqual(
      now.section.paragraphs.map((p) => p.text),
      ['镇长在全县述法会议上述法1次。'],
    );
    const entry = moved.mapping.find((x) => x.sourceHeading.endsWith('述法引领压实责任'))!;
    assert.equal(entry.moved, true);
    assert.equal(entry.target, 'chief');
    // Everything else kept its place and level: the printed outline differs only by the moved part (and the
    // numbers of the parts after it).
    const bare = (r: Report) =>
      printedOutline(r)
        .filter((l) => !l.includes('述法引领'))
        .map((l) => l.replace(/[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\./, '#'));
    assert.deepEqual(bare(moved.report), bare(report));
    assert.deepEqual(
      moved.report.sections.map((s) => s.key).filter((k) => k !== 'other'),
      ['measures', null, 'chief', 'shortfalls', 'plan'],
    );
  });
});

describe('year conflict', () => {
  const body = ['一、主要举措和成效', FILLER, '二、存在的不足和原因', '普法宣传的针对性不强，原因是普法队伍力量薄弱。'];

  test('title and 导语 disagree: both years offered, the title first; the check reports the 导语', () => {
    const text = ['石门镇2024年度法治政府建设工作情况报告', '现将我镇2023年法治政府建设情况报告如下：', ...body];
    const result = importText(text.join('\n'));
    assert.deepEqual(result.yearChoices, [
      { from: '标题', year: 2024 },
      { from: '导语', year: 2023 },
    ]);
    assert.equal(result.report.year, 2024);
    const lead = checkReport(result.report).findings.filter((f) => f.rule === 'year-lead');
    assert.equal(lead.length, 1);
    assert.match(lead[0].message, /2023年.*2024年/);
    // The user picks the 导语's year: the report follows it, and the check now points at the title.
    const picked = importText(text.join('\n'), { year: 2023 });
    assert.equal(picked.report.year, 2023);
    assert.deepEqual(picked.yearChoices, result.yearChoices);
    const findings = checkReport(picked.report).findings;
    assert.equal(findings.filter((f) => f.rule === 'year-lead').length, 0);
    assert.ok(findings.some((f) => f.rule === 'year-title'));
  });

  test('no title: the 导语 and the body’s first year are offered; agreeing sources ask nothing', () => {
    const noTitle = ['一年来，我镇坚持依法行政。现将我镇2024年法治政府建设情况报告如下：', ...body];
    noTitle[2] = `在2023年工作基础上，${FILLER}`;
    assert.deepEqual(importText(noTitle.join('\n')).yearChoices, [
      { from: '导语', year: 2024 },
      { from: '正文', year: 2023 },
    ]);
    const agree = ['石门镇2024年度法治政府建设工作情况报告', '现将我镇2024年法治政府建设情况报告如下：', ...body];
    assert.deepEqual(importText(agree.join('\n')).yearChoices, []);
  });
});
