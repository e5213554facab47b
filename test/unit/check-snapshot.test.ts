/**
 * The check gives the same result, to the byte, as the stored snapshot: its speed-ups (indexes, caches kept
 * between checks) must never change what a clerk is told. Cases: the demo, long reports, last year's report,
 * statistic tokens and addresses, and a long report checked again after one paragraph changed (the cache
 * of unchanged paragraphs in use). When a rule is meant to change results, regenerate the snapshot with
 * UPDATE_CHECK_SNAPSHOT=1 and review the counts it prints.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { checkReport, type CheckResult } from '../../electron/core/check.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { buildView } from '../../electron/core/text/report-view.ts';
import { allIndexes } from '../../electron/core/text/text-index.ts';
import { TextMemo } from '../../electron/core/text/text-memo.ts';
import { demoReport, longReport } from '../fixtures/docx-reports.ts';

const SNAPSHOT = new URL('../fixtures/check-snapshot.json', import.meta.url);
const today = new Date(2025, 1, 1);

interface Entry {
  sha256: string;
  findings: number;
  states: string;
}

function entry(r: CheckResult): Entry {
  return {
    sha256: createHash('sha256').update(JSON.stringify(r)).digest('hex'),
    findings: r.findings.length,
    states: r.checklist.map((c) => c.state[0]).join(''),
  };
}

/** The demo with statistic tokens, an address and half-width marks written into its first paragraphs. */
function tokensReport(): Report {
  const r = longReport(3);
  const first = r.sections[0].children[0] ?? r.sections[0];
  const p = first.paragraphs;
  if (p[0])
    p[0].text = `全年开展培训{{培训次数}}次,覆盖干部(含村干部)120人; 详见 http://qingshi.example.gov.cn/a?b=1 。`;
  if (p[1]) p[1].text = `"法治青石"建设方案印发 , 10:30 召开会议,到会1,200人,占比3.5%。联系 law@qingshi.example.cn`;
  return r;
}

/** A long report whose paragraphs of one section are rewritten after a first check. */
function editedAfterCheck(): CheckResult {
  const r = longReport(50);
  checkReport(r, { today });
  const s = r.sections[0].children[0] ?? r.sections[0];
  s.paragraphs[3].text += '青石镇组织开展行政执法案卷评查2次。';
  s.paragraphs[7].text = '青石镇2019年以来累计开展普法宣传活动。';
  return checkReport(r, { today });
}

function lastYear(): Report {
  const r = longReport(10);
  r.year -= 1;
  return r;
}

const CASES: Record<string, () => CheckResult> = {
  demo: () => checkReport(demoReport(), { today }),
  'demo, no date': () => checkReport(demoReport()),
  '10× with last year': () => checkReport(longReport(10), { previous: lastYear(), today }),
  '50×': () => checkReport(longReport(50), { today }),
  'tokens and addresses': () => checkReport(tokensReport(), { today }),
  '50× edited after a check': editedAfterCheck,
  '50× checked twice': () => {
    const r = longReport(50);
    checkReport(r, { today });
    return checkReport(r, { today });
  },
};

test('checkReport gives the stored results', () => {
  const got = Object.fromEntries(Object.entries(CASES).map(([k, f]) => [k, entry(f())]));
  if (process.env.UPDATE_CHECK_SNAPSHOT) {
    writeFileSync(SNAPSHOT, JSON.stringify(got, null, 2) + '\n');
    console.log(got);
    return;
  }
  const want = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, Entry>;
  for (const k of Object.keys(CASES)) assert.deepEqual(got[k], want[k], k);
});

test('phrases in the stored text are found where a search of the joined stored text finds them', () => {
  const view = buildView(tokensReport());
  assert.notEqual(view.rawCorpus, view.corpus, 'the report has lines stored otherwise than printed');
  const needles = ['法治', '培训', '会议', ',', '(', '青石', '人', 'http', '{{', '依法行政', '开展', '。'];
  for (const n of needles) assert.deepEqual(view.find('raw', n), allIndexes(view.rawCorpus, n), n);
});

test('a text memo computes each line once and stays bounded', () => {
  let made = 0;
  const memo = new TextMemo((t: string) => ({ n: (made += 1), t }));
  assert.equal(memo.get('青石镇'), memo.get('青石镇'));
  assert.equal(made, 1);
  const small = new TextMemo((t: string) => t.length, 4);
  for (let i = 0; i < 100; i++) small.get(`第${i}行`);
  const kept = (small as unknown as { current: Map<string, number>; old: Map<string, number> }).current.size;
  assert.ok(kept < 4);
});
