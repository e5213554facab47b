import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix } from '../../electron/core/lint/index.ts';
import { sectionByKey, soundReport } from './check-fixture.ts';
import { byRule, lint, ruleOn } from './lint-fixture.ts';

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
    const shortfallsAt = all.findIndex((x) => x.section.startsWith('二、'));
    assert.ok(shortfallsAt < 0 || all.indexOf(f[0]) < shortfallsAt);
    assert.equal(byRule(soundReport(), 'section-empty').length, 0);
  });

  test('an empty 第一责任人 part whose account stands elsewhere → a hint to give it its own part', () => {
    const r = soundReport({ study: '乡党委书记主持召开法治建设专题会议4次，带头讲授法治课1次。' });
    sectionByKey(r, 'chief').paragraphs = [];
    const f = byRule(r, 'section-empty');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'info');
    assert.doesNotMatch(f[0].message, /没有内容/);
    assert.match(f[0].message, /单列/);
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

describe('broken sequence numbers', () => {
  test('a heading number missing a bracket is a typed number too, removed by the fix', () => {
    for (const typed of ['（一', '一）', '（2', '3）']) {
      const r = soundReport();
      sectionByKey(r, 'study').heading = `${typed}深入学习贯彻习近平法治思想`;
      const f = byRule(r, 'heading-number');
      assert.equal(f.length, 1, typed);
      assert.equal(sectionByKey(applyFix(r, f[0]), 'study').heading, '深入学习贯彻习近平法治思想');
    }
  });

  test('a body paragraph starting with a broken number → warning with the repaired form', () => {
    const cases: Array<[string, string]> = [
      ['（一加强组织领导，学法6次。', '（一）加强组织领导，学法6次。'],
      ['二）加强组织领导，学法6次。', '（二）加强组织领导，学法6次。'],
      ['1、加强组织领导，学法6次。', '1.加强组织领导，学法6次。'],
      ['（3加强组织领导，学法6次。', '（3）加强组织领导，学法6次。'],
    ];
    for (const [text, want] of cases) {
      const r = soundReport({ disputes: text });
      const f = byRule(r, 'number-form');
      assert.equal(f.length, 1, text);
      assert.equal(sectionByKey(applyFix(r, f[0]), 'disputes').paragraphs[0].text, want);
    }
  });

  test('well-formed numbers and numbers that are not sequence numbers are left alone', () => {
    for (const text of [
      '（一）加强组织领导6次。',
      '1.加强组织领导6次。',
      '（1）学法6次。',
      '2024年学法6次。',
      '12件纠纷全部调处。',
    ]) {
      assert.deepEqual(ruleOn('number-form', { disputes: text }), [], text);
    }
  });
});
