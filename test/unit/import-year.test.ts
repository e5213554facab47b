/** The report year from the report's own words: title, then the 导语's "现将…报告如下", then the body. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReportText } from '../../electron/core/import/index.ts';
import { leadSentenceYear } from '../../electron/core/import/year.ts';
import { FILLER, NOW, importText } from './import-helpers.ts';

const BODY = [
  '一、主要举措和成效',
  `在2023年工作基础上，${FILLER}`,
  '二、存在的不足和原因',
  '普法宣传的针对性不强，原因是普法队伍力量薄弱。',
].join('\n');

const report = (...front: string[]) => [...front, BODY].join('\n');

describe('report year', () => {
  test('no title: the 导语 sentence wins over an earlier year in the body', () => {
    const { report: r, warnings } = importText(
      report('一年来，我镇坚持依法行政。现将我镇2024年法治政府建设情况报告如下：'),
    );
    assert.equal(r.year, 2024);
    assert.ok(
      warnings.some((w) => w.includes('已按导语中的 2024 年处理')),
      warnings.join('\n'),
    );
    assert.ok(!warnings.some((w) => w.includes('2023')), warnings.join('\n'));
  });

  test('the title wins; a 导语 naming another year is reported with both years', () => {
    const { report: r, warnings } = importText(
      report('石门镇2024年度法治政府建设工作情况报告', '现将我镇2023年法治政府建设情况报告如下：'),
    );
    assert.equal(r.year, 2024);
    const w = warnings.find((x) => x.includes('导语中的年度'));
    assert.ok(w, warnings.join('\n'));
    assert.match(w, /2023年/);
    assert.match(w, /标题（2024年）/);
  });

  test('title and 导语 agreeing give no warning, whatever year the body opens with', () => {
    const { report: r, warnings } = importText(
      report('石门镇2024年度法治政府建设工作情况报告', '现将我镇2024年度法治政府建设情况报告如下：'),
    );
    assert.equal(r.year, 2024);
    assert.deepEqual(
      warnings.filter((w) => w.includes('年度')),
      [],
    );
  });

  test('a given year wins; title and 导语 naming others are each reported', () => {
    const text = report('石门镇2024年度法治政府建设工作情况报告', '现将我镇2023年法治政府建设情况报告如下：');
    const { report: r, warnings } = parseReportText(text, { now: NOW, year: 2025 });
    assert.equal(r.year, 2025);
    assert.ok(warnings.some((w) => w.startsWith('标题中的年度（2024年）与指定年度（2025年）不同')));
    assert.ok(warnings.some((w) => w.startsWith('导语中的年度（2023年）与指定年度（2025年）不同')));
  });

  test('no title and no 导语 sentence: the body year, with a warning saying so', () => {
    const { report: r, warnings } = importText(report('一年来，我镇坚持依法行政，各项工作稳步推进。'));
    assert.equal(r.year, 2023);
    assert.ok(warnings.some((w) => w.includes('已按正文中的 2023 年处理')));
  });

  test('the 导语 sentence: Chinese numerals, 汇报如下, and only within one sentence', () => {
    assert.equal(leadSentenceYear('现将二〇二四年度工作汇报如下：'), 2024);
    assert.equal(leadSentenceYear('2022年以来成效明显。现将我乡2024年有关情况报告如下：'), 2024);
    assert.equal(leadSentenceYear('现将有关情况说明。2023年报告如下'), null);
    assert.equal(leadSentenceYear('现将有关情况报告如下：'), null);
  });
});
