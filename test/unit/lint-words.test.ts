import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { lintWords } from '../../electron/core/lint/index.ts';
import { byRule, ruleOn } from './lint-fixture.ts';
import { sectionByKey, soundReport } from './check-fixture.ts';

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

  test('official names and formulas: outdated or misremembered forms are flagged', () => {
    const f = ruleOn('proofread', { study: '组织党委中心学习组学习《宪法》、《民法典》4次。' });
    assert.deepEqual(
      f.map((x) => x.fix?.to),
      ['理论学习中心组', '》《'],
    );
    assert.equal(ruleOn('proofread', { education: '以全民国家安全教育日为契机开展宣传12场次。' }).length, 0);
    assert.equal(ruleOn('proofread', { education: '以国家安全日为契机开展宣传12场次。' }).length, 1);
  });

  test('法制 in the names of 法治 places is 疑似, with no fix', () => {
    const g = ruleOn('fazhi', { education: '建成法制长廊1处。' });
    assert.equal(g.length, 1);
    assert.equal(g[0].grade, '疑似');
  });

  test('依法治×委员会议 and 的 before a verb', () => {
    const f = ruleOn('proofread', { study: '召开县委依法治县委员会议2次。' });
    assert.equal(f.length, 1);
    assert.equal(f[0].fix?.to, '会会议');
    const g = ruleOn('proofread', { study: '扎实的推进依法行政，组织学法6次。' });
    assert.equal(g.length, 1);
    assert.equal(g[0].grade, '疑似');
    assert.equal(ruleOn('proofread', { study: '召开县委依法治县委员会会议2次。' }).length, 0);
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
    // the 三中全会 met in July 2024: a 2024 report naming only 二十大 is out of date too
    assert.equal(ruleOn('stale-phrase', { study: '学习贯彻党的二十大精神12次。' }, { year: 2024 }).length, 1);
    assert.equal(ruleOn('stale-phrase', { study: '学习贯彻党的二十大精神12次。' }, { year: 2023 }).length, 0);
    // citing what the congress decided is not the guiding formula
    const cite = '落实党的二十大关于全面依法治国的部署，开展学习12次。';
    assert.equal(ruleOn('stale-phrase', { study: cite }, { year: 2024 }).length, 0);
    // "历次全会" already takes in every plenum held since the congress.
    assert.equal(
      ruleOn('stale-phrase', { study: '学习贯彻党的二十大和二十届历次全会精神12次。' }, { year: 2025 }).length,
      0,
    );
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
    // a word inside a cited title names the document, not the unit's work
    assert.equal(ruleOn('out-of-scope', { disputes: '组织学习《某省地方立法条例》，调处12件。' }).length, 0);
  });
});

describe('法治审核: a term with a legitimate local use', () => {
  test('alone (基层法治审核) it is 疑似 with no one-click fix', () => {
    for (const text of ['推行基层法治审核，审核文件12件。', '镇司法所开展法治审核，审核合同12件。']) {
      const f = ruleOn('fazhi', { decisions: text });
      assert.equal(f.length, 1, text);
      assert.equal(f[0].grade, '疑似');
      assert.equal(f[0].severity, 'warning');
      assert.equal(f[0].fix, undefined);
    }
  });

  test('inside 三项制度 / 重大执法决定 it is 必改 with the fix', () => {
    for (const text of ['全面落实行政执法三项制度，法治审核覆盖12件。', '重大执法决定法治审核12件。']) {
      const f = ruleOn('fazhi', { enforcement: text });
      assert.equal(f.length, 1, text);
      assert.equal(f[0].grade, '必改');
      assert.deepEqual([f[0].fix!.from, f[0].fix!.to], ['法治审核', '法制审核']);
    }
  });
});

describe('confusion pairs', () => {
  test('确实/切实, 做出/作出, 权力/权利 → 疑似, no fix', () => {
    const f = ruleOn('proofread', {
      decisions: '青石镇确实加强合同审查，对12件事项做出决定，保障公民权力。',
    });
    assert.deepEqual(
      f.map((x) => [
        x.excerpt.includes('确实加强') || x.excerpt.includes('做出决定') || x.excerpt.includes('公民权力'),
        x.grade,
        x.fix,
      ]),
      [
        [true, '疑似', undefined],
        [true, '疑似', undefined],
        [true, '疑似', undefined],
      ],
    );
    assert.match(f[0].message, /疑为“切实”/);
  });

  test('法治督查 → 疑似 法治督察; other 督查 is left alone', () => {
    const f = ruleOn('proofread', { oversight: '青石镇配合法治督查工作，开展专项督查4次。' });
    assert.equal(f.length, 1);
    assert.match(f[0].message, /疑为“法治督察”/);
  });

  test('their right uses are left alone', () => {
    assert.deepEqual(
      ruleOn('proofread', { decisions: '青石镇切实加强合同审查，问题确实存在，依法行使权力12次，作出决定6件。' }),
      [],
    );
  });
});

describe('out-of-scope: the unit level, headings and 《》', () => {
  test('a 县, 区 or 省 report may speak of 立法; a township report may not', () => {
    const text = '参与地方立法工作12次，制定政府规章2件。';
    assert.equal(ruleOn('out-of-scope', { disputes: text }).length, 2);
    for (const unitName of ['青石县', '青石区', '青石省', '青石市']) {
      const r = soundReport({ disputes: text });
      r.unitName = unitName;
      assert.deepEqual(byRule(r, 'out-of-scope'), [], unitName);
    }
  });

  test('a heading is read too, and a 《》 title in it is skipped', () => {
    const r = soundReport();
    sectionByKey(r, 'disputes').heading = '严厉打击违法犯罪';
    const f = byRule(r, 'out-of-scope');
    assert.equal(f.length, 1);
    assert.equal(f[0].field, 'heading');
    sectionByKey(r, 'disputes').heading = '学习《青石省审判工作条例》';
    assert.deepEqual(byRule(r, 'out-of-scope'), []);
  });
});
