/** Marks on 必写 items: 不适用 needs a real reason, 已确认 needs text where the item belongs; the gate agrees. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateChecklist, markProblem, newMarkProblem } from '../../electron/core/checklist/index.ts';
import { labels, levelName, severityName } from '../../electron/core/labels.ts';
import { fixPreview } from '../../electron/core/lint/index.ts';
import { makeReport } from './check-fixture.ts';

const CHIEF = { title: '党政主要负责人履行第一责任人职责', level: 'M' as const, sectionKeys: ['chief'] };
const STUDY = { title: '学习贯彻习近平法治思想', level: 'R' as const, sectionKeys: ['study'] };
const CHIEF_TEXT = '青石镇党委书记主持召开法治建设专题会议3次。';

describe('marks on 必写 items', () => {
  test('不适用 on a 必写 item needs a reason of a few real characters, not "无"', () => {
    const r = makeReport();
    for (const reason of [undefined, '', '无', ' 略 ', '不涉及', '无。。。', '———'])
      assert.match(markProblem(r, CHIEF, { state: 'na', reason }) ?? '', /理由/, String(reason));
    assert.equal(markProblem(r, CHIEF, { state: 'na', reason: '本镇主要负责人年内调任' }), null);
    // An item that is not 必写 keeps the old rule: any reason.
    assert.equal(markProblem(r, STUDY, { state: 'na', reason: '无' }), null);
  });

  test('已确认 on a 必写 item is refused while its part has no text', () => {
    const empty = makeReport();
    assert.match(markProblem(empty, CHIEF, { state: 'confirmed' }) ?? '', /还没有正文/);
    assert.equal(markProblem(makeReport({ chief: CHIEF_TEXT }), CHIEF, { state: 'confirmed' }), null);
    assert.equal(markProblem(empty, STUDY, { state: 'confirmed' }), null);
  });

  test('a refused mark has no effect: the item stays in the list of what is missing', () => {
    const r = makeReport();
    r.marks.chief = { state: 'na', reason: '无' };
    const chief = evaluateChecklist(r).find((i) => i.id === 'chief')!;
    assert.equal(chief.state, 'missing');
    assert.match(chief.reason, /标记未生效/);
  });

  test('the save gate judges only marks set or changed since the stored report', () => {
    const stored = makeReport({ chief: CHIEF_TEXT });
    stored.marks.chief = { state: 'confirmed' };
    const next = structuredClone(stored);
    next.sections.find((s) => s.key === 'chief')!.paragraphs = [];
    // The text went after the mark was set: the report still saves.
    assert.equal(newMarkProblem(stored, next), null);
    next.marks.chief = { state: 'na', reason: '无' };
    assert.match(newMarkProblem(stored, next) ?? '', /必写项/);
    next.marks.chief = { state: 'na', reason: '本镇主要负责人年内调任' };
    assert.equal(newMarkProblem(stored, next), null);
  });
});

describe('one label table for screen and paper', () => {
  test('levels and severities have one name each', () => {
    assert.deepEqual(
      (['M', 'R', 'O'] as const).map((l) => levelName(l)),
      ['必写', '应写', '可写'],
    );
    assert.equal(severityName('warning'), '提醒');
    assert.equal(severityName('info'), '参考');
    assert.ok(labels.marks.naReasonMinChars >= 2);
  });
});

describe('what a fix button shows', () => {
  test('the changed part with a little context, not the line from its start', () => {
    const from = '青石镇坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想。';
    const to = from.replace(',', '，');
    assert.deepEqual(fixPreview({ from, to }), { from: '…指导,深入…', to: '…指导，深入…' });
    assert.deepEqual(fixPreview({ from: '4余次', to: '4次' }), { from: '4余次', to: '4次' });
  });
});
