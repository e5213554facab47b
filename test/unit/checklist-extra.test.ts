import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  checklistSpec,
  countyItemLines,
  evaluateChecklist,
  itemKeyPhrases,
  promiseTexts,
} from '../../electron/core/checklist/index.ts';
import { keyPhrases } from '../../electron/core/text/key-phrases.ts';
import { makeReport, sectionByKey } from './check-fixture.ts';

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
