import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { sectionByKey, soundReport } from './check-fixture.ts';
import { byRule, ruleOn } from './lint-fixture.ts';

describe('year consistency', () => {
  test('title without the report year / with another year → error', () => {
    const r = soundReport({}, { title: '测试乡法治政府建设工作情况报告' });
    const f = byRule(r, 'year-title');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].section, '标题');
    const r2 = soundReport({}, { title: '测试乡2023年度法治政府建设工作情况报告' });
    assert.ok(byRule(r2, 'year-title').some((x) => /2023年/.test(x.message)));
    assert.equal(byRule(soundReport(), 'year-title').length, 0);
  });

  test('section 一 names the report year in its heading or text', () => {
    const r = soundReport({ study: '乡党委理论学习中心组专题学习习近平法治思想6次。' });
    sectionByKey(r, 'measures').heading = '法治政府建设工作开展情况';
    const f = byRule(r, 'year-section');
    assert.equal(f.length, 1);
    assert.equal(f[0].section, '一、法治政府建设工作开展情况', 'a top-level part is named by its number and heading');
    assert.equal(f[0].paragraph, 0);
    sectionByKey(r, 'study').paragraphs[0].text = '2024年，乡党委中心组专题学法6次。';
    assert.equal(byRule(r, 'year-section').length, 0);
  });

  test('a 导语 naming the report year is enough for section 一', () => {
    const r = soundReport({ study: '乡党委理论学习中心组专题学习习近平法治思想6次。' });
    sectionByKey(r, 'measures').heading = '主要工作举措及成效';
    r.preamble = '2024年，我乡在县委、县政府领导下扎实推进依法行政，现将有关情况报告如下。';
    assert.equal(byRule(r, 'year-section').length, 0);
    r.preamble = '今年以来，我乡扎实推进依法行政，现将有关情况报告如下。';
    assert.equal(byRule(r, 'year-section').length, 1);
  });

  test('a heading naming another year → error', () => {
    const r = soundReport();
    sectionByKey(r, 'measures').heading = '2023年度推进法治政府建设的主要举措和成效';
    const f = byRule(r, 'year-section');
    assert.ok(f.some((x) => x.severity === 'error' && /2023年/.test(x.message)));
  });

  test('the plan names year+1; a plan sentence opening with another year is flagged', () => {
    const r = soundReport({ plan: '下一步，我乡将继续深化普法。' });
    sectionByKey(r, 'plan').heading = '下步工作计划';
    const f = byRule(r, 'year-plan');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /2025年/);
    const r2 = soundReport({ plan: '2024年，我乡将继续深化普法。' });
    assert.ok(byRule(r2, 'year-plan').some((x) => /2024年/.test(x.message)));
    assert.equal(byRule(soundReport(), 'year-plan').length, 0);
    const r3 = soundReport();
    sectionByKey(r3, 'plan').heading = '2024年度推进法治政府建设的主要安排';
    assert.ok(byRule(r3, 'year-plan').some((x) => x.severity === 'error'));
  });

  test('another year as the reporting period ("2018年以来") → warning', () => {
    const f = ruleOn('year-period', { disputes: '2018年以来，我乡未发生行政复议案件。' });
    assert.equal(f.length, 1);
    assert.match(f[0].message, /2018年以来/);
    assert.match(f[0].excerpt, /2018年以来/);
    assert.equal(ruleOn('year-period', { disputes: '2019—2023年共调处纠纷100件。' }).length, 1);
    assert.equal(ruleOn('year-period', { disputes: '2023年，我乡调处纠纷100件。' }).length, 1);
  });

  test('the report year, a planning period or a title is not a reporting-period problem', () => {
    assert.equal(ruleOn('year-period', { disputes: '2024年以来，调处纠纷12件。' }).length, 0);
    assert.equal(ruleOn('year-period', { study: '贯彻《法治政府建设实施纲要（2021—2025年）》。' }).length, 0);
    assert.equal(ruleOn('year-period', { study: '落实“八五”普法规划（2021—2025年）。' }).length, 0);
    assert.equal(ruleOn('year-period', { disputes: '较2023年下降10%。' }).length, 0);
    assert.equal(ruleOn('year-period', { plan: '2025年以来的工作安排。' }).length, 0);
  });
});

describe('成文日期', () => {
  test('after 3月1日 of year+1 → warning', () => {
    const r = soundReport();
    r.signature.date = '2025-03-15';
    const f = byRule(r, 'filing-date');
    assert.equal(f.length, 1);
    assert.equal(f[0].section, '落款');
    assert.match(f[0].message, /3月1日/);
  });
  test('before the end of the report year → warning', () => {
    const r = soundReport();
    r.signature.date = '2024-12-20';
    assert.equal(byRule(r, 'filing-date').length, 1);
  });
  test('in January or February of year+1 → fine; no date → no finding here', () => {
    for (const d of ['2025-01-15', '2025-02-28', '2025-03-01', '']) {
      const r = soundReport();
      r.signature.date = d;
      assert.equal(byRule(r, 'filing-date').length, 0, d);
    }
  });
  test('a date after today → info', () => {
    const r = soundReport();
    r.signature.date = '2025-02-10';
    const f = byRule(r, 'filing-date', { today: new Date(2025, 0, 20) });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'info');
    assert.equal(byRule(r, 'filing-date', { today: new Date(2025, 1, 10) }).length, 0);
  });
});

describe('the 导语 names the year reported', () => {
  test('“现将…N年…报告如下” with another year than the report’s → error on the 导语; the same year → nothing', () => {
    const r = soundReport({}, { preamble: '一年来，我乡坚持依法行政。现将我乡2023年法治政府建设情况报告如下：' });
    const f = byRule(r, 'year-lead');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].field, 'preamble');
    assert.match(f[0].message, /2023年.*2024年/);
    const same = soundReport({}, { preamble: '现将我乡2024年法治政府建设情况报告如下：' });
    assert.equal(byRule(same, 'year-lead').length, 0);
    // A year elsewhere in the 导语 is not the reported year.
    const other = soundReport({}, { preamble: '在2023年工作基础上，我乡持续发力。现将有关情况报告如下：' });
    assert.equal(byRule(other, 'year-lead').length, 0);
  });
});
