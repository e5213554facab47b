import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { makeReport, sectionByKey } from './check-fixture.ts';
import { item, stateOf } from './checklist-fixture.ts';

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

  test('a village secretary, a deputy or a 书记 heading a leading group is not the chief acting', () => {
    assert.equal(stateOf({ study: '组织各村党支部书记述法12人次。' }, 'chief'), 'missing');
    assert.equal(stateOf({ study: '乡党委副书记主持召开法治工作会议3次。' }, 'chief'), 'missing');
    const group = '成立由乡党委书记任组长的法治建设领导小组，领导小组召开会议5次。';
    assert.equal(stateOf({ study: group }, 'chief'), 'missing');
  });

  test("the figure must belong to the chief's own sentence", () => {
    const r = makeReport({ study: '乡党委书记主持召开法治建设推进会。全年开展普法活动15场次。' });
    assert.equal(item(r, 'chief').state, 'partial');
    assert.equal(stateOf({ study: '县长于3月18日主持召开县政府常务会议，研究依法行政工作。' }, 'chief'), 'covered');
  });

  test('the slogan "主要领导亲自抓" is no account', () => {
    assert.equal(stateOf({ study: '形成主要领导亲自抓、分管领导具体抓的工作格局。' }, 'chief'), 'missing');
  });

  test('a leadership action in a paragraph invoking 第一责任人, without the chief named → partial', () => {
    const text = '压实第一责任人职责，全年召开乡党委专题会议研究法治工作4次。';
    assert.equal(stateOf({ study: text }, 'chief'), 'partial');
    // the 导语 only announces the work
    const lead = { preamble: '2024年，我乡认真落实第一责任人职责，召开会议部署全年工作。' };
    assert.equal(item(makeReport({}, lead), 'chief').state, 'missing');
    // 同部署 is the leadership formula, not the chief deploying
    const formula = '落实党政主要负责人履行第一责任人职责，将法治建设与经济发展同部署、同推进。';
    assert.equal(stateOf({ study: formula }, 'chief'), 'missing');
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
