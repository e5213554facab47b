import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  LINT_RULES,
  applyFix,
  applyFixes,
  badDates,
  fullWidthPunctuation,
  lintReport,
  lintWords,
  similarity,
  type Finding,
  type LintRule,
} from '../../electron/core/lint/index.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { demoReport, makeReport, sectionByKey, soundReport, type Fill } from './check-fixture.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function lint(report: Report, opts: Parameters<typeof lintReport>[1] = {}): Finding[] {
  return lintReport(report, { today: new Date(2025, 5, 1), ...opts });
}
function byRule(report: Report, rule: LintRule, opts: Parameters<typeof lintReport>[1] = {}): Finding[] {
  return lint(report, opts).filter((f) => f.rule === rule);
}
/** A sound report with extra text in one section, and the findings of one rule. */
function ruleOn(rule: LintRule, extra: Fill, opts: { year?: number } = {}): Finding[] {
  return byRule(soundReport(extra, opts), rule);
}

describe('a sound report', () => {
  test('has no findings at all', () => {
    const findings = lint(soundReport());
    assert.deepEqual(
      findings.map((f) => `${f.rule}: ${f.message}`),
      [],
    );
  });

  test('findings name section and paragraph, say why in Chinese, and have stable unique ids', () => {
    const r = soundReport({ disputes: ['建立矛盾纠纷排查调处机制，调处纠纷12件。', '全年4余次,开展排查。'] });
    const a = lint(r);
    const b = lint(structuredClone(r));
    assert.deepEqual(
      a.map((f) => f.id),
      b.map((f) => f.id),
    );
    assert.equal(new Set(a.map((f) => f.id)).size, a.length);
    const yu = a.find((f) => f.rule === 'yu-after-digit')!;
    assert.equal(yu.section, '一、（二）');
    assert.equal(yu.paragraph, 2);
    assert.equal(yu.paragraphId, sectionByKey(r, 'disputes').paragraphs[1].id);
    assert.match(yu.message, /余/);
    assert.match(yu.excerpt, /4余次/);
    for (const f of a) assert.ok(f.id.startsWith(`${f.rule}:`));
  });

  test('every rule has a Chinese name', () => {
    for (const name of Object.values(LINT_RULES)) assert.match(name, /[\u4e00-\u9fff]/);
  });
});

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
    assert.equal(f[0].section, '一、');
    assert.equal(f[0].paragraph, 0);
    sectionByKey(r, 'study').paragraphs[0].text = '2024年，乡党委中心组专题学法6次。';
    assert.equal(byRule(r, 'year-section').length, 0);
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

describe('mandated sections and 空话', () => {
  test('an empty mandated section → error, in document order', () => {
    const r = soundReport();
    sectionByKey(r, 'chief').paragraphs = [];
    const all = lint(r);
    const f = all.filter((x) => x.rule === 'section-empty');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'error');
    assert.equal(f[0].field, 'section');
    assert.equal(f[0].sectionId, sectionByKey(r, 'chief').id);
    assert.match(f[0].message, /第一责任人/);
    const shortfallsAt = all.findIndex((x) => x.section === '二、');
    assert.ok(shortfallsAt < 0 || all.indexOf(f[0]) < shortfallsAt);
    assert.equal(byRule(soundReport(), 'section-empty').length, 0);
  });

  test('the optional 其他 section may stay empty', () => {
    assert.ok(!lint(soundReport()).some((x) => x.rule === 'section-empty' && /其他/.test(x.message)));
  });

  test('placeholders: XX, ××, 待补充, unknown statistic tokens and unfilled statistics', () => {
    assert.equal(ruleOn('placeholder', { disputes: '全年调处纠纷XX件，成功率××%。' }).length, 2);
    assert.equal(ruleOn('placeholder', { chief: '乡党委书记亲自部署，主持会议4次。待补充。' }).length, 1);
    const unknown = ruleOn('placeholder', { disputes: '调处纠纷{{没有这一项}}。' });
    assert.equal(unknown.length, 1);
    assert.match(unknown[0].message, /不存在/);
    const unfilled = ruleOn('placeholder', { disputes: '调处纠纷{{调处矛盾纠纷}}。' });
    assert.equal(unfilled.length, 1);
    assert.match(unfilled[0].message, /还没有填写/);
    assert.equal(ruleOn('placeholder', { disputes: '使用Windows XP系统和XXL号服装。' }).length, 0);
  });

  test('a sub-area of 举措和成效 with no figure at all → 空话', () => {
    const f = ruleOn('no-figure', { disputes: '建立矛盾纠纷排查调处机制，强化源头治理。' });
    assert.equal(f.length, 1);
    assert.equal(f[0].section, '一、（二）');
    assert.equal(f[0].paragraph, 0);
    assert.match(f[0].message, /调处矛盾纠纷/);
    assert.equal(ruleOn('no-figure', { disputes: '2024年建立矛盾纠纷排查机制。' }).length, 1, 'a year is not a figure');
    assert.equal(ruleOn('no-figure', { disputes: '调处纠纷12件。' }).length, 0);
  });

  test('空话 mentions a filled statistic that could be inserted', () => {
    const r = soundReport({ oversight: '自觉接受人大监督。' });
    sectionByKey(r, 'oversight').stats[0].value = 150;
    assert.match(byRule(r, 'no-figure')[0].message, /插入/);
  });
});

describe('余, punctuation, dates', () => {
  test('余 after a one-digit number → warning, no fix', () => {
    const f = ruleOn('yu-after-digit', { disputes: '调处纠纷12件，开展排查4余次。' });
    assert.equal(f.length, 1);
    assert.equal(f[0].fix, undefined);
    assert.equal(ruleOn('yu-after-digit', { disputes: '调处纠纷40余件，150余人，3.5余万元。' }).length, 0);
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

describe('words', () => {
  test('法治审核 → 法制审核 (必改, with fix); mixed use is named', () => {
    const f = ruleOn('fazhi', { enforcement: '落实重大执法决定法制审核制度，法治审核依法规范，持证21人。' });
    assert.equal(f.length, 1);
    assert.equal(f[0].grade, '必改');
    assert.equal(f[0].severity, 'error');
    assert.deepEqual([f[0].fix!.from, f[0].fix!.to], ['法治审核', '法制审核']);
    assert.match(f[0].message, /混用/);
    assert.equal(ruleOn('fazhi', { enforcement: '落实重大执法决定法制审核制度，持证21人。' }).length, 0);
  });

  test('法制宣传 → 疑似, no fix', () => {
    const f = ruleOn('fazhi', { education: '开展法制宣传20场次。' });
    assert.equal(f.length, 1);
    assert.equal(f[0].grade, '疑似');
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].fix, undefined);
  });

  test('proofreading list: 必改 words are flagged with a fix', () => {
    const must = lintWords.proofread.filter((e) => e.grade === '必改' && !e.regex);
    assert.ok(must.length >= 14);
    for (const e of must) {
      const f = ruleOn('proofread', { disputes: `调处纠纷12件，${e.pattern}。` });
      assert.equal(f.length, 1, e.pattern);
      assert.equal(f[0].grade, '必改');
      assert.deepEqual([f[0].fix!.from, f[0].fix!.to], [e.pattern, e.to]);
    }
    for (const w of [
      '专武独断',
      '既往不究',
      '按步就班',
      '迫不急待',
      '再接再励',
      '一愁莫展',
      '悬梁刺骨',
      '不径而走',
      '谈笑风声',
      '相形见拙',
      '原形必露',
    ]) {
      assert.ok(
        must.some((e) => e.pattern === w),
        w,
      );
    }
  });

  test('proofreading patterns: 部属 vs 部署, 循私舞弊, 截止/截至 (疑似)', () => {
    const f = ruleOn('proofread', { disputes: '研究部属工作，严防循私舞弊，调处纠纷12件。' });
    assert.deepEqual(
      f.map((x) => x.fix!.to),
      ['部署', '徇私舞弊'],
    );
    assert.equal(ruleOn('proofread', { disputes: '关心全体部属，调处纠纷12件。' }).length, 0);
    const j = ruleOn('proofread', { disputes: '截止2024年底，调处纠纷12件。' });
    assert.equal(j.length, 1);
    assert.equal(j[0].grade, '疑似');
    assert.equal(j[0].fix, undefined);
    assert.equal(ruleOn('proofread', { disputes: '截至2024年底，调处纠纷12件；报名截止日期已过。' }).length, 0);
    assert.equal(ruleOn('proofread', { disputes: '截止到2024年底，调处纠纷12件。' }).length, 0);
  });

  test('stale phrases by year', () => {
    assert.equal(ruleOn('stale-phrase', { study: '学习贯彻党的二十大精神12次。' }, { year: 2025 }).length, 1);
    assert.equal(
      ruleOn('stale-phrase', { study: '学习贯彻党的二十大和二十届三中全会精神12次。' }, { year: 2025 }).length,
      0,
    );
    assert.equal(ruleOn('stale-phrase', { study: '学习贯彻党的二十大精神12次。' }, { year: 2024 }).length, 0);
    assert.equal(ruleOn('stale-phrase', { education: '深入开展“七五”普法20场次。' }, { year: 2022 }).length, 1);
    assert.equal(ruleOn('stale-phrase', { disputes: '贯彻《信访条例》，受理12件。' }, { year: 2023 }).length, 1);
    assert.equal(
      ruleOn('stale-phrase', { disputes: '依据《中华人民共和国合同法》审查合同12件。' }, { year: 2023 }).length,
      1,
    );
    assert.equal(ruleOn('stale-phrase', { disputes: '开展扫黑除恶专项斗争12次。' }, { year: 2021 }).length, 1);
    // Only once for a report-level phrase
    assert.equal(
      ruleOn('stale-phrase', { study: '党的二十大精神12次。', plan: '2026年学习党的二十大精神。' }, { year: 2025 })
        .length,
      1,
    );
  });

  test('out-of-scope words are a soft warning (info)', () => {
    const f = ruleOn('out-of-scope', { disputes: '严厉打击涉黑涉恶违法犯罪，调处纠纷12件。' });
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'info');
    assert.equal(ruleOn('out-of-scope', { disputes: '参与地方立法工作12次。' }).length, 1);
    assert.equal(
      ruleOn('out-of-scope', { disputes: '推进科学立法、严格执法，树立法治观念，建立法律顾问制度，调处12件。' }).length,
      0,
    );
    assert.equal(ruleOn('out-of-scope', { disputes: '建好基层立法联系点，收集意见12条。' }).length, 0);
  });
});

describe('一是、二是 sequences', () => {
  test('a skipped or repeated number is flagged', () => {
    const skip = ruleOn('sequence', { disputes: '一是排查纠纷12件。三是化解纠纷。' });
    assert.equal(skip.length, 1);
    assert.match(skip[0].message, /二是/);
    assert.match(skip[0].excerpt, /三是/);
    const repeat = ruleOn('sequence', { disputes: '一是排查纠纷12件。二是化解纠纷。二是加强调解。' });
    assert.equal(repeat.length, 1);
    assert.match(repeat[0].message, /重复/);
    const restart = ruleOn('sequence', { disputes: '一是排查纠纷12件。二是化解纠纷。一是加强调解。' });
    assert.equal(restart.length, 1);
  });

  test('a correct sequence, one continued across paragraphs, or a new list in a new paragraph is fine', () => {
    assert.equal(ruleOn('sequence', { disputes: '一是排查纠纷12件；二是化解纠纷；三是加强调解。' }).length, 0);
    assert.equal(ruleOn('sequence', { disputes: ['一是排查纠纷12件。二是化解纠纷。', '三是加强调解。'] }).length, 0);
    assert.equal(
      ruleOn('sequence', { disputes: ['一是排查纠纷12件。二是化解纠纷。', '一是加强调解。二是完善机制。'] }).length,
      0,
    );
    assert.equal(ruleOn('sequence', { disputes: '坚持统一是原则，调处纠纷12件。' }).length, 0);
    const across = ruleOn('sequence', { disputes: ['一是排查纠纷12件。二是化解纠纷。', '四是加强调解。'] });
    assert.equal(across.length, 1);
    assert.match(across[0].message, /三是/);
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

describe('照搬上年', () => {
  const para =
    '在房屋土地征收、社会保障、环境保护等矛盾纠纷相对高发领域，建立矛盾纠纷排查调处机制，坚持每月收集矛盾排查线索并及时化解，全年调处纠纷56件。';

  test('similarity: identical after normalising → 1; one character changed in a long paragraph ≥ 0.9; different → low', () => {
    assert.equal(similarity(para, para.replace(/，/g, ',')), 1);
    assert.ok(similarity(para, para.replace('每月', '每周')) >= 0.9);
    assert.ok(similarity(para, para.replace('56', '61')) < 0.9, 'a changed figure is a change');
    assert.ok(similarity(para, '开展普法宣传活动28场次，发放资料5700份。') < 0.2);
    assert.equal(similarity('', 'abc'), 0);
  });

  test('a paragraph identical to last year → 完全相同', () => {
    const prev = soundReport({ disputes: para }, { year: 2023 });
    const cur = soundReport({ disputes: para });
    const f = byRule(cur, 'copied', { previous: prev }).filter((x) => x.sectionId === sectionByKey(cur, 'disputes').id);
    assert.equal(f.length, 1);
    assert.match(f[0].message, /完全相同/);
    assert.match(f[0].message, /一、（二）第1段/);
  });

  test('nearly identical (Jaccard ≥ 0.9) → 几乎相同; rewritten → nothing; no previous → nothing', () => {
    const prev = soundReport({ disputes: para }, { year: 2023 });
    const inDisputes = (r: Report, previous?: Report) =>
      byRule(r, 'copied', { previous }).filter((x) => x.sectionId === sectionByKey(r, 'disputes').id);
    const near = inDisputes(soundReport({ disputes: para.replace('每月', '每周') }), prev);
    assert.equal(near.length, 1);
    assert.match(near[0].message, /几乎相同（相似度9\d%）/);
    const other = soundReport({ disputes: '全年调处矛盾纠纷61件，调解成功率98%，新建调解室3个，培训调解员40人次。' });
    assert.equal(inDisputes(other, prev).length, 0);
    assert.equal(byRule(soundReport({ disputes: para }), 'copied').length, 0);
  });

  test('short paragraphs are not compared', () => {
    const prev = makeReport({ disputes: '调处纠纷12件。' }, { year: 2023 });
    assert.equal(byRule(makeReport({ disputes: '调处纠纷12件。' }), 'copied', { previous: prev }).length, 0);
  });

  test("a paragraph carried over and never edited is flagged even without last year's report", () => {
    const r = soundReport({ disputes: para });
    sectionByKey(r, 'disputes').paragraphs[0].inherited = true;
    const f = byRule(r, 'copied');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /带入/);
  });
});

describe('heading numbers typed by hand', () => {
  test('"（一）" at the start of a heading → warning with a fix removing it', () => {
    const r = soundReport();
    sectionByKey(r, 'study').heading = '（一）深入学习贯彻习近平法治思想';
    const f = byRule(r, 'heading-number');
    assert.equal(f.length, 1);
    const fixed = applyFix(r, f[0]);
    assert.equal(sectionByKey(fixed, 'study').heading, '深入学习贯彻习近平法治思想');
    assert.equal(byRule(soundReport(), 'heading-number').length, 0);
  });
});

describe('applyFix', () => {
  test('returns a new report with the fix applied; the input is unchanged', () => {
    const r = soundReport({ decisions: '杜绝个人意志专武独断，审查合同12件。' });
    const before = JSON.stringify(r);
    const f = byRule(r, 'proofread')[0];
    const fixed = applyFix(r, f);
    assert.notEqual(fixed, r);
    assert.equal(JSON.stringify(r), before);
    assert.equal(sectionByKey(fixed, 'decisions').paragraphs[0].text, '杜绝个人意志独断专行，审查合同12件。');
    assert.equal(byRule(fixed, 'proofread').length, 0);
  });

  test('a finding without a fix, or whose text is gone, returns the same report', () => {
    const r = soundReport({ disputes: '开展排查4余次，调处12件。' });
    const yu = byRule(r, 'yu-after-digit')[0];
    assert.equal(applyFix(r, yu), r);
    const r2 = soundReport({ decisions: '专武独断，审查合同12件。' });
    const f = byRule(r2, 'proofread')[0];
    sectionByKey(r2, 'decisions').paragraphs[0].text = '审查合同12件。';
    assert.equal(applyFix(r2, f), r2);
  });

  test('a fix still applies after the text before it changed (nearest occurrence)', () => {
    const r = soundReport({ decisions: '杜绝专武独断，审查合同12件。' });
    const f = byRule(r, 'proofread')[0];
    sectionByKey(r, 'decisions').paragraphs[0].text = '坚持民主集中制，杜绝专武独断，审查合同12件。';
    const fixed = applyFix(r, f);
    assert.equal(sectionByKey(fixed, 'decisions').paragraphs[0].text, '坚持民主集中制，杜绝独断专行，审查合同12件。');
  });

  test('a punctuation fix is recomputed when its line was edited since', () => {
    const r = soundReport({ disputes: '调处纠纷12件,成功率98%。' });
    const f = byRule(r, 'punctuation')[0];
    sectionByKey(r, 'disputes').paragraphs[0].text = '全年调处纠纷12件,成功率98%。';
    const fixed = applyFix(r, f);
    assert.equal(sectionByKey(fixed, 'disputes').paragraphs[0].text, '全年调处纠纷12件，成功率98%。');
  });

  test('fixes in multi-line fields land on the right line', () => {
    const r = soundReport({}, { preamble: '第一段导语。\n  第二段,导语2025-01-05。' });
    const f = lint(r).filter((x) => x.field === 'preamble');
    assert.deepEqual(
      f.map((x) => [x.rule, x.paragraph]),
      [
        ['punctuation', 2],
        ['date-format', 2],
      ],
    );
    const fixed = applyFixes(r, f);
    assert.equal(fixed.preamble, '第一段导语。\n  第二段，导语2025年1月5日。');
  });

  test('a title fix turns off the automatic title', () => {
    const r = soundReport({}, { title: '测试乡2024年度法治政府建设工作情况报告(送审稿)' });
    r.titleAuto = true;
    const f = byRule(r, 'punctuation')[0];
    const fixed = applyFix(r, f);
    assert.equal(fixed.title, '测试乡2024年度法治政府建设工作情况报告（送审稿）');
    assert.equal(fixed.titleAuto, false);
  });

  test('applyFixes applies every mechanical fix of a paragraph; the lint is then clean of them', () => {
    const r = soundReport({ decisions: '于2025-01-15召开会议,杜绝专武独断;落实"法治审核",审查合同12件。' });
    const fixed = applyFixes(r, lint(r));
    assert.equal(
      sectionByKey(fixed, 'decisions').paragraphs[0].text,
      '于2025年1月15日召开会议，杜绝独断专行；落实“法制审核”，审查合同12件。',
    );
    assert.deepEqual(
      lint(fixed).map((f) => f.rule),
      [],
    );
  });
});

describe('the demo report (seed findings, DOMAIN.md §6)', () => {
  const demo = demoReport();
  const findings = lint(demo);

  test('"2018年以来" is flagged as the reporting period', () => {
    const f = findings.filter((x) => x.rule === 'year-period');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /2018年以来/);
    assert.equal(f[0].section, '一、（七）4.');
    assert.equal(f[0].paragraphId, 'demo-p-17');
  });

  test('法治审核 is flagged against 法制审核 (mixed)', () => {
    const f = findings.filter((x) => x.rule === 'fazhi');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /法治审核.*法制审核/);
    assert.match(f[0].message, /混用/);
    assert.equal(f[0].paragraphId, 'demo-p-6');
    assert.deepEqual([f[0].fix!.from, f[0].fix!.to], ['法治审核', '法制审核']);
  });

  test('专武独断 is flagged', () => {
    const f = findings.filter((x) => x.rule === 'proofread');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /专武独断.*独断专行/);
    assert.equal(f[0].paragraphId, 'demo-p-6');
  });

  test('the empty 第一责任人 section and the plan without 2025 are flagged', () => {
    assert.equal(findings.filter((x) => x.rule === 'section-empty').length, 1);
    assert.match(findings.find((x) => x.rule === 'section-empty')!.message, /第一责任人/);
    assert.equal(findings.filter((x) => x.rule === 'year-plan').length, 1);
  });

  test('no other kind of finding than those the sample deserves', () => {
    const rules = [...new Set(findings.map((f) => f.rule))].sort();
    assert.deepEqual(rules, [
      'fazhi',
      'no-figure',
      'out-of-scope',
      'proofread',
      'punctuation',
      'section-empty',
      'year-period',
      'year-plan',
      'year-section',
    ]);
    assert.deepEqual(
      findings.filter((f) => f.rule === 'no-figure').map((f) => f.section),
      ['一、（二）', '一、（三）', '一、（六）'],
    );
    assert.deepEqual(
      findings.filter((f) => f.rule === 'out-of-scope').map((f) => f.paragraphId),
      ['demo-p-5'],
    );
  });

  test('applying every fix leaves no punctuation or 必改 finding and keeps the rest', () => {
    const fixed = applyFixes(demo, findings);
    const after = lint(fixed);
    assert.ok(!after.some((f) => f.rule === 'punctuation' || f.grade === '必改'));
    assert.equal(after.filter((f) => f.rule === 'year-period').length, 1);
    assert.match(sectionByKey(fixed, 'decisions').paragraphs[0].text, /杜绝个人意志独断专行。/);
    assert.match(sectionByKey(fixed, 'decisions').paragraphs[0].text, /法制审核依法规范明确/);
    // 28(场)次 → 28（场）次, 210.16 untouched
    const text = JSON.stringify(fixed);
    assert.match(text, /28（场）次/);
    assert.match(text, /210\.16平方公里/);
  });
});

describe('check CLI', () => {
  const cli = join(ROOT, 'electron/cli/check-cli.ts');
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: ROOT, encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'check-cli-'));

  test('prints pure JSON: checklist and findings of the demo', () => {
    const res = run(['assets/demo-report.json']);
    assert.equal(res.status, 0, res.stderr);
    const out = JSON.parse(res.stdout);
    const chief = out.checklist.find((c: { id: string }) => c.id === 'chief');
    assert.equal(chief.state, 'missing');
    assert.ok(
      out.findings.some(
        (f: { rule: string; section: string; paragraph: number }) =>
          f.rule === 'year-period' && f.section === '一、（七）4.' && f.paragraph === 1,
      ),
    );
    for (const f of out.findings) assert.ok('rule' in f && 'section' in f && 'paragraph' in f && 'message' in f);
    assert.equal(typeof out.completeness, 'number');
  });

  test("--previous adds last year's promises", () => {
    const res = run(['assets/demo-report.json', '--previous', 'assets/demo-report.json', '--today', '2025-02-01']);
    assert.equal(res.status, 0, res.stderr);
    const out = JSON.parse(res.stdout);
    assert.ok(out.checklist.some((c: { id: string }) => c.id === 'promise-1'));
    assert.ok(out.findings.some((f: { rule: string }) => f.rule === 'copied'));
  });

  test('missing file, bad JSON, invalid report, bad arguments: stderr and non-zero exit, nothing on stdout', () => {
    const badJson = join(dir, 'bad.json');
    writeFileSync(badJson, '{ not json');
    const notReport = join(dir, 'not-report.json');
    writeFileSync(notReport, JSON.stringify({ hello: 1 }));
    for (const [args, pattern] of [
      [[join(dir, 'nope.json')], /找不到文件/],
      [[badJson], /不是有效的 JSON/],
      [[notReport], /不是有效的报告/],
      [[], /缺少报告文件/],
      [['assets/demo-report.json', '--bogus'], /未知参数/],
      [['assets/demo-report.json', '--previous'], /缺少参数/],
    ] as const) {
      const res = run([...args]);
      assert.notEqual(res.status, 0, args.join(' '));
      assert.equal(res.stdout, '', args.join(' '));
      assert.match(res.stderr, pattern);
    }
  });

  test('npm run --silent check prints nothing but JSON', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const res = spawnSync(npm, ['run', '--silent', 'check', '--', 'assets/demo-report.json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(res.status, 0, res.stderr);
    assert.doesNotThrow(() => JSON.parse(res.stdout));
  });
});
