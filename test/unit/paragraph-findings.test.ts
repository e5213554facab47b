/**
 * The form's findings per paragraph after a new check result, kept on the page between checks and patched from each
 * reply: a paragraph whose findings the check left alone keeps the very same list, the view names exactly the
 * paragraphs whose list changed (only their editors are told), and after any run of edits what the page keeps is
 * what a check from scratch gives. Replies go through
 * the real protocol: written as the worker writes them, structured-cloned, read as the page reads them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReport } from '../../electron/core/check.ts';
import type { Report, Section } from '../../electron/core/report-model.ts';
import { openByParagraph, ReplyReader, ReplyWriter, type CheckView } from '../../renderer/check/replies.ts';
import { demoReport } from '../fixtures/docx-reports.ts';

const leaf = (id: string, heading: string, texts: string[], children: Section[] = []): Section => ({
  id,
  key: null,
  heading,
  paragraphs: texts.map((text, i) => ({ id: `${id}-p${i}`, text })),
  stats: [],
  children,
});

function report(): Report {
  return {
    ...demoReport(),
    sections: [
      leaf(
        'a',
        '主要举措',
        [],
        [
          leaf('a1', '学法', ['全年组织学法4余次,参学干部37余人次。', '开展宪法宣传周活动。']),
          leaf('a2', '执法', ['行政执法人员持证上岗,共办理案件12余件。']),
        ],
      ),
      leaf('b', '存在的不足', ['基层法治力量还比较薄弱 ,需要加强。']),
    ],
  };
}

/** Successive checks of a report, as the worker writes their replies and the page reads them. */
function checker() {
  const writer = new ReplyWriter();
  const reader = new ReplyReader();
  let seq = 0;
  return (r: Report) => {
    const reply = structuredClone(writer.write(++seq, checkReport(r)));
    const view = reader.read(reply);
    // The view's map is the page's own, patched by the next reply: keep this one's as it is now.
    return { reply, view, lists: new Map(view.byParagraph) };
  };
}

test('after a check, only the edited paragraph gets a new list and is named changed', () => {
  const r = report();
  const check = checker();
  const first = check(r);
  assert.ok(first.lists.get('a1-p0')?.length && first.lists.get('a2-p0')?.length && first.lists.get('b-p0')?.length);

  r.sections[0].children[1].paragraphs[0].text = '行政执法人员持证上岗，共办理案件12余件，无一被撤销。';
  const next = check(r);

  assert.deepEqual(
    next.reply.paragraphs.map(([id]) => id),
    ['a2-p0'],
    'the reply names only the edited paragraph',
  );
  assert.equal(next.lists.get('a1-p0'), first.lists.get('a1-p0'), 'untouched paragraph: the same list');
  assert.equal(next.lists.get('b-p0'), first.lists.get('b-p0'), 'untouched paragraph: the same list');
  assert.notEqual(next.lists.get('a2-p0'), first.lists.get('a2-p0'), 'the edited paragraph: a new list');
  assert.ok(next.lists.get('a2-p0')!.length < first.lists.get('a2-p0')!.length, 'its 半角逗号 findings went');
  assert.deepEqual([...next.view.changed], ['a2-p0'], 'the view names only the edited paragraph');
});

test('a paragraph whose findings all went, or that got its first, is named changed', () => {
  const r = report();
  const check = checker();
  const first = check(r);

  r.sections[1].paragraphs[0].text = '基层法治力量还比较薄弱，需要加强。';
  r.sections[0].children[0].paragraphs[1].text = '开展宪法宣传周活动 ,发放资料。';
  const next = check(r);

  assert.equal(next.lists.get('b-p0'), undefined, 'no findings left in b');
  assert.ok(next.lists.get('a1-p1')?.length, 'a1’s second paragraph has its first findings');
  assert.deepEqual([...next.view.changed].sort(), ['a1-p1', 'b-p0']);
  assert.equal(next.lists.get('a2-p0'), first.lists.get('a2-p0'));
});

test('the findings that went are named, and the page lets go of them', () => {
  const r = report();
  const check = checker();
  const first = check(r);
  const went = first.lists.get('b-p0')!.map((f) => f.id);
  r.sections[1].paragraphs[0].text = '基层法治力量还比较薄弱，需要加强。';
  const next = check(r);
  assert.ok(went.length > 0 && went.every((id) => next.reply.gone.includes(id)), 'each is in the reply’s gone');
  // A reply that named one of them by id alone would be one the page can no longer read.
  const reader = new ReplyReader();
  const writer = new ReplyWriter();
  reader.read(structuredClone(writer.write(1, checkReport(report()))));
  const stale = structuredClone(writer.write(2, checkReport(r)));
  reader.read(stale);
  const old = { ...stale, seq: 3, gone: [], paragraphs: [], result: { ...stale.result, findings: [went[0]] } };
  assert.throws(() => reader.read(old), /unknown finding/);
});

/** A small pseudo-random sequence, the same on every run. */
function sequence(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const EDITS = ['，', ',', ' ,', '开会37余次', '。', '全年', '12余件', '依法', '', '根据'];

test('after any run of edits, the page keeps what a check from scratch gives, and names what changed', () => {
  const r = report();
  const check = checker();
  let last = check(r);
  const random = sequence(7);
  const paragraphs = () =>
    r.sections.flatMap(function all(s): Section['paragraphs'] {
      return [...s.paragraphs, ...s.children.flatMap(all)];
    });
  for (let i = 0; i < 120; i++) {
    const ps = paragraphs();
    const p = ps[Math.floor(random() * ps.length)];
    const at = Math.floor(random() * (p.text.length + 1));
    const cut = random() < 0.3 ? Math.floor(random() * 4) : 0;
    p.text = p.text.slice(0, at) + EDITS[Math.floor(random() * EDITS.length)] + p.text.slice(at + cut);
    if (random() < 0.1) r.sections[1].paragraphs.push({ id: `b-new${i}`, text: '新增一段 ,内容。' });
    const now = check(r);
    assert.deepEqual(now.lists, openByParagraph(checkReport(r).findings), `after edit ${i}`);
    const differ = [...new Set([...now.lists.keys(), ...last.lists.keys()])].filter(
      (id) => now.lists.get(id) !== last.lists.get(id),
    );
    assert.deepEqual([...now.view.changed].sort(), differ.sort(), `the paragraphs named after edit ${i}`);
    last = now;
  }
});

test('a check view hands out the page’s own maps, patched in place', () => {
  const r = report();
  const writer = new ReplyWriter();
  const reader = new ReplyReader();
  const a: CheckView = reader.read(writer.write(1, checkReport(r)));
  r.sections[1].paragraphs[0].text = '基层法治力量还比较薄弱，需要加强。';
  const b: CheckView = reader.read(writer.write(2, checkReport(r)));
  assert.equal(a.byParagraph, b.byParagraph, 'one map, kept between checks');
  assert.equal(b.byParagraph.get('b-p0'), undefined);
});
