/**
 * The check as the page shows it: a new result tells the watchers of the paragraphs whose findings it changed and
 * the result's watchers, and no one else; a paragraph's findings keep their identity until a result changes them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReport } from '../../electron/core/check.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { CheckStore, NO_FINDINGS } from '../../renderer/check/check-store.ts';
import { ReplyReader, ReplyWriter } from '../../renderer/check/replies.ts';
import { demoReport } from '../fixtures/docx-reports.ts';

/** A report with two paragraphs of its own, each with a 半角逗号 slip. */
function report(): Report {
  const r = demoReport();
  r.sections[0].paragraphs.push(
    { id: 'one', text: '青石镇全年开会12次 ,学法4次。' },
    { id: 'two', text: '青石镇全年调解纠纷9起 ,无一激化。' },
  );
  return r;
}

function shown() {
  const r = report();
  const writer = new ReplyWriter();
  const reader = new ReplyReader();
  let seq = 0;
  const view = () => reader.read(structuredClone(writer.write(++seq, checkReport(r))));
  return { r, view, store: new CheckStore(view()) };
}

test('a result tells the watchers of the paragraphs it changed, and the result’s watchers', () => {
  const { r, view, store } = shown();
  const told: string[] = [];
  store.watchParagraph('one', () => told.push('one'));
  store.watchParagraph('two', () => told.push('two'));
  store.watchResult(() => told.push('result'));
  const before = store.findingsOf('two');
  assert.ok(store.findingsOf('one').length > 0 && before.length > 0);
  assert.equal(store.result().runs, 0);

  r.sections[0].paragraphs.find((p) => p.id === 'one')!.text = '青石镇全年开会12次，学法4次。';
  store.show(view());

  assert.deepEqual(told, ['one', 'result'], 'the untouched paragraph is not told');
  assert.equal(store.findingsOf('one'), NO_FINDINGS, 'its slip went');
  assert.equal(store.findingsOf('two'), before, 'the untouched paragraph keeps the same list');
  assert.equal(store.result().runs, 1);
  assert.equal(store.result(), store.result(), 'the same object until the next result');
});

test('a watcher that stopped is not told, and the others still are', () => {
  const { r, view, store } = shown();
  const told: string[] = [];
  const stopA = store.watchParagraph('one', () => told.push('a'));
  store.watchParagraph('one', () => told.push('b'));
  const stopResult = store.watchResult(() => told.push('result'));
  stopA();
  stopResult();
  r.sections[0].paragraphs.find((p) => p.id === 'one')!.text = '青石镇全年开会12次，学法4次。';
  store.show(view());
  assert.deepEqual(told, ['b']);
});

test('a result with nothing changed for a paragraph tells only the result’s watchers', () => {
  const { r, view, store } = shown();
  const told: string[] = [];
  store.watchParagraph('one', () => told.push('one'));
  store.watchResult(() => told.push('result'));
  r.preamble += '特此报告。';
  store.show(view());
  assert.deepEqual(told, ['result']);
});
