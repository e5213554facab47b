import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReport } from '../../electron/core/check.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { Lookup } from '../../electron/core/checklist/lookup.ts';
import { checklistSpec } from '../../electron/core/checklist/spec.ts';
import { buildView } from '../../electron/core/text/report-view.ts';
import { longReport } from '../fixtures/docx-reports.ts';

/** The same check on a copy under another id: nothing is carried over from the report's earlier checks. */
function fresh(report: Report) {
  return checkReport({ ...structuredClone(report), id: `fresh-${Math.random()}` });
}

const paragraphs = (r: Report) => {
  const out: Array<{ list: { id: string; text: string }[]; i: number }> = [];
  const walk = (ss: Report['sections']) => {
    for (const s of ss) {
      s.paragraphs.forEach((_, i) => out.push({ list: s.paragraphs, i }));
      walk(s.children);
    }
  };
  walk(r.sections);
  return out;
};

test('a check after an edit, reusing the last check of the report, gives what a check from scratch gives', () => {
  const report = longReport(3);
  checkReport(report);
  const all = paragraphs(report);
  const edits: Array<[string, () => void]> = [
    ['text appended', () => (all[3].list[all[3].i].text += '组织开展法治宣传活动12场次。')],
    [
      'a cue typed in',
      () => (all[5].list[all[5].i].text = '镇长主持召开法治建设专题会议3次。' + all[5].list[all[5].i].text),
    ],
    ['a paragraph added', () => all[7].list.splice(all[7].i, 0, { id: 'new-1', text: '落实行政执法三项制度。' })],
    ['a paragraph removed', () => all[9].list.splice(all[9].i, 1)],
    ['one split in two', () => (all[2].list[all[2].i].text = all[2].list[all[2].i].text.replace('。', '。\n'))],
    ['the 导语 changed', () => (report.preamble = '2024年，青石镇坚持以习近平法治思想为指导。')],
    ['a cue removed', () => (all[5].list[all[5].i].text = all[5].list[all[5].i].text.replace('主持召开', '参加'))],
  ];
  for (const [name, edit] of edits) {
    edit();
    assert.deepEqual(checkReport(report), fresh(report), name);
  }
});

test('every cue is found in the same places whether the last look-up is reused or not', () => {
  const report = longReport(3);
  const cues = [...new Set(checklistSpec.items.flatMap((i) => i.cues))];
  const lookUp = (r: Report) => {
    const look = new Lookup(buildView(r));
    return cues.map((c) => look.hits(c));
  };
  lookUp(report);
  const all = paragraphs(report);
  for (const k of [4, 0, all.length - 1, 11]) {
    const p = all[k].list[all[k].i];
    p.text = `开展法治宣传教育活动，组织学法培训。${p.text}落实普法责任制。`;
    all[k + (k ? -1 : 1)].list.splice(all[k].i, 0, { id: `added-${k}`, text: '推进严格规范公正文明执法。' });
    assert.deepEqual(lookUp(report), lookUp({ ...structuredClone(report), id: `fresh-${k}` }), `edit ${k}`);
  }
});
