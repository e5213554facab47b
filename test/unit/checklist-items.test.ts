import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checklistSpec, evaluateChecklist } from '../../electron/core/checklist/index.ts';
import { makeReport, sectionByKey } from './check-fixture.ts';
import { GENERIC, item, stateOf } from './checklist-fixture.ts';

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

  test('a cue inside a cited 《》 title is not an account; the unit issuing its own rule is', () => {
    const cited = '组织干部学习《某省综合行政执法条例》《某市信访工作规定》等法规。';
    assert.equal(stateOf({ study: cited }, 'enforcement'), 'missing');
    assert.equal(stateOf({ study: cited }, 'petitions'), 'missing');
    assert.equal(stateOf({ study: '制定《测试乡综合行政执法案件集体讨论办法》。' }, 'enforcement'), 'partial');
    // a cue outside the title in the same sentence still counts
    assert.equal(stateOf({ study: '对照《某省信访工作规定》办理信访事项12件。' }, 'petitions'), 'covered');
  });

  test('every occurrence of a cue in a sentence is checked for its figure', () => {
    const text = '落实普法责任制，以“法律进乡村”为载体，开展主题普法活动40余场。';
    assert.equal(stateOf({ education: text }, 'legal-education'), 'covered');
  });

  test('common wordings of real reports are in the vocabulary', () => {
    assert.equal(stateOf({ study: '全年召开党委专题会议研究法治工作3次。' }, 'leadership'), 'covered');
    assert.equal(stateOf({ study: '组织机关干部集中学法8次。' }, 'cadre-study'), 'covered');
    assert.equal(stateOf({ enforcement: '开展联合执法行动15次。' }, 'enforcement'), 'covered');
    assert.equal(stateOf({ education: '开展法治宣讲进村入户30场次。' }, 'legal-education'), 'covered');
    assert.equal(stateOf({ oversight: '推行“互联网+监管”，依托智慧平台办理事项。' }, 'digital'), 'covered');
    assert.equal(stateOf({ study: '召开乡依法治乡委员会会议，研究讨论年度法治工作。' }, 'leadership'), 'covered');
    assert.equal(stateOf({ decisions: '集体研究决定重大事项27件。' }, 'decisions'), 'covered');
    assert.equal(stateOf({ decisions: '司法所审核合同15份。' }, 'legality'), 'covered');
    // "在…指导下" opens the 导语; it is not the unit's own leadership work
    const lead = { preamble: '2024年，我乡在县委依法治县委员会的指导下，扎实推进法治政府建设。' };
    assert.equal(item(makeReport({}, lead), 'leadership').state, 'missing');
  });

  test("the 导语's guiding-thought formula is no account of study", () => {
    const preamble = '2024年，我乡坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下。';
    assert.equal(item(makeReport({}, { preamble }), 'study').state, 'missing');
    const work = '2024年，乡党委中心组专题学习习近平法治思想6次。';
    assert.equal(item(makeReport({}, { preamble: work }), 'study').state, 'covered');
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
