/**
 * The form's findings per paragraph after a new check result: a paragraph whose findings the check left alone keeps
 * the very same list (its editor then skips re-rendering), and only the sections holding a changed list, and their
 * ancestors, get a new stamp (only their panels re-render). Results go through the check's real protocol, which
 * hands back the unchanged findings as the same objects.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReport } from '../../electron/core/check.ts';
import type { Finding } from '../../electron/core/lint/index.ts';
import type { Report, Section } from '../../electron/core/report-model.ts';
import { compactFindings, expandFindings, type SentFindings } from '../../renderer/check/protocol.ts';
import { demoReport } from '../fixtures/docx-reports.ts';
import { findingsByParagraph, keepUnchanged, stampChanged } from '../../renderer/views/editor/ctx.ts';

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

/** The page's view of successive checks, through the protocol as the worker and the page run it. */
function checker() {
  let sent: SentFindings = new Map();
  const known = new Map<string, Finding>();
  return (r: Report): Finding[] => {
    const [list, now] = compactFindings(checkReport(r).findings, sent);
    sent = now;
    return expandFindings(structuredClone(list), known);
  };
}

test('after a check, only the edited paragraph gets a new list and only its sections a new stamp', () => {
  const r = report();
  const check = checker();
  const stamps = new Map<string, number>();
  const first = findingsByParagraph(check(r));
  stampChanged(r.sections, first, new Map(), stamps);
  assert.ok(first.get('a1-p0')?.length && first.get('a2-p0')?.length && first.get('b-p0')?.length);
  const before = new Map(stamps);

  r.sections[0].children[1].paragraphs[0].text = '行政执法人员持证上岗，共办理案件12余件，无一被撤销。';
  const next = keepUnchanged(findingsByParagraph(check(r)), first);
  stampChanged(r.sections, next, first, stamps);

  assert.equal(next.get('a1-p0'), first.get('a1-p0'), 'untouched paragraph: the same list');
  assert.equal(next.get('b-p0'), first.get('b-p0'), 'untouched paragraph: the same list');
  assert.notEqual(next.get('a2-p0'), first.get('a2-p0'), 'the edited paragraph: a new list');
  assert.ok(next.get('a2-p0')!.length < first.get('a2-p0')!.length, 'its 半角逗号 findings went');
  assert.notEqual(stamps.get('a2'), before.get('a2'), 'the edited section is stamped');
  assert.notEqual(stamps.get('a'), before.get('a'), 'and its parent');
  assert.equal(stamps.get('a1'), before.get('a1'), 'its sibling is not');
  assert.equal(stamps.get('b'), before.get('b'), 'another top-level section is not');
});

test('a paragraph whose findings all went, or that got its first, stamps its section', () => {
  const r = report();
  const check = checker();
  const stamps = new Map<string, number>();
  const first = findingsByParagraph(check(r));
  stampChanged(r.sections, first, new Map(), stamps);
  const before = new Map(stamps);

  r.sections[1].paragraphs[0].text = '基层法治力量还比较薄弱，需要加强。';
  r.sections[0].children[0].paragraphs[1].text = '开展宪法宣传周活动 ,发放资料。';
  const next = keepUnchanged(findingsByParagraph(check(r)), first);
  stampChanged(r.sections, next, first, stamps);

  assert.equal(next.get('b-p0'), undefined, 'no findings left in b');
  assert.ok(next.get('a1-p1')?.length, 'a1’s second paragraph has its first findings');
  assert.notEqual(stamps.get('b'), before.get('b'));
  assert.notEqual(stamps.get('a1'), before.get('a1'));
  assert.equal(stamps.get('a2'), before.get('a2'));
  assert.equal(next.get('a2-p0'), first.get('a2-p0'));
});
