/**
 * The page's side of the check worker: one request at a time, only the newest text checked next, a result for
 * an older text never shown, last year's report sent once, and the check back on the page when the worker fails.
 * The browser's Worker is stood in for by one whose replies the test delivers (the check itself is the real one).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReport, type CheckResult } from '../../electron/core/check.ts';
import type { Report } from '../../electron/core/report-model.ts';
import {
  compactFindings,
  compactItems,
  ReportReceiver,
  type CheckReply,
  type CheckRequest,
  type SentGroup,
} from '../../renderer/check/protocol.ts';
import { demoReport } from '../fixtures/docx-reports.ts';

class StandInWorker {
  static last: StandInWorker | null = null;
  sent: CheckRequest[] = [];
  /** the findings sent last, as the real worker keeps them */
  findingsSent = new Map<string, string>();
  itemsSent = new Map<string, string>();
  /** the paragraphs received, as the real worker keeps them */
  receiver = new ReportReceiver();
  /** each request's report, whole again */
  reports: Report[] = [];
  terminated = false;
  onmessage: ((e: { data: CheckReply }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  constructor() {
    StandInWorker.last = this;
  }
  postMessage(msg: CheckRequest) {
    // What structured cloning does: the worker sees the report as it was when sent.
    const copy = structuredClone(msg);
    this.sent.push(copy);
    this.reports.push(this.receiver.expand(copy.report));
  }
  terminate() {
    this.terminated = true;
  }
  /** Run the real check on request `i` and deliver its reply, as the worker does (renderer/check/worker.ts). */
  reply(i: number) {
    const m = this.sent[i];
    const result = checkReport(this.reports[i], { previous: m.previous ?? undefined });
    const [findings, sent] = compactFindings(result.findings, this.findingsSent);
    this.findingsSent = sent;
    const [checklist, items] = compactItems(result.checklist, this.itemsSent);
    this.itemsSent = items;
    this.onmessage!(structuredClone({ data: { seq: m.seq, result: { ...result, findings, checklist } } }));
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
  assert.match(w.reports[1].preamble, /41余次/, 'only the newest text is checked next');
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
  const full = checkReport(w.reports[1]);
  assert.deepEqual(shown[1], full, 'the page sees the whole result');
  const again = compactFindings(full.findings, compactFindings(checkReport(w.reports[0]).findings, new Map())[1])[0];
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

test('paragraphs unchanged since the last request travel as ids; the worker checks the whole report', () => {
  const shown: CheckResult[] = [];
  const client = new CheckClient((r) => shown.push(r));
  const w = StandInWorker.last!;
  const report = demoReport();
  client.request(report, undefined);
  w.reply(0);
  const plan = report.sections.find((s) => s.key === 'plan')!;
  plan.paragraphs[0].text += '组织开会37余次。';
  plan.paragraphs.push({ id: 'plan-added', text: '新增一段。' });
  client.request(report, undefined);
  w.reply(1);
  const sent = (list: (typeof w.sent)[number]['report']['sections']): Array<unknown> =>
    list.flatMap((s) => [...s.paragraphs, ...sent(s.children)]);
  const first = sent(w.sent[0].report.sections);
  const second = sent(w.sent[1].report.sections);
  assert.ok(
    first.every((p) => typeof p !== 'string'),
    'the first request carries every paragraph',
  );
  assert.deepEqual(
    second.filter((p) => typeof p !== 'string').map((p) => (p as { id: string }).id),
    [plan.paragraphs[0].id, 'plan-added'],
    'the next one only the changed and the new paragraph',
  );
  assert.deepEqual(w.reports[1], structuredClone(report), 'the worker has the whole report again');
  assert.ok(mentions(shown[1], '37余'));
  client.dispose();
});

test("a group's unchanged places travel as ids, and the group comes back whole with its fix", () => {
  const shown: CheckResult[] = [];
  const client = new CheckClient((r) => shown.push(r));
  const w = StandInWorker.last!;
  const report = demoReport();
  report.preamble = '青石镇,坚持依法行政,推进法治建设。';
  client.request(report, undefined);
  w.reply(0);
  report.preamble = '青石镇,坚持依法行政,推进法治政府建设。';
  client.request(report, undefined);
  w.reply(1);
  const full = checkReport(w.reports[1]);
  const group = full.findings.find((f) => f.rule === 'punctuation' && f.places)!;
  assert.ok(group.places!.length > 2 && group.fix?.edits?.length === group.places!.length);
  assert.deepEqual(shown[1], full, 'the page sees the whole result, the group with every place and edit');
  const again = compactFindings(full.findings, compactFindings(checkReport(w.reports[0]).findings, new Map())[1])[0];
  const sentGroup = again.find((f) => typeof f !== 'string' && f.rule === 'punctuation') as SentGroup;
  const whole = sentGroup.places.filter((p) => typeof p !== 'string');
  assert.equal(whole.length, 1, 'only the changed place travels whole');
  assert.equal(sentGroup.fix && 'edits' in sentGroup.fix, false, 'the edits are not sent twice');
  client.dispose();
});

test('a group and checklist items the edit left alone travel as ids and come back as the same objects', () => {
  const shown: CheckResult[] = [];
  const client = new CheckClient((r) => shown.push(r));
  const w = StandInWorker.last!;
  const report = demoReport();
  report.preamble = '青石镇,坚持依法行政,推进法治建设。';
  const para = { id: 'own-para', text: '青石镇全年开展会前学法。' };
  report.sections[0].paragraphs.push(para);
  client.request(report, undefined);
  w.reply(0);
  // An edit of a paragraph of its own, that changes neither the 半角标点 group nor most checklist items.
  para.text = '青石镇全年开展会前学法12次。';
  client.request(report, undefined);
  w.reply(1);
  assert.deepEqual(shown[1], checkReport(w.reports[1]), 'the page sees the whole result');
  const group = (r: CheckResult) => r.findings.find((f) => f.rule === 'punctuation' && f.places)!;
  assert.equal(group(shown[1]), group(shown[0]), 'the unchanged group is the same object');
  const sentFirst = compactFindings(checkReport(w.reports[0]).findings, new Map())[1];
  const reply = compactFindings(checkReport(w.reports[1]).findings, sentFirst)[0];
  assert.ok(reply.includes(group(shown[0]).id), 'it travelled as its id alone');
  const same = shown[1].checklist.filter((item, i) => item === shown[0].checklist[i]);
  assert.ok(same.length > 0, 'unchanged checklist items are the same objects');
  client.dispose();
});
