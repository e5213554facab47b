import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { badDates, fullWidthPunctuation } from '../../electron/core/lint/index.ts';
import { sectionByKey, soundReport } from './check-fixture.ts';
import { byRule, ruleOn } from './lint-fixture.ts';

describe('余, punctuation, dates', () => {
  test('余 after a one-digit number → warning, no fix', () => {
    const f = ruleOn('yu-after-digit', { disputes: '调处纠纷12件，开展排查4余次。' });
    assert.equal(f.length, 1);
    assert.equal(f[0].fix, undefined);
    assert.equal(ruleOn('yu-after-digit', { disputes: '调处纠纷40余件，150余人，3.5余万元。' }).length, 0);
  });

  test('余 after any number not ending in 0 → warning', () => {
    const f = ruleOn('yu-after-digit', { disputes: '调处纠纷37余件，走访群众205余户，排查隐患300余处。' });
    assert.deepEqual(
      f.map((x) => x.excerpt.includes('37余') || x.excerpt.includes('205余')),
      [true, true],
    );
    assert.match(f[0].message, /“37”是确数/);
  });

  test('stray spaces inside Chinese text → warning with a fix that removes them', () => {
    const r = soundReport({ disputes: '2024 年，调处纠纷 “12件”，工作扎实 。' });
    const f = byRule(r, 'stray-space');
    assert.equal(f.length, 3);
    assert.deepEqual(
      f.map((x) => x.fix?.to),
      ['', '', ''],
    );
    assert.equal(ruleOn('stray-space', { disputes: '调处纠纷12件，成功率98%。Word 文件不算。' }).length, 0);
  });

  test('brackets and quotes that do not pair up → warning at the lost mark', () => {
    const f = ruleOn('unbalanced', { study: '学习《某某规划2021—2025年)》6次。' });
    assert.equal(f.length, 1);
    assert.match(f[0].message, /“\)”/);
    assert.equal(ruleOn('unbalanced', { study: '开展“法律进乡村（社区）”活动6次。' }).length, 0);
    assert.equal(ruleOn('unbalanced', { study: '开展“法律进乡村活动6次。' }).length, 1);
  });

  test('half-width punctuation next to Chinese → one finding per paragraph with a full-line fix', () => {
    const r = soundReport({ disputes: '调处纠纷12件,成功率98%;群众满意:好(很好)。' });
    const f = byRule(r, 'punctuation');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /4处|5处/);
    assert.equal(f[0].fix!.to, '调处纠纷12件，成功率98%；群众满意：好（很好）。');
    assert.equal(f[0].fix!.offset, 0);
    assert.equal(f[0].fix!.paragraphId, sectionByKey(r, 'disputes').paragraphs[0].id);
  });

  test('headings must use full-width brackets', () => {
    const r = soundReport();
    sectionByKey(r, 'study').heading = '践行习近平法治思想(加强党的领导)';
    const f = byRule(r, 'punctuation');
    assert.equal(f.length, 1);
    assert.equal(f[0].field, 'heading');
    assert.equal(f[0].fix!.to, '践行习近平法治思想（加强党的领导）');
  });

  test('number-aware: 1,200 · 10:30 · 3.5% · dates · addresses · ASCII runs are never touched', () => {
    const keep = [
      '全乡共有1,200人参加',
      '于10:30召开会议',
      '成功率3.5%提升',
      '2026-01-15召开',
      '详见http://www.gov.cn/a?b=1,2;c=3(d)网站',
      '依据GB/T 9704-2012, section 7 (layout) 执行',
      '发邮件至fazhi@example.com,谢谢',
    ];
    assert.equal(fullWidthPunctuation(keep[0]), keep[0]);
    assert.equal(fullWidthPunctuation(keep[1]), keep[1]);
    assert.equal(fullWidthPunctuation(keep[2]), keep[2]);
    assert.equal(fullWidthPunctuation(keep[3]), keep[3]);
    const r = soundReport({ disputes: keep.map((k) => `调处纠纷12件。${k}。`) });
    const f = byRule(r, 'punctuation');
    // Only the comma after the e-mail address touches Chinese.
    assert.equal(f.length, 1, f.map((x) => x.fix?.to).join('\n'));
    assert.equal(f[0].fix!.to, '调处纠纷12件。发邮件至fazhi@example.com，谢谢。');
    assert.equal(fullWidthPunctuation('ratio 1:2, ok (fine) "yes"'), 'ratio 1:2, ok (fine) "yes"');
    assert.equal(fullWidthPunctuation('共3,中文'), '共3，中文');
    assert.equal(fullWidthPunctuation('按(layout)执行'), '按（layout）执行', 'brackets touching Chinese');
  });

  test('ASCII quotes → “” and ‘’ in Chinese text', () => {
    assert.equal(fullWidthPunctuation('推进新时代"枫桥经验"建设'), '推进新时代“枫桥经验”建设');
    assert.equal(fullWidthPunctuation("他说'好'"), '他说‘好’');
    assert.equal(fullWidthPunctuation('"法律明白人"培养'), '“法律明白人”培养');
  });

  test('statistic tokens are not touched by the punctuation fix', () => {
    const r = soundReport({ disputes: '调处纠纷{{调处矛盾纠纷}},成功率{{调解成功率}}。' });
    const f = byRule(r, 'punctuation');
    assert.equal(f[0].fix!.to, '调处纠纷{{调处矛盾纠纷}}，成功率{{调解成功率}}。');
  });

  test('dates: 2026-01-15 and 2026年01月05日 → 2026年1月5日 form, with a fix', () => {
    const f = ruleOn('date-format', { disputes: '于2025-01-15和2025年01月05日、03月08日召开会议12次。' });
    assert.deepEqual(
      f.map((x) => [x.fix!.from, x.fix!.to]),
      [
        ['2025-01-15', '2025年1月15日'],
        ['2025年01月05日', '2025年1月5日'],
        ['03月08日', '3月8日'],
      ],
    );
    assert.equal(ruleOn('date-format', { disputes: '于2025年1月15日召开会议12次，成功率3.5%。' }).length, 0);
    assert.equal(ruleOn('date-format', { disputes: '详见http://x.gov.cn/2025-01-15/a 的通知12份。' }).length, 0);
    assert.deepEqual(badDates('2024/3/5'), [{ index: 0, from: '2024/3/5', to: '2024年3月5日' }]);
    assert.deepEqual(badDates('版本1.2.3，面积210.16平方公里，2024.13.40'), []);
  });
});
