/**
 * The page's side of the check worker: one request at a time, only the newest text checked next, a result for
 * an older text never shown, last year's report sent once, and the check back on the page when the worker fails.
 * The browser's Worker is stood in for by one whose replies the test delivers (the check itself is the real one).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReport, type CheckResult } from '../../electron/core/check.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { ReportReceiver, type CheckReply, type CheckRequest } from '../../renderer/check/protocol.ts';
import { compactFindings, nothingSent, type SentGroup } from '../../renderer/check/findings-diff.ts';
import { openByParagraph, ReplyWriter, type CheckView } from '../../renderer/check/replies.ts';
import { demoReport } from '../fixtures/docx-reports.ts';

class StandInWorker {
  static last: StandInWorker | null = null;
  sent: CheckRequest[] = [];
  /** what the real worker keeps of its replies */
  writer = new ReplyWriter();
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
    if (m.start) this.writer = new ReplyWriter();
    const result = checkReport(this.reports[i], { previous: m.previous ?? undefined });
    const reply = this.writer.write(m.seq, result);
    if (m.start !== 'primed') this.onmessage!(structuredClone({ data: reply }));
  }
}

const g = globalThis as unknown as Record<string, unknown>;
g.Worker = StandInWorker;
g.CHECK_WORKER_SOURCE = '/* the worker bundle */';
const { CheckClient } = await import('../../renderer/check/check-client.ts');

/** A client on a new stand-in worker, with the results it shows. */
function session() {
  const shown: CheckResult[] = [];
  const client = new CheckClient((v: CheckView) => shown.push(v.result));
  return { shown, client, w: StandInWorker.last! };
}

/** Look at each reply the stand-in worker delivers, before the page reads it. */
function onReply(w: StandInWorker, look: (reply: CheckReply) => void) {
  const deliver = w.onmessage!;
  w.onmessage = (e) => {
    look(e.data);
    deliver(e);
  };
}

const withSlip = (r: Report, slip: string) => {
  r.preamble = `青石镇${slip}。`;
  return r;
};
const mentions = (res: CheckResult, s: string) => res.findings.some((f) => f.excerpt.includes(s));

test('a result for an older text is dropped; the newest text is checked next', () => {
  const { shown, client, w } = session();
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
  const { shown, client, w } = session();
  const report = withSlip(demoReport(), '开会37余次');
  client.request(report, undefined);
  w.reply(0);
  client.request(withSlip(report, '开会23余次'), undefined);
  w.reply(1);
  const full = checkReport(w.reports[1]);
  assert.deepEqual(shown[1], full, 'the page sees the whole result');
  const again = compactFindings(
    full.findings,
    compactFindings(checkReport(w.reports[0]).findings, nothingSent())[1],
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
  const { shown, client, w } = session();
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

test('a request carries the changed paragraphs, and the outline only when it changed', () => {
  const { shown, client, w } = session();
  const report = demoReport();
  const all = report.sections.flatMap(function ids(s): string[] {
    return [...s.paragraphs.map((p) => p.id), ...s.children.flatMap(ids)];
  });
  client.request(report, undefined);
  w.reply(0);
  const plan = report.sections.find((s) => s.key === 'plan')!;
  plan.paragraphs[0].text += '组织开会37余次。';
  client.request(report, undefined);
  w.reply(1);
  plan.paragraphs.push({ id: 'plan-added', text: '新增一段。' });
  client.request(report, undefined);
  w.reply(2);
  const [first, second, third] = w.sent.map((m) => m.report);
  assert.deepEqual(
    first.paragraphs.map((p) => p.id),
    all,
    'the first request carries every paragraph',
  );
  assert.ok(first.outline, 'and the outline');
  assert.deepEqual(
    second.paragraphs.map((p) => p.id),
    [plan.paragraphs[0].id],
    'the next one only the changed paragraph',
  );
  assert.equal(second.outline, null, 'an edit inside a paragraph leaves the outline as it was');
  assert.deepEqual(
    third.paragraphs.map((p) => p.id),
    ['plan-added'],
  );
  assert.ok(third.outline, 'a new paragraph sends the outline again');
  assert.deepEqual(w.reports[2], structuredClone(report), 'the worker has the whole report again');
  assert.ok(mentions(shown[1], '37余'));
  client.dispose();
});

test('a paragraph deleted and brought back unchanged (undo) reaches the worker again', () => {
  const client = new CheckClient(() => undefined);
  const w = StandInWorker.last!;
  const report = demoReport();
  const plan = report.sections.find((s) => s.key === 'plan')!;
  client.request(report, undefined);
  w.reply(0);
  const [gone] = plan.paragraphs.splice(0, 1);
  client.request(report, undefined);
  w.reply(1);
  plan.paragraphs.unshift(gone);
  client.request(report, undefined);
  w.reply(2);
  assert.deepEqual(w.sent[2].report.paragraphs, [gone], 'it travels whole again');
  assert.deepEqual(w.reports[2], structuredClone(report));
  client.dispose();
});

test('a paragraph id twice in a report: both paragraphs reach the check with their own text', () => {
  const client = new CheckClient(() => undefined);
  const w = StandInWorker.last!;
  const report = demoReport();
  const plan = report.sections.find((s) => s.key === 'plan')!;
  plan.paragraphs.push({ ...plan.paragraphs[0], text: '同一编号的另一段。' });
  client.request(report, undefined);
  w.reply(0);
  plan.paragraphs[plan.paragraphs.length - 1].text = '同一编号的另一段，改过。';
  client.request(report, undefined);
  w.reply(1);
  assert.deepEqual(w.reports[1], structuredClone(report));
  client.dispose();
});

test('the check at once on the page, and the worker primed with it: its first reply is a difference', () => {
  const shown: CheckView[] = [];
  const client = new CheckClient((v: CheckView) => shown.push(v));
  const w = StandInWorker.last!;
  const report = withSlip(demoReport(), '开会37余次');
  // A section of its own whose one paragraph has findings at first and none once the worker checks.
  const own = { id: 'own-para', text: '青石镇全年开会12余次 ,学法4次。' };
  const part = { id: 'own-section', key: null, heading: '其他工作', paragraphs: [own], stats: [], children: [] };
  report.sections[0].children.push(part);
  const now = client.checkNow(report);
  assert.deepEqual(now.result, checkReport(report), 'the page sees the whole result at once');
  assert.ok(now.byParagraph.get(own.id)?.length);
  assert.equal(w.sent[0].start, 'primed', 'the worker is sent the same report to check and keep');
  w.reply(0);
  assert.equal(shown.length, 0, 'and replies nothing to it');
  report.preamble = '青石镇开会23次。';
  own.text = '青石镇全年开会12次。';
  client.request(report, undefined);
  assert.equal(w.sent[1].start, undefined);
  let full: boolean | undefined;
  onReply(w, (reply) => (full = reply.full));
  w.reply(1);
  assert.equal(full, false, 'the first reply is a difference from what the page has');
  assert.deepEqual(shown[0].result, checkReport(report));
  assert.deepEqual(shown[0].byParagraph, openByParagraph(checkReport(report).findings));
  assert.ok(shown[0].changed.has(own.id), 'the paragraph whose findings all went is told');
  client.dispose();
});

test('a reply the page cannot read: it asks for a whole one, and shows the right result', () => {
  const shown: CheckView[] = [];
  const client = new CheckClient((v: CheckView) => shown.push(v));
  const w = StandInWorker.last!;
  const report = withSlip(demoReport(), '开会37余次');
  client.request(report, undefined);
  w.reply(0);
  // The worker's writer loses step with the page (it should not): its next reply names a finding the page lacks.
  report.sections[0].paragraphs.push({ id: 'own-para', text: '青石镇全年开会12余次 ,学法4次。' });
  w.writer = new ReplyWriter();
  w.writer.write(0, checkReport(report));
  client.request(report, undefined);
  w.reply(1);
  assert.equal(shown.length, 1, 'the unreadable reply is not shown');
  assert.equal(w.sent[2]?.start, 'fresh', 'the page asks again, for a whole reply');
  w.reply(2);
  assert.deepEqual(shown[1].result, checkReport(report));
  assert.deepEqual(shown[1].byParagraph, openByParagraph(checkReport(report).findings));
  client.dispose();
});

test("a group's unchanged places travel as ids, and the group comes back whole with its fix", () => {
  const { shown, client, w } = session();
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
  const again = compactFindings(
    full.findings,
    compactFindings(checkReport(w.reports[0]).findings, nothingSent())[1],
  )[0];
  const sentGroup = again.find((f) => typeof f !== 'string' && f.rule === 'punctuation') as SentGroup;
  const whole = sentGroup.places.filter((p) => typeof p !== 'string');
  assert.equal(whole.length, 1, 'only the changed place travels whole');
  assert.equal(sentGroup.fix && 'edits' in sentGroup.fix, false, 'the edits are not sent twice');
  client.dispose();
});

test('a long group sends only the places between its unchanged ends; the page puts them back in', () => {
  const { shown, client, w } = session();
  const report = demoReport();
  const plan = report.sections.find((s) => s.key === 'plan')!;
  const texts = ['青石镇,甲村,乙村。', '青石镇,丙村,丁村。', '青石镇,戊村,己村。', '青石镇,庚村,辛村。'];
  plan.paragraphs.push(...texts.map((text, i) => ({ id: `comma-${i}`, text })));
  client.request(report, undefined);
  w.reply(0);
  plan.paragraphs.find((p) => p.id === 'comma-1')!.text = '青石镇,丙村和丁村,壬村。';
  client.request(report, undefined);
  let sent: SentGroup | undefined;
  onReply(w, (reply) => {
    sent = reply.result.findings.find((f) => typeof f !== 'string' && f.rule === 'punctuation') as SentGroup;
  });
  w.reply(1);
  const full = checkReport(w.reports[1]);
  const group = full.findings.find((f) => f.rule === 'punctuation' && f.places)!;
  assert.ok(sent?.keep, 'the group keeps its unchanged ends');
  // One place per paragraph: the edited paragraph's travels, the ones before it and the two after it stay.
  assert.equal(sent.keep[1], 2, 'the places after the edited paragraph stay');
  assert.equal(sent.keep[0], group.places!.length - 3, 'and the ones before it');
  assert.equal(sent.places.length, 1, 'only the edited paragraph’s place travels');
  assert.deepEqual(shown[1], full, 'the page has the whole group again, every place and edit');
  client.dispose();
});

test('a group and checklist items the edit left alone travel as ids and come back as the same objects', () => {
  const { shown, client, w } = session();
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
  const sentFirst = compactFindings(checkReport(w.reports[0]).findings, nothingSent())[1];
  const reply = compactFindings(checkReport(w.reports[1]).findings, sentFirst)[0];
  assert.ok(reply.includes(group(shown[0]).id), 'it travelled as its id alone');
  const same = shown[1].checklist.filter((item, i) => item === shown[0].checklist[i]);
  assert.ok(same.length > 0, 'unchanged checklist items are the same objects');
  client.dispose();
});
