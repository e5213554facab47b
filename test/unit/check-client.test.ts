/**
 * The page's side of the check worker: one request at a time, only the newest text checked next, a result for
 * an older text never shown, last year's report sent once, and the check back on the page when the worker fails.
 * The browser's Worker is stood in for by one whose replies the test delivers (the check itself is the real one).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReport, type CheckResult } from '../../electron/core/check.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { compactFindings, type CheckReply, type CheckRequest } from '../../renderer/check/protocol.ts';
import { demoReport } from '../fixtures/docx-reports.ts';

class StandInWorker {
  static last: StandInWorker | null = null;
  sent: CheckRequest[] = [];
  /** the findings sent last, as the real worker keeps them */
  findingsSent = new Map<string, string>();
  terminated = false;
  onmessage: ((e: { data: CheckReply }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  constructor() {
    StandInWorker.last = this;
  }
  postMessage(msg: CheckRequest) {
    // What structured cloning does: the worker sees the report as it was when sent.
    this.sent.push(structuredClone(msg));
  }
  terminate() {
    this.terminated = true;
  }
  /** Run the real check on request `i` and deliver its reply, as the worker does (renderer/check/worker.ts). */
  reply(i: number) {
    const m = this.sent[i];
    const result = checkReport(m.report, { previous: m.previous ?? undefined });
    const [findings, sent] = compactFindings(result.findings, this.findingsSent);
    this.findingsSent = sent;
    this.onmessage!(structuredClone({ data: { seq: m.seq, result: { ...result, findings } } }));
  }
}

const g = globalThis as unknown as Record<string, unknown>;
g.Worker = StandInWorker;
g.CHECK_WORKER_SOURCE = '/* the worker bundle */';
const { CheckClient } = await import('../../renderer/check/check-client.ts');

const withSlip = (r: Report, slip: string) => {
  r.preamble = `青石镇${slip}。`;
  return r;
};
const mentions = (res: CheckResult, s: string) => res.findings.some((f) => f.excerpt.includes(s));

test('a result for an older text is dropped; the newest text is checked next', () => {
  const shown: CheckResult[] = [];
  const client = new CheckClient((r) => shown.push(r));
  const w = StandInWorker.last!;
  const report = demoReport();
  client.request(withSlip(report, '开会37余次'), undefined);
  client.request(withSlip(report, '开会23余次'), undefined);
  client.request(withSlip(report, '开会41余次'), undefined);
  assert.equal(w.sent.length, 1, 'one request at a time');
  w.reply(0);
  assert.equal(shown.length, 0, 'the result for 37余次 is not shown: the text changed since');
  assert.equal(w.sent.length, 2);
  assert.match(w.sent[1].report.preamble, /41余次/, 'only the newest text is checked next');
  w.reply(1);
  assert.equal(shown.length, 1);
  assert.ok(mentions(shown[0], '41余') && !mentions(shown[0], '37余'));
  client.dispose();
  assert.ok(w.terminated);
});

test('findings unchanged since the last reply travel as ids and come back whole', () => {
  const shown: CheckResult[] = [];
  const client = new CheckClient((r) => shown.push(r));
  const w = StandInWorker.last!;
  const report = withSlip(demoReport(), '开会37余次');
  client.request(report, undefined);
  w.reply(0);
  client.request(withSlip(report, '开会23余次'), undefined);
  w.reply(1);
  const full = checkReport(w.sent[1].report);
  assert.deepEqual(shown[1], full, 'the page sees the whole result');
  const again = compactFindings(
    full.findings,
    compactFindings(checkReport(w.sent[0].report).findings, new Map())[1],
  )[0];
  const ids = again.filter((f) => typeof f === 'string').length;
  assert.ok(ids > 0 && ids < again.length, 'unchanged findings are sent as ids, the changed one whole');
  const kept = shown[1].findings.find((f) => !f.excerpt.includes('余'))!;
  assert.equal(
    kept,
    shown[0].findings.find((f) => f.id === kept.id),
    'an unchanged finding is the same object',
  );
  client.dispose();
});

test("last year's report is sent once, and again only when it changes", () => {
  const client = new CheckClient(() => undefined);
  const w = StandInWorker.last!;
  const report = demoReport();
  const lastYear = { ...demoReport(), year: 2023 };
  client.request(report, undefined);
  w.reply(0);
  client.request(report, lastYear);
  w.reply(1);
  client.request(report, lastYear);
  w.reply(2);
  assert.equal(w.sent[0].previous, undefined);
  assert.equal(w.sent[1].previous?.year, 2023);
  assert.equal(w.sent[2].previous, null, 'unchanged: the worker keeps the one it has');
  client.dispose();
});

test('when the worker fails, the waiting check runs on the page and later ones too', () => {
  const shown: CheckResult[] = [];
  const client = new CheckClient((r) => shown.push(r));
  const w = StandInWorker.last!;
  const report = demoReport();
  client.request(withSlip(report, '开会37余次'), undefined);
  let prevented = false;
  w.onerror!({ preventDefault: () => (prevented = true) });
  assert.ok(prevented && w.terminated);
  assert.equal(shown.length, 1);
  assert.ok(mentions(shown[0], '37余'));
  client.request(withSlip(report, '开会23余次'), undefined);
  assert.equal(shown.length, 2);
  assert.ok(mentions(shown[1], '23余'));
});
