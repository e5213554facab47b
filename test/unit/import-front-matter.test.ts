/** Front matter as reports are found: web page lines, a repeated title, a title over three lines. Invented text. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isPageNoise } from '../../electron/core/import/page-noise.ts';
import { FILLER, importText } from './import-helpers.ts';

const TITLE = '青石镇2024年度法治政府建设工作情况报告';
const LEAD = `${FILLER}现将有关情况报告如下：`;
const BODY = [
  '一、2024年度推进法治政府建设的主要举措和成效',
  FILLER,
  '二、存在的不足和原因',
  '普法宣传的针对性不强，原因是普法队伍力量薄弱。',
];

describe('front matter', () => {
  test('web page lines are removed and listed; a repeated title is dropped; the 主送机关 after them is found', () => {
    const text = [
      TITLE,
      '来源：青石镇人民政府  发布时间：2025-01-20 09:30  浏览次数：356',
      '【字号：大 中 小】',
      TITLE,
      '中共松川县委、松川县人民政府：',
      LEAD,
      ...BODY,
      '【打印本页】【关闭窗口】',
    ].join('\n');
    const { report, warnings, noise } = importText(text);
    assert.equal(report.title, TITLE);
    assert.equal(report.recipient, '中共松川县委、松川县人民政府：');
    assert.equal(report.preamble, LEAD);
    assert.equal(report.county, '松川县');
    // Listed for the mapping dialog, removed by default, each with its line number to keep it by.
    assert.deepEqual(
      noise.map((n) => [n.line, n.text.slice(0, 10), n.kept]),
      [
        [1, '来源：青石镇人民政府', false],
        [2, '【字号：大 中 小】', false],
        [6 + BODY.length, '【打印本页】【关闭窗', false],
      ],
    );
    assert.ok(warnings.some((w) => w.startsWith('重复的标题行已去掉')));
    assert.ok(!warnings.some((w) => w.includes('标题前的文字')), warnings.join('\n'));
    const all = JSON.stringify(report.sections);
    assert.ok(!all.includes('关闭窗口') && !all.includes('浏览次数'));
    // One click keeps a line: it is read back as the author's text, the others stay out.
    const kept = importText(text, { keepLines: [6 + BODY.length] });
    assert.deepEqual(
      kept.noise.map((n) => n.kept),
      [false, false, true],
    );
    assert.ok(JSON.stringify(kept.report).includes('【打印本页】【关闭窗口】'));
    assert.ok(!JSON.stringify(kept.report).includes('浏览次数'));
  });

  test('a title shown on one line above the same title on two lines is kept once', () => {
    const text = [
      '青石镇2024年度法治政府建设工作情况报告',
      '青石镇2024年度法治政府建设',
      '工作情况报告',
      LEAD,
      ...BODY,
    ];
    const { report } = importText(text.join('\n'));
    assert.equal(report.title, TITLE);
    assert.equal(report.preamble, LEAD);
  });

  test('中共X镇委员会 / X镇人民政府 / 关于…的报告 is one title, and the unit is X镇', () => {
    for (const third of [
      '关于报送石门镇2024年度法治政府建设工作情况的报告',
      '关于2024年度法治政府建设工作情况的报告',
    ]) {
      const text = ['中共石门镇委员会', '石门镇人民政府', third, '县委依法治县办：', LEAD, ...BODY].join('\n');
      const { report, warnings } = importText(text);
      assert.equal(report.title, `中共石门镇委员会\n石门镇人民政府\n${third}`);
      assert.equal(report.unitName, '石门镇', third);
      assert.equal(report.year, 2024);
      assert.equal(report.recipient, '县委依法治县办：');
      assert.equal(report.preamble, LEAD);
      assert.ok(!warnings.some((w) => w.includes('标题前的文字')), warnings.join('\n'));
    }
  });

  test('a unit that is not a 乡, 镇 or 街道 is kept but flagged for the user to check', () => {
    const county = importText(['松川县2024年度法治政府建设工作情况报告', LEAD, ...BODY].join('\n'));
    assert.equal(county.report.unitName, '松川县');
    assert.ok(
      county.warnings.some((w) => w.includes('“松川县”不是乡、镇或街道')),
      county.warnings.join('\n'),
    );
    const town = importText([TITLE, LEAD, ...BODY].join('\n'));
    assert.ok(!town.warnings.some((w) => w.includes('不是乡、镇或街道')), town.warnings.join('\n'));
  });

  test('only lines that are wholly page metadata or controls are noise', () => {
    for (const line of [
      '来源：县司法局',
      '发布时间：2025-01-20',
      '[字体：大 中 小]',
      '打印 | 关闭',
      '【打印】【关闭】',
      '发文字号：石政发〔2025〕3号',
    ])
      assert.equal(isPageNoise(line), true, line);
    for (const line of [
      '来源于群众的意见建议12条已全部办结。',
      '打印宣传资料6200余份。',
      '小组讨论',
      '关闭违规经营场所3处。',
      FILLER,
    ])
      assert.equal(isPageNoise(line), false, line);
  });
});
