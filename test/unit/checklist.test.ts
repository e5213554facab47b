import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  checklistSpec,
  completeness,
  countyItemLines,
  evaluateChecklist,
  itemKeyPhrases,
  promiseTexts,
  validateMark,
  type ChecklistItemResult,
} from '../../electron/core/checklist/index.ts';
import { checkReport } from '../../electron/core/check.ts';
import { hasFigure } from '../../electron/core/text/figures.ts';
import { keyPhrases } from '../../electron/core/text/key-phrases.ts';
import { periodMentions } from '../../electron/core/text/periods.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { demoReport, makeReport, sectionByKey, type Fill } from './check-fixture.ts';

function item(report: Report, id: string, previous?: Report): ChecklistItemResult {
  const r = evaluateChecklist(report, { previous }).find((x) => x.id === id);
  assert.ok(r, `no item ${id}`);
  return r;
}

function stateOf(fillWith: Fill, id: string): string {
  return item(makeReport(fillWith), id).state;
}

describe('checklist data', () => {
  test('has exactly the items of DOMAIN.md §3, with levels', () => {
    const ids = checklistSpec.items.map((i) => i.id);
    assert.deepEqual(ids, [
      'study',
      'chief',
      'leadership',
      'cadre-study',
      'decisions',
      'legality',
      'normative',
      'three-systems',
      'enforcement',
      'openness',
      'functions',
      'disputes',
      'petitions',
      'review-litigation',
      'legal-education',
      'oversight',
      'emergency',
      'digital',
      'shortfalls',
      'next-year',
      'formalities',
    ]);
    const m = checklistSpec.items.filter((i) => i.level === 'M').map((i) => i.id);
    assert.deepEqual(m, ['chief', 'shortfalls', 'next-year', 'formalities']);
    assert.deepEqual(
      checklistSpec.items.filter((i) => i.level === 'O').map((i) => i.id),
      ['emergency', 'digital'],
    );
  });

  test('every item names where it belongs, and items with figures name them', () => {
    for (const i of checklistSpec.items) {
      if (i.id !== 'formalities') assert.ok(i.sectionKeys.length > 0, i.id);
      if (i.stats) assert.ok(i.figures, `${i.id} has statistics but no figures description`);
      if (!i.rule) assert.ok(i.cues.length > 0, i.id);
    }
  });

  test('results carry id, title, level, state, reason and section keys', () => {
    const results = evaluateChecklist(makeReport());
    assert.equal(results.length, checklistSpec.items.length);
    for (const r of results) {
      assert.ok(r.title && r.reason && ['M', 'R', 'O'].includes(r.level));
      assert.ok(['covered', 'partial', 'missing'].includes(r.state));
      assert.ok(/[\u4e00-\u9fff]/.test(r.reason), 'reason is Chinese');
    }
  });
});

// Each generic item: a text that covers it (cue + figure), one that partly covers it (cue, no figure), and none.
const GENERIC: Array<{ id: string; key: string; covered: string; partial?: string; none: string }> = [
  {
    id: 'study',
    key: 'study',
    covered: '乡党委理论学习中心组专题学习习近平法治思想6次。',
    partial: '深入学习习近平法治思想。',
    none: '坚持党的领导。',
  },
  { id: 'leadership', key: 'study', covered: '成立以乡长为组长的法治政府建设领导小组。', none: '高度重视法治建设。' },
  {
    id: 'cadre-study',
    key: 'study',
    covered: '全年组织会前学法12次，学法考试参考率100%。',
    partial: '坚持领导干部会前学法。',
    none: '加强干部教育。',
  },
  {
    id: 'decisions',
    key: 'decisions',
    covered: '全年重大行政决策事项3项，均经集体讨论决定。',
    partial: '严格落实重大行政决策程序。',
    none: '决策更加科学。',
  },
  {
    id: 'legality',
    key: 'decisions',
    covered: '开展合法性审查15件，村（社区）法律顾问覆盖率100%。',
    partial: '聘请律师担任法律顾问。',
    none: '依法办事。',
  },
  {
    id: 'normative',
    key: 'decisions',
    covered: '报送备案审查规范性文件2件。',
    partial: '加强规范性文件管理。',
    none: '制度更加完善。',
  },
  {
    id: 'three-systems',
    key: 'enforcement',
    covered: '全面推行执法公示、全过程记录、法制审核制度。',
    none: '执法更加规范。',
  },
  {
    id: 'enforcement',
    key: 'enforcement',
    covered: '全乡21名执法人员均持有执法证。',
    partial: '强化综合行政执法队伍建设。',
    none: '执法更加规范。',
  },
  {
    id: 'openness',
    key: 'oversight',
    covered: '通过政务公开栏公开各类信息150条。',
    partial: '推进政务公开。',
    none: '权力运行透明。',
  },
  {
    id: 'functions',
    key: 'functions',
    covered: '公布履职事项清单事项120项。',
    partial: '持续优化营商环境。',
    none: '转变工作作风。',
  },
  {
    id: 'disputes',
    key: 'disputes',
    covered: '排查调处矛盾纠纷56件，调解成功率98%。',
    partial: '建立矛盾纠纷排查调处机制。',
    none: '社会和谐稳定。',
  },
  {
    id: 'petitions',
    key: 'disputes',
    covered: '受理信访事项30件，办结率100%。',
    partial: '推进信访工作法治化。',
    none: '群众满意。',
  },
  {
    id: 'review-litigation',
    key: 'disputes',
    covered: '全年发生行政复议案件0件、行政诉讼案件1件。',
    partial: '做好行政复议应诉工作。',
    none: '化解行政争议。',
  },
  {
    id: 'legal-education',
    key: 'education',
    covered: '开展普法宣传活动28场次，发放资料5700份。',
    partial: '深入开展普法宣传。',
    none: '群众素质提高。',
  },
  { id: 'oversight', key: 'oversight', covered: '自觉接受人大监督和群众监督。', none: '工作规范有序。' },
  {
    id: 'emergency',
    key: 'emergency',
    covered: '组织防汛应急演练3次。',
    partial: '修订应急预案。',
    none: '做好值班值守。',
  },
  { id: 'digital', key: 'digital', covered: '推进政务服务事项网上办理。', none: '提高办事效率。' },
];

describe('generic items: cue, figure, none', () => {
  for (const g of GENERIC) {
    test(`${g.id}: covered / partial / missing`, () => {
      const report = makeReport({ [g.key]: g.covered });
      const covered = item(report, g.id);
      assert.equal(covered.state, 'covered', covered.reason);
      assert.ok(covered.evidence, 'evidence given');
      assert.equal(covered.evidence!.sectionId, sectionByKey(report, g.key).id);
      assert.ok(covered.evidence!.excerpt.length > 0);
      if (g.partial) {
        const partial = item(makeReport({ [g.key]: g.partial }), g.id);
        assert.equal(partial.state, 'partial', partial.reason);
        assert.match(partial.reason, /没有数字/);
      }
      assert.equal(stateOf({ [g.key]: g.none }, g.id), 'missing');
    });
  }

  test('evidence points at the covering paragraph and its printed label', () => {
    const r = makeReport({ disputes: ['坚持和发展新时代“枫桥经验”。', '全年调处矛盾纠纷56件。'] });
    const res = item(r, 'disputes');
    assert.equal(res.state, 'covered');
    const s = sectionByKey(r, 'disputes');
    assert.equal(res.evidence!.sectionId, s.id);
    assert.equal(res.evidence!.paragraphId, s.paragraphs[1].id);
    assert.equal(res.evidence!.label, '一、（一）');
    assert.match(res.evidence!.excerpt, /56件/);
  });

  test('a year, a date or an ordinal is not a figure; a number far from the cue does not count', () => {
    assert.equal(stateOf({ disputes: '2024年建立矛盾纠纷排查调处机制。' }, 'disputes'), 'partial');
    assert.equal(stateOf({ disputes: '3月15日召开矛盾纠纷排查会议。' }, 'disputes'), 'partial');
    assert.equal(stateOf({ disputes: '第3季度建立矛盾纠纷排查调处机制。' }, 'disputes'), 'partial');
    assert.equal(
      stateOf(
        { disputes: '全乡9个村委会聘请了法律顾问，群众有困难可以咨询，同时建立矛盾纠纷排查调处机制。' },
        'disputes',
      ),
      'partial',
    );
    assert.equal(stateOf({ disputes: '建立矛盾纠纷排查调处机制，全年化解纠纷23件。' }, 'disputes'), 'covered');
  });

  test('a figure for another period does not count; the reason names the period', () => {
    const r = item(makeReport({ disputes: '2018年以来，我乡未发生行政复议案件被撤销的情况。' }), 'review-litigation');
    assert.equal(r.state, 'partial');
    assert.match(r.reason, /2018年以来/);
    // …while “未发生” for the report year is a valid zero.
    assert.equal(stateOf({ disputes: '全年未发生行政复议和行政诉讼案件。' }, 'review-litigation'), 'covered');
  });

  test('the plan and the shortfalls do not count as work done', () => {
    assert.equal(stateOf({ plan: '2025年，开展普法宣传活动30场次。' }, 'legal-education'), 'missing');
    assert.equal(stateOf({ shortfalls: '信访工作压力大，原因是人手不足。' }, 'petitions'), 'missing');
  });

  test('a filled statistic supplies the figure; a statistic without text is partial', () => {
    const r = makeReport({ disputes: '建立矛盾纠纷排查调处机制。' });
    sectionByKey(r, 'disputes').stats.find((s) => s.id === 'disputes-resolved')!.value = 56;
    assert.equal(item(r, 'disputes').state, 'covered');
    const bare = makeReport();
    sectionByKey(bare, 'education').stats.find((s) => s.id === 'materials')!.value = 5700;
    const res = item(bare, 'legal-education');
    assert.equal(res.state, 'partial');
    assert.match(res.reason, /统计表/);
  });

  test('statistics woven into text count as printed', () => {
    const r = makeReport({ disputes: '全年调处矛盾纠纷{{调处矛盾纠纷}}。' });
    assert.equal(item(r, 'disputes').state, 'partial', 'XX件 is not a figure');
    sectionByKey(r, 'disputes').stats.find((s) => s.id === 'disputes-resolved')!.value = 12;
    const res = item(r, 'disputes');
    assert.equal(res.state, 'covered');
    assert.match(res.evidence!.excerpt, /12件/);
  });
});

describe('chief (第一责任人): an account, not a slogan', () => {
  test('书记/乡长 + action + figure in the chief section → covered', () => {
    const res = item(makeReport({ chief: '乡党委书记亲自部署法治建设，主持召开专题会议4次。' }), 'chief');
    assert.equal(res.state, 'covered', res.reason);
    assert.equal(res.level, 'M');
  });

  test('actor + action without figures → partial; a filled statistic completes it', () => {
    const r = makeReport({ chief: '乡长认真履行第一责任人职责，亲自过问重大执法案件。' });
    assert.equal(item(r, 'chief').state, 'partial');
    sectionByKey(r, 'chief').stats.find((s) => s.id === 'chief-meetings')!.value = 3;
    assert.equal(item(r, 'chief').state, 'covered');
  });

  test('a paragraph anywhere in the body may give the account', () => {
    assert.equal(stateOf({ study: '镇长主持召开法治建设专题会议3次。' }, 'chief'), 'covered');
  });

  test('action without saying who, in the chief section → partial', () => {
    const res = item(makeReport({ chief: '认真履行推进法治建设第一责任人职责，亲自部署年度法治工作。' }), 'chief');
    assert.equal(res.state, 'partial');
    assert.match(res.reason, /书记/);
  });

  test('the slogan "主抓行政第一责任人" alone → missing', () => {
    const res = item(
      makeReport({ oversight: '压实行政主体责任，主抓行政第一责任人，督促各级领导干部切实履行职责。' }),
      'chief',
    );
    assert.equal(res.state, 'missing');
    assert.match(res.reason, /口号/);
    assert.match(res.reason, /主抓行政第一责任人/);
  });

  test('a chief section with only principles → missing; no text → missing', () => {
    assert.equal(stateOf({ chief: '我乡高度重视法治建设，把法治建设摆在重要位置。' }, 'chief'), 'missing');
    assert.equal(stateOf({}, 'chief'), 'missing');
  });

  test('the plan does not count as the account', () => {
    assert.equal(stateOf({ plan: '乡党委书记将亲自部署2025年法治建设。' }, 'chief'), 'missing');
  });
});

describe('shortfalls (不足和原因)', () => {
  test('shortfalls with causes → covered', () => {
    const res = item(makeReport({ shortfalls: '一是普法方式单一。主要原因是普法队伍力量薄弱。' }), 'shortfalls');
    assert.equal(res.state, 'covered');
    assert.ok(res.evidence);
  });
  test('shortfalls without causes → partial', () => {
    const res = item(makeReport({ shortfalls: '一是积极性不够；二是方式方法单一，针对性不强。' }), 'shortfalls');
    assert.equal(res.state, 'partial');
    assert.match(res.reason, /原因/);
  });
  test('the heading "存在的不足和原因" does not supply the causes; empty → missing', () => {
    assert.equal(stateOf({ shortfalls: '工作还存在差距。' }, 'shortfalls'), 'partial');
    assert.equal(stateOf({}, 'shortfalls'), 'missing');
  });
  test('causes written elsewhere do not count', () => {
    assert.equal(stateOf({ shortfalls: '普法方式单一。', study: '由于重视，学习效果好。' }, 'shortfalls'), 'partial');
  });
});

describe('next-year (下一年度安排)', () => {
  test('names year+1 in text → covered', () => {
    const r = makeReport({ plan: '2025年，我乡将继续深化普法。' });
    sectionByKey(r, 'plan').heading = '下步工作计划';
    assert.equal(item(r, 'next-year').state, 'covered');
  });
  test('the generated heading names the year → covered', () => {
    assert.equal(stateOf({ plan: '继续深化普法。' }, 'next-year'), 'covered');
  });
  test('no year named → partial; another year → partial', () => {
    const r = makeReport({ plan: '下一步，我乡将继续深化普法。' });
    sectionByKey(r, 'plan').heading = '下步工作计划';
    const res = item(r, 'next-year');
    assert.equal(res.state, 'partial');
    assert.match(res.reason, /2025年/);
    const r2 = makeReport({ plan: '2024年，我乡将继续深化普法。' });
    sectionByKey(r2, 'plan').heading = '下步工作计划';
    assert.equal(item(r2, 'next-year').state, 'partial');
  });
  test('empty plan → missing', () => {
    assert.equal(stateOf({}, 'next-year'), 'missing');
  });
});

describe('formalities (主送机关、落款、成文日期)', () => {
  test('all present → covered', () => {
    assert.equal(item(makeReport(), 'formalities').state, 'covered');
  });
  test('none → missing, listing all three', () => {
    const res = item(makeReport({}, { formalities: false }), 'formalities');
    assert.equal(res.state, 'missing');
    assert.match(res.reason, /主送机关.*落款单位.*成文日期/);
  });
  test('some → partial, naming what is missing', () => {
    const r = makeReport();
    r.signature.date = '';
    const res = item(r, 'formalities');
    assert.equal(res.state, 'partial');
    assert.match(res.reason, /成文日期/);
    assert.doesNotMatch(res.reason, /主送机关、/);
    const r2 = makeReport();
    r2.recipient = '   ';
    assert.equal(item(r2, 'formalities').state, 'partial');
  });
});

describe('marks', () => {
  test('已确认 overrides the computed state and keeps it', () => {
    const r = makeReport();
    r.marks = { chief: { state: 'confirmed', reason: '另有专报' } };
    const res = item(r, 'chief');
    assert.equal(res.state, 'confirmed');
    assert.equal(res.computedState, 'missing');
    assert.equal(res.markReason, '另有专报');
  });
  test('不适用 with a reason → na', () => {
    const r = makeReport();
    r.marks = { emergency: { state: 'na', reason: '本年度无突发事件' } };
    const res = item(r, 'emergency');
    assert.equal(res.state, 'na');
    assert.match(res.reason, /本年度无突发事件/);
  });
  test('不适用 without a reason is not applied and says why', () => {
    const r = makeReport();
    r.marks = { emergency: { state: 'na' }, digital: { state: 'na', reason: '  ' } };
    for (const id of ['emergency', 'digital']) {
      const res = item(r, id);
      assert.equal(res.state, 'missing');
      assert.match(res.reason, /理由/);
    }
  });
  test('validateMark', () => {
    assert.equal(validateMark({ state: 'confirmed' }), null);
    assert.equal(validateMark({ state: 'na', reason: '无此项工作' }), null);
    assert.match(validateMark({ state: 'na' })!, /不适用.*理由/);
    assert.match(validateMark({ state: 'na', reason: ' ' })!, /理由/);
    assert.match(validateMark({ state: 'bogus' } as never)!, /无效/);
    assert.match(validateMark(undefined)!, /无效/);
  });
});

describe('county items (县工作要点)', () => {
  test('each line is an item with a stable id, level R, and extracted cues', () => {
    const r = makeReport();
    r.countyItems = ['1. 深入开展“普法强基补短板”专项行动', '（二）推进行政执法三项制度\n组织应急演练'];
    assert.deepEqual(countyItemLines(r), [
      '1. 深入开展“普法强基补短板”专项行动',
      '（二）推进行政执法三项制度',
      '组织应急演练',
    ]);
    const county = evaluateChecklist(r).filter((x) => x.source === 'county');
    assert.equal(county.length, 3);
    for (const c of county) {
      assert.match(c.id, /^county-[0-9a-z]+$/);
      assert.equal(c.level, 'R');
      assert.ok(c.cues.length > 0);
    }
    assert.deepEqual(county[0].cues, ['普法强基补短板', '专项行动']);
    // Reordering the lines keeps each item's id (marks stay with their line).
    const r2 = makeReport();
    r2.countyItems = [r.countyItems[1], r.countyItems[0]];
    const ids2 = new Set(
      evaluateChecklist(r2)
        .filter((x) => x.source === 'county')
        .map((x) => x.id),
    );
    for (const c of county) assert.ok(ids2.has(c.id));
  });

  test('covered / partial / missing by the key phrases in the body', () => {
    const r = makeReport({
      education: '以“普法强基补短板”专项行动为抓手，开展普法活动20场次。',
      enforcement: '落实行政执法公示制度。',
    });
    r.countyItems = [
      '深入开展“普法强基补短板”专项行动',
      '严格落实行政执法三项制度和案卷评查',
      '完善基层立法联系点建设',
    ];
    const [a, b, c] = evaluateChecklist(r).filter((x) => x.source === 'county');
    assert.equal(a.state, 'covered', a.reason);
    assert.equal(a.evidence!.sectionId, sectionByKey(r, 'education').id);
    assert.equal(b.state, 'partial', b.reason);
    assert.equal(c.state, 'missing', c.reason);
  });

  test('the plan section does not cover a county item', () => {
    const r = makeReport({ plan: '2025年深入开展“普法强基补短板”专项行动。' });
    r.countyItems = ['深入开展“普法强基补短板”专项行动'];
    assert.equal(evaluateChecklist(r).find((x) => x.source === 'county')!.state, 'missing');
  });

  test('marks apply to county items by id', () => {
    const r = makeReport();
    r.countyItems = ['完善基层立法联系点建设'];
    const id = evaluateChecklist(r).find((x) => x.source === 'county')!.id;
    r.marks = { [id]: { state: 'na', reason: '本乡未设立法联系点' } };
    assert.equal(evaluateChecklist(r).find((x) => x.id === id)!.state, 'na');
  });

  test('key phrase extraction: domain terms whole, function words dropped, the rest 2–6 characters', () => {
    assert.deepEqual(itemKeyPhrases('加强和规范行政复议工作'), ['规范', '行政复议']);
    assert.deepEqual(itemKeyPhrases('进一步完善规范性文件备案制度和监督制度'), ['规范性文件', '备案', '监督']);
    assert.deepEqual(itemKeyPhrases('维护社会和谐稳定'), ['社会和谐']);
    for (const p of itemKeyPhrases('全面推进严格规范公正文明执法，深化乡镇管理体制改革创新试点示范')) {
      assert.ok(p.length >= 2 && p.length <= 6, p);
    }
    assert.deepEqual(itemKeyPhrases('的和与'), []);
    // Without terms, a long remainder is cut into chunks of at most four characters.
    const bare = { ...checklistSpec.keyPhrases, terms: [] };
    assert.deepEqual(keyPhrases('深入开展普法强基补短板专项行动', bare), ['普法强基', '补短板专', '项行动']);
    assert.deepEqual(keyPhrases('（一）推进行政执法三项制度', bare), ['行政执法三项']);
  });
});

describe("去年承诺 (last year's plan)", () => {
  const previous = () => {
    const p = makeReport(
      {
        plan: '一是深入开展“普法强基补短板”专项行动，培养法律明白人。二是完善法律顾问体系，拓宽法律援助范围。三是推进智慧司法所建设。',
      },
      { year: 2023 },
    );
    return p;
  };

  test('the plan splits into 一是/二是 items; sentences when there are none', () => {
    assert.deepEqual(promiseTexts(previous()), [
      '深入开展“普法强基补短板”专项行动，培养法律明白人',
      '完善法律顾问体系，拓宽法律援助范围',
      '推进智慧司法所建设',
    ]);
    const p = makeReport({ plan: '2024年继续加强普法宣传。进一步规范行政执法行为。' }, { year: 2023 });
    assert.deepEqual(promiseTexts(p), ['2024年继续加强普法宣传', '进一步规范行政执法行为']);
    const numbered = makeReport({ plan: ['（一）加强普法宣传教育。', '2.规范行政执法行为。'] }, { year: 2023 });
    assert.deepEqual(promiseTexts(numbered), ['加强普法宣传教育', '规范行政执法行为']);
  });

  test("each promise is an item promise-<n>, covered when this year's measures take it up", () => {
    const r = makeReport({
      education: '以“普法强基补短板”专项行动为抓手，培养法律明白人90名。',
      decisions: '完善法律顾问体系，9个村实现法律顾问全覆盖。',
    });
    const promises = evaluateChecklist(r, { previous: previous() }).filter((x) => x.source === 'promise');
    assert.deepEqual(
      promises.map((p) => p.id),
      ['promise-1', 'promise-2', 'promise-3'],
    );
    assert.equal(promises[0].state, 'covered', promises[0].reason);
    assert.equal(promises[1].state, 'partial', promises[1].reason);
    assert.equal(promises[2].state, 'missing', promises[2].reason);
    assert.match(promises[0].title, /^去年承诺：/);
  });

  test('no previous report → no promise items', () => {
    assert.equal(evaluateChecklist(makeReport()).filter((x) => x.source === 'promise').length, 0);
  });
});

describe('completeness', () => {
  const r = (
    level: 'M' | 'R' | 'O',
    state: ChecklistItemResult['state'],
    source: ChecklistItemResult['source'] = 'standard',
  ) =>
    ({
      id: 'x',
      title: 'x',
      level,
      state,
      computedState: 'missing',
      reason: '',
      sectionKeys: [],
      figures: null,
      cues: [],
      source,
    }) as ChecklistItemResult;

  test('weights M 3, R 2, O 1; partial earns half; na and missing optional items leave the sum', () => {
    assert.equal(completeness([]), 100);
    assert.equal(completeness([r('M', 'covered'), r('R', 'missing')]), 60);
    assert.equal(completeness([r('M', 'partial'), r('R', 'covered')]), 70);
    assert.equal(completeness([r('M', 'confirmed'), r('R', 'na')]), 100);
    assert.equal(completeness([r('M', 'covered'), r('O', 'missing')]), 100);
    assert.equal(completeness([r('M', 'missing'), r('O', 'covered')]), 25);
    assert.equal(completeness([r('R', 'covered', 'county'), r('R', 'missing', 'promise')]), 50);
  });

  test('a sound report scores higher than an empty one, within 0–100', () => {
    const empty = completeness(evaluateChecklist(makeReport({}, { formalities: false })));
    const full = completeness(
      evaluateChecklist(
        makeReport(
          Object.fromEntries(GENERIC.map((g) => [g.key, GENERIC.filter((h) => h.key === g.key).map((h) => h.covered)])),
        ),
      ),
    );
    assert.ok(empty >= 0 && empty < 10, String(empty));
    assert.ok(full > empty && full <= 100, String(full));
  });
});

describe('the demo report (seed findings, DOMAIN.md §6)', () => {
  const results = evaluateChecklist(demoReport());
  const state = (id: string) => results.find((x) => x.id === id)!;

  test('chief missing: only the slogan 主抓行政第一责任人', () => {
    assert.equal(state('chief').state, 'missing');
    assert.match(state('chief').reason, /主抓行政第一责任人/);
  });
  test('shortfalls partial: no 原因', () => {
    assert.equal(state('shortfalls').state, 'partial');
    assert.match(state('shortfalls').reason, /原因/);
  });
  test('next-year partial: no year named', () => {
    assert.equal(state('next-year').state, 'partial');
    assert.match(state('next-year').reason, /2025年/);
  });
  test('formalities missing: no 主送机关, 落款, 成文日期', () => {
    assert.equal(state('formalities').state, 'missing');
  });
  test('复议/诉讼 only "2018年以来"; 矛盾纠纷 mechanism only → partial', () => {
    assert.equal(state('review-litigation').state, 'partial');
    assert.match(state('review-litigation').reason, /2018年以来/);
    assert.equal(state('disputes').state, 'partial');
  });
  test('what the demo does cover is covered', () => {
    for (const id of ['three-systems', 'enforcement', 'openness', 'legal-education', 'oversight', 'legality']) {
      assert.equal(state(id).state, 'covered', `${id}: ${state(id).reason}`);
    }
    assert.deepEqual(
      results.filter((x) => x.state === 'missing').map((x) => x.id),
      ['chief', 'leadership', 'normative', 'emergency', 'digital', 'formalities'],
    );
  });
  test('checkReport gives the same checklist and a completeness score', () => {
    const c = checkReport(demoReport());
    assert.deepEqual(c.checklist, results);
    assert.equal(c.completeness, completeness(results));
  });
});

describe('text helpers', () => {
  test('hasFigure', () => {
    assert.ok(hasFigure('共办理案件12件'));
    assert.ok(hasFigure('成功率98.5%'));
    assert.ok(hasFigure('0件'));
    assert.ok(!hasFigure('2024年以来'));
    assert.ok(!hasFigure('1月15日'));
    assert.ok(!hasFigure('第3次'));
    assert.ok(!hasFigure('厅字〔2019〕28号'));
    assert.ok(!hasFigure('《法治政府建设实施纲要（2021—2025年）》'));
    assert.ok(!hasFigure('“两个确立”“四个意识”'));
  });
  test('periodMentions', () => {
    assert.deepEqual(
      periodMentions('2018年以来，未发生').map((p) => [p.year, p.kind]),
      [[2018, 'since']],
    );
    assert.deepEqual(
      periodMentions('2019—2023年共调解').map((p) => [p.year, p.endYear]),
      [[2019, 2023]],
    );
    assert.deepEqual(periodMentions('依据《纲要（2021—2025年）》'), []);
    assert.deepEqual(
      periodMentions('。2023年，我乡').map((p) => p.kind),
      ['lead'],
    );
  });
});
