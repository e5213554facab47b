/** Heading forms, run-in headings, 主送机关, 落款 and 成文日期, on short texts written for each case. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { headingOf, parseReportText } from '../../electron/core/import/index.ts';
import { hasContent } from '../../electron/core/numbering.ts';
import { SAMPLE } from '../fixtures/sample-report.ts';
import {
  FILLER,
  assertKeepsEverything,
  documentChars,
  findHeading,
  importText,
  missing,
  shape,
  sorted,
  sourceChars,
  top,
} from './import-helpers.ts';

describe('heading forms', () => {
  test('headingOf: all four levels, full- and half-width brackets and points', () => {
    const cases: Array<[string, number, string]> = [
      ['一、基本情况', 1, '基本情况'],
      ['十二、其他', 1, '其他'],
      ['一．基本情况', 1, '基本情况'],
      ['（一）加强学习', 2, '加强学习'],
      ['(一)加强学习', 2, '加强学习'],
      ['一)加强学习', 2, '加强学习'],
      ['二）加强学习。', 2, '加强学习。'],
      ['（ 三 ） 加强学习', 2, '加强学习'],
      ['1.健全制度', 3, '健全制度'],
      ['1．健全制度', 3, '健全制度'],
      ['12、健全制度', 3, '健全制度'],
      ['（1）会前学法', 4, '会前学法'],
      ['(2)会前学法', 4, '会前学法'],
    ];
    for (const [line, style, heading] of cases) {
      const h = headingOf(line);
      assert.ok(h, line);
      assert.equal(h.style, style, line);
      assert.equal(h.heading, heading, line);
    }
    for (const line of [
      '一是坚持知行合一。',
      '2018年以来，我乡未发生行政复议案件。',
      '1.5万元用于普法阵地建设。',
      '青石镇位于松川县东南部。',
    ]) {
      assert.equal(headingOf(line), null, line);
    }
  });

  test('full-width and half-width forms give the same report', () => {
    const full = SAMPLE.replace(/^\(([一二三四五六七八九十]+)\)/gm, '（$1）');
    assert.notEqual(full, SAMPLE);
    assert.deepEqual(shape(importText(full).report), shape(importText(SAMPLE).report));
  });

  test('"一)" with its opening bracket lost is a （一） heading, not body text', () => {
    const typed = SAMPLE.replace(/^\(([一二三四五六七八九十]+)\)/gm, '$1)');
    assert.notEqual(typed, SAMPLE);
    assert.match(typed, /^一\)深学笃行/m);
    assert.deepEqual(shape(importText(typed).report), shape(importText(SAMPLE).report));
  });

  test('four levels nest; 1. and （1） headings under a sub-area stay the user’s own', () => {
    const text = [
      '汤郎乡2024年度法治政府建设工作情况报告',
      '中共禄劝县委、禄劝县人民政府：',
      FILLER + '现将有关情况报告如下：',
      '一、2024年度推进法治政府建设的主要举措和成效',
      '(一)深入学习贯彻习近平法治思想',
      '1．健全学法制度',
      '（1）会前学法',
      '全年开展会前学法12次。',
      '(2)专题学法',
      '开展专题学法4次。',
      '2.领导干部述法',
      '年终述法9人。',
      '（二）严格规范公正文明执法',
      FILLER,
      '二、党政主要负责人履行推进法治建设第一责任人职责情况',
      '乡党委书记亲自部署法治建设工作。',
      '三、存在的不足和原因',
      '法治宣传的针对性不强，原因是普法队伍力量薄弱。',
      '四、2025年度推进法治政府建设的主要安排',
      '一是加强法治宣传。二是规范行政执法。',
    ].join('\n');
    const { report, warnings } = importText(text);
    assert.deepEqual(warnings, []);
    assert.equal(report.recipient, '中共禄劝县委、禄劝县人民政府：');
    assert.equal(report.county, '禄劝县');
    assert.deepEqual(
      report.sections.map((s) => s.key),
      ['measures', 'chief', 'shortfalls', 'plan', 'other'],
    );
    const study = top(report, 'measures').children.find((c) => c.key === 'study')!;
    assert.deepEqual(
      study.children.map((c) => [c.key, c.heading, c.children.map((g) => g.heading)]),
      [
        [null, '健全学法制度', ['会前学法', '专题学法']],
        [null, '领导干部述法', []],
      ],
    );
    assert.equal(top(report, 'measures').children.find((c) => c.key === 'enforcement')!.paragraphs[0].text, FILLER);
    assert.equal(findHeading(report, '专题学法').depth, 4);
    assertKeepsEverything(text, report);
  });

  test('variant B (第一责任人 first) is recognised and keeps its order', () => {
    const text = [
      '汤郎乡2024年度法治政府建设工作情况报告',
      '一、党政主要负责人履行推进法治建设第一责任人职责情况',
      '乡党委书记、乡长亲自部署、亲自过问法治建设工作，主持召开专题会议3次。',
      '二、2024年度推进法治政府建设的主要举措和成效',
      FILLER,
      '三、存在的不足和原因',
      '一是法治宣传方式单一。主要原因是普法力量薄弱。',
      '四、2025年度推进法治政府建设的主要安排',
      '2025年，我乡将继续深入学习贯彻习近平法治思想。',
    ].join('\n');
    const { report } = importText(text);
    assert.equal(report.order, 'B');
    assert.deepEqual(
      report.sections.map((s) => s.key),
      ['chief', 'measures', 'shortfalls', 'plan', 'other'],
    );
    assert.equal(top(report, 'plan').heading, '2025年度推进法治政府建设的主要安排');
    assertKeepsEverything(text, report);
  });

  test('a heading run in with its text becomes heading + paragraph; a one-sentence numbered item stays a paragraph', () => {
    const text = [
      '汤郎乡2024年度法治政府建设工作情况报告',
      '一、主要举措和成效',
      '（一）加强组织领导。乡党委把法治建设纳入全局工作统筹谋划。' + FILLER,
      '二、下一步工作打算',
      '1．进一步加强法治教育培训，增强干部法治意识，推动基层法治建设，不断维护社会和谐稳定。',
      '2．进一步完善规范性文件备案制度和监督制度。',
    ].join('\n');
    const { report } = importText(text);
    const lead = findHeading(report, '加强组织领导');
    assert.equal(lead.section.key, 'study');
    assert.equal(lead.section.paragraphs[0].text, '乡党委把法治建设纳入全局工作统筹谋划。' + FILLER);
    const plan = top(report, 'plan');
    assert.equal(plan.heading, '下一步工作打算');
    assert.deepEqual(
      plan.paragraphs.map((p) => p.text),
      [
        '1．进一步加强法治教育培训，增强干部法治意识，推动基层法治建设，不断维护社会和谐稳定。',
        '2．进一步完善规范性文件备案制度和监督制度。',
      ],
    );
    assert.equal(plan.children.length, 0);
  });

  test('a text with no numbered headings keeps everything, in 导语 and 举措和成效, with a warning', () => {
    const text = [
      '汤郎乡2024年度法治政府建设工作情况报告',
      FILLER,
      FILLER.replace('我乡', '全乡'),
      '下一年，我乡将继续推进法治政府建设。',
    ].join('\n');
    const { report, warnings } = importText(text);
    assert.equal(report.preamble, FILLER);
    assert.equal(top(report, 'measures').paragraphs.length, 2);
    assert.ok(warnings.some((w) => w.includes('没有“一、”')));
    // The section heading is the catalogue's: the only text the import adds.
    assertKeepsEverything(text, report, '2024年度推进法治政府建设的主要举措和成效');
  });

  test('four levels of headings are kept at their four levels, the deepest text as written', () => {
    const text = [
      '汤郎乡2024年度法治政府建设工作情况报告',
      '一、基本情况',
      FILLER,
      '（一）机构设置',
      '1．党政机构',
      '（1）综合办公室',
      '① 不是标题的行保持原样。',
      '二、工作开展情况',
      '（一）加强学习',
      '（1）第一议题学习',
      '1．学习内容',
      '全年学习12次。',
    ].join('\n');
    const result = importText(text);
    const { report } = result;
    // 基本情况 stays a top-level part, so its （1） is at depth 4 and nothing is flattened.
    assert.equal(findHeading(report, '基本情况').depth, 1);
    assert.equal(findHeading(report, '党政机构').depth, 3);
    const office = findHeading(report, '综合办公室');
    assert.equal(office.depth, 4);
    assert.deepEqual(
      office.section.paragraphs.map((p) => p.text),
      ['① 不是标题的行保持原样。'],
    );
    assert.ok(!result.mapping.some((m) => m.merged));
    assert.ok(!result.warnings.some((w) => w.includes('层级')));
    // （1） directly under （一） is one level down; a 1. after it ranks above （1）, so it is its sibling.
    assert.equal(findHeading(report, '第一议题学习').depth, 3);
    assert.equal(findHeading(report, '学习内容').depth, 3);
    // 第一议题学习 has no text under it: exported as a bare heading, with a warning.
    assert.equal(hasContent(findHeading(report, '第一议题学习').section), false);
    assert.ok(result.warnings.some((w) => w.includes('“（1）第一议题学习”下没有正文')));
    const src = sourceChars(text);
    const doc = documentChars(report);
    assert.equal(missing(src, doc), '');
    assert.equal(missing(doc, src), '');
  });
});

describe('主送机关, 落款 and 成文日期', () => {
  const withFormalities = (tail: string[], recipient = '中共松川县委、松川县人民政府：') => {
    const lines = SAMPLE.split('\n');
    return [lines[0], recipient, ...lines.slice(1), ...tail].join('\n');
  };

  test('two signing units and an Arabic date', () => {
    const text = withFormalities(['中共青石镇委员会', '青石镇人民政府', '2025年1月15日']);
    const { report } = importText(text);
    assert.equal(report.recipient, '中共松川县委、松川县人民政府：');
    assert.deepEqual(report.signature, {
      units: ['中共青石镇委员会', '青石镇人民政府'],
      date: '2025-01-15',
      sealed: false,
    });
    assert.match(top(report, 'plan').paragraphs.at(-1)!.text, /法律明白人力量。$/);
    assertKeepsEverything(text, report);
  });

  test('a date in Chinese numerals, one unit, half-width colon', () => {
    const text = withFormalities(['青石镇人民政府', '二〇二五年一月二十一日'], '中共松川县委、松川县人民政府:');
    const { report } = importText(text);
    assert.equal(report.recipient, '中共松川县委、松川县人民政府:');
    assert.deepEqual(report.signature.units, ['青石镇人民政府']);
    assert.equal(report.signature.date, '2025-01-21');
    const src = sourceChars(text).replace('二〇二五年一月二十一日', '2025年1月21日');
    assert.equal(sorted(documentChars(report)), sorted(src));
  });

  test('two units on one line (as a sealed 落款 is laid out) and a date with a leading zero', () => {
    const { report } = importText(withFormalities(['\t中共青石镇委员会\t青石镇人民政府', '2025年01月05日']));
    assert.deepEqual(report.signature.units, ['中共青石镇委员会', '青石镇人民政府']);
    assert.equal(report.signature.date, '2025-01-05');
  });

  test('an impossible date is kept as text and reported', () => {
    const text = withFormalities(['青石镇人民政府', '2025年2月30日']);
    const { report, warnings } = importText(text);
    assert.equal(report.signature.date, '');
    assert.ok(warnings.some((w) => w.includes('2025年2月30日')));
    assertKeepsEverything(text, report);
  });

  test('附件 lines above the 落款 become the attachment list', () => {
    const text = withFormalities([
      '附件：1.青石镇2024年度法治政府建设工作台账',
      '2.青石镇法律顾问服务情况统计表',
      '青石镇人民政府',
      '2025年1月15日',
    ]);
    const { report } = importText(text);
    assert.deepEqual(report.attachments, ['青石镇2024年度法治政府建设工作台账', '青石镇法律顾问服务情况统计表']);
    assert.deepEqual(report.signature.units, ['青石镇人民政府']);
  });

  test('without a title year, a year inside a cited 《》 title is not the report year', () => {
    const text = [
      '根据《某某规划（2021—2025年）》要求，2023年，青石镇坚持依法行政，扎实推进法治政府建设各项工作，现将有关情况报告如下。',
      '一、主要举措和成效',
      '全年开展普法宣传活动30场次，发放宣传资料2000余份，接受群众法律咨询150人次，调处矛盾纠纷45件，调解成功率98%。',
      '镇党委理论学习中心组专题学习习近平法治思想6次，组织机关干部参加学法考试，参考率100%，合格率100%。',
    ].join('\n');
    assert.equal(importText(text).report.year, 2023);
  });

  test('a title on two lines (党委、政府 联合报告): unit from the title, title kept as written', () => {
    const lines = SAMPLE.split('\n');
    const text = ['中共青石镇委员会 青石镇人民政府', '关于2024年度法治政府建设情况的报告', ...lines.slice(1)].join(
      '\n',
    );
    const { report } = importText(text);
    assert.equal(report.title, '中共青石镇委员会 青石镇人民政府\n关于2024年度法治政府建设情况的报告');
    assert.equal(report.titleAuto, false);
    assert.equal(report.unitName, '青石镇');
    assert.equal(report.year, 2024);
    assertKeepsEverything(text, report);
  });

  test('options override what is inferred', () => {
    const { report } = parseReportText(SAMPLE, { unitName: '青石白族镇', county: '松川白族自治县', year: 2024 });
    assert.equal(report.unitName, '青石白族镇');
    assert.equal(report.county, '松川白族自治县');
    assert.equal(report.titleAuto, false);
  });
});
