/**
 * The page's side of the check worker: one request at a time, only the newest text checked next, a result for
 * an older text never shown, last year's report sent once, and the check back on the page when the worker fails.
 * The browser's Worker is stood in for by one whose replies the test delivers (the check itself is the real one).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReport, type CheckResult } from '../../electron/core/check.ts';
import type { Report } from '../../electron/core/report-model.ts';
import type { CheckReply, CheckRequest } from '../../renderer/check/protocol.ts';
import { demoReport } from '../fixtures/docx-reports.ts';

class StandInWorker {
  static last: StandInWorker | null = null;
  sent: CheckRequest[] = [];
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
  /** Run the real check on request `i` and deliver its reply. */
  reply(i: number) {
    const m = this.sent[i];
    this.onmessage!({ data: { seq: m.seq, result: checkReport(m.report, { previous: m.previous ?? undefined }) } });
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
