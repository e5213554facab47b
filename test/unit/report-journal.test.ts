/**
 * The report journal: a save appends what changed (the report file is left alone), reopening replays it, a record
 * cut short by a crash is ignored with the earlier ones kept, a rewrite of the file (compaction) empties the journal
 * and a crash in the middle of one replays nothing twice, and a damaged journal is kept and the user told.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReportStore, REPORTS_DIR } from '../../electron/services/store.ts';
import type { Paragraph, Section } from '../../electron/core/report-model.ts';
import { LOCK_FILE } from '../../electron/services/data-lock.ts';
import { readDataDirSync } from '../../electron/services/store-layout.ts';
import { COMPACT_RECORDS, JOURNAL_EXT } from '../../electron/services/report-journal.ts';
import { applyOps, diffJson, encodeRecord, readJournal } from '../../electron/services/journal-records.ts';

const DEMO = 'demo-tanglang-2024';
const tmp = () => mkdtempSync(path.join(tmpdir(), 'fzbg-journal-'));
const reportFile = (dir: string) => path.join(dir, REPORTS_DIR, `${DEMO}.json`);
const journalFile = (dir: string) => path.join(dir, REPORTS_DIR, `${DEMO}${JOURNAL_EXT}`);
const size = (file: string) => statSync(file, { throwIfNoEntry: false })?.size ?? 0;
const journalLines = (dir: string) => readFileSync(journalFile(dir), 'utf8').split('\n').filter(Boolean);

/** The first section of the report with paragraphs, however deep. */
function sectionWithText(sections: Section[]): Section {
  for (const s of sections) {
    if (s.paragraphs.length) return s;
    try {
      return sectionWithText(s.children);
    } catch {
      // none under this one
    }
  }
  throw new Error('no paragraph');
}
const firstParagraph = (sections: Section[]): Paragraph => sectionWithText(sections).paragraphs[0];

/** The process stops without quitting (nothing is folded in on the way out); its lock is gone with it. */
async function crash(store: ReportStore, dir: string): Promise<void> {
  await store.idle();
  rmSync(path.join(dir, LOCK_FILE));
}

/** The demo report saved `n` times, preamble "第 k 次保存", then a crash. */
async function savedTimes(dir: string, n: number, from = 1): Promise<void> {
  const { store } = await ReportStore.open(dir);
  const r = store.get(DEMO);
  for (let k = from; k < from + n; k++) {
    r.preamble = `第 ${k} 次保存`;
    await store.save(r);
  }
  await crash(store, dir);
}

/** Open the folder as the app does at start: the preamble read and every notice. */
const reopen = async (dir: string) => {
  const { store, notices } = await ReportStore.open(dir);
  const preamble = store.get(DEMO).preamble;
  return { store, preamble, notices: [...notices, ...store.takeNotices()] };
};

test('diff and apply: an edited paragraph costs its own text; applying the ops gives the new report', () => {
  const a = { title: '青石镇报告', sections: [{ paragraphs: [{ text: '甲' }, { text: '乙' }] }], marks: { x: 1 } };
  const b = structuredClone(a) as Record<string, unknown> & typeof a;
  b.sections[0].paragraphs[1].text = '乙改';
  delete (b.marks as Partial<typeof b.marks>).x;
  (b as Record<string, unknown>).year = 2025;
  const ops = diffJson(a, b);
  assert.deepEqual(ops, [[['sections', 0, 'paragraphs', 1, 'text'], '乙改'], [['marks', 'x']], [['year'], 2025]]);
  assert.deepEqual(applyOps(structuredClone(a), ops), b);
  const grown = { ...structuredClone(a), sections: [{ paragraphs: [{ text: '甲' }, { text: '乙' }, { text: '丙' }] }] };
  assert.deepEqual(diffJson(a, grown), [[['sections', 0, 'paragraphs'], grown.sections[0].paragraphs]]);
  assert.throws(() => applyOps({}, [[['__proto__', 'x'], 1]]), /bad path/);
  assert.throws(() => applyOps({ a: [1] }, [[['a', 5], 1]]), /bad path/);
});

test('reading a journal: a last record cut short is ignored, the earlier ones kept; other generations passed over', () => {
  const rec = (gen: string, seq: number) => encodeRecord({ gen, seq, ops: [[['n'], seq]] });
  const whole = rec('aaaa', 1) + rec('aaaa', 2) + rec('aaaa', 3);
  const cut = new TextEncoder().encode(whole.slice(0, whole.length - 7));
  const torn = readJournal(cut, 'aaaa');
  assert.deepEqual(
    torn.records.map((r) => r.seq),
    [1, 2],
  );
  assert.equal(torn.damaged, false);
  assert.equal(torn.stale, true, 'the torn tail is emptied by the next rewrite, not appended after');
  const clean = readJournal(new TextEncoder().encode(whole), 'aaaa');
  assert.deepEqual([clean.records.length, clean.stale, clean.damaged], [3, false, false]);
  const old = readJournal(new TextEncoder().encode(rec('bbbb', 1) + rec('aaaa', 1)), 'aaaa');
  assert.deepEqual([old.records.length, old.stale], [1, true]);
  const flipped = whole.replace('"n":2', '"n":9');
  const damaged = readJournal(new TextEncoder().encode(flipped), 'aaaa');
  assert.deepEqual([damaged.records.length, damaged.damaged], [1, true]);
});

test('a save appends to the journal and leaves the report file alone; reopening replays it', async () => {
  const dir = tmp();
  const { store } = await ReportStore.open(dir);
  const before = readFileSync(reportFile(dir), 'utf8');
  const r = store.get(DEMO);
  firstParagraph(r.sections).text = '青石镇全年开展法治宣传12次。';
  await store.save(r);
  r.preamble = '第二次保存';
  await store.save(r);
  assert.equal(readFileSync(reportFile(dir), 'utf8'), before, 'the report file is not rewritten');
  const lines = journalLines(dir);
  assert.equal(lines.length, 2);
  assert.ok(lines[1].length < 300, `the second record holds the preamble and the time only (${lines[1].length} bytes)`);
  assert.equal(readDataDirSync(dir).reports[0].preamble, '第二次保存');
  await crash(store, dir);
  const again = await reopen(dir);
  assert.equal(again.preamble, '第二次保存');
  assert.equal(firstParagraph(again.store.get(DEMO).sections).text, '青石镇全年开展法治宣传12次。');
  assert.deepEqual(again.notices, []);
});

test('a crash in the middle of an append: the torn record is ignored, the acknowledged saves before it are kept', async () => {
  const dir = tmp();
  await savedTimes(dir, 3);
  const intact = size(journalFile(dir));
  await savedTimes(dir, 1, 4);
  // What a kill during the fourth append leaves: part of its line.
  truncateSync(journalFile(dir), intact + 20);
  const { store, preamble, notices } = await reopen(dir);
  assert.equal(preamble, '第 3 次保存');
  assert.deepEqual(notices, [], 'an unacknowledged save cut short is not damage');
  // The next save rewrites the report file and empties the journal rather than appending after the torn bytes.
  const r = store.get(DEMO);
  r.preamble = '崩溃后的保存';
  await store.save(r);
  assert.equal(size(journalFile(dir)), 0);
  assert.equal(JSON.parse(readFileSync(reportFile(dir), 'utf8')).report.preamble, '崩溃后的保存');
  r.preamble = '再保存一次';
  await store.save(r);
  await crash(store, dir);
  assert.equal((await reopen(dir)).preamble, '再保存一次');
});

test(`compaction: after ${COMPACT_RECORDS} appends the report file is rewritten and the journal emptied`, async () => {
  const dir = tmp();
  await savedTimes(dir, COMPACT_RECORDS + 3);
  assert.equal(journalLines(dir).length, 3, 'three appends since the rewrite');
  assert.equal(JSON.parse(readFileSync(reportFile(dir), 'utf8')).report.preamble, `第 ${COMPACT_RECORDS} 次保存`);
  const { store, preamble } = await reopen(dir);
  assert.equal(preamble, `第 ${COMPACT_RECORDS + 3} 次保存`);
  await store.close();
  assert.equal(size(journalFile(dir)), 0, 'quitting folds the journal into the file');
  assert.equal(JSON.parse(readFileSync(reportFile(dir), 'utf8')).report.preamble, `第 ${COMPACT_RECORDS + 3} 次保存`);
});

test('a crash between rewriting the file and emptying the journal replays nothing twice', async () => {
  const dir = tmp();
  await savedTimes(dir, 5);
  const journal = readFileSync(journalFile(dir));
  const { store } = await ReportStore.open(dir);
  await store.close();
  // The rewrite reached the disk, the journal was never emptied: its records name the old generation.
  writeFileSync(journalFile(dir), journal);
  const again = await reopen(dir);
  assert.equal(again.preamble, '第 5 次保存');
  assert.deepEqual(again.notices, []);
  const r = again.store.get(DEMO);
  const paragraphs = sectionWithText(r.sections).paragraphs.length;
  sectionWithText(r.sections).paragraphs.pop();
  r.preamble = '删去一段后保存';
  await again.store.save(r);
  await crash(again.store, dir);
  const last = await reopen(dir);
  assert.equal(last.preamble, '删去一段后保存');
  assert.equal(sectionWithText(last.store.get(DEMO).sections).paragraphs.length, paragraphs - 1);
});

test('a damaged journal: the saves before the damage are read, the journal kept in damaged/, the user told', async () => {
  const dir = tmp();
  await savedTimes(dir, 4);
  const lines = readFileSync(journalFile(dir), 'utf8').split('\n');
  const bad = lines.map((l, i) => (i === 2 ? l.replace('第 3 次保存', '第 X 次保存') : l)).join('\n');
  writeFileSync(journalFile(dir), bad);
  const { store, preamble, notices } = await reopen(dir);
  assert.equal(preamble, '第 2 次保存');
  assert.equal(notices.length, 1);
  assert.match(notices[0], /修改记录有损坏的部分，已读入损坏处之前保存的内容；损坏的文件已保留为/);
  const kept = readdirSync(path.join(dir, 'damaged'));
  assert.equal(kept.length, 1);
  assert.equal(readFileSync(path.join(dir, 'damaged', kept[0]), 'utf8'), bad);
  await store.idle();
  assert.equal(JSON.parse(readFileSync(reportFile(dir), 'utf8')).report.preamble, '第 2 次保存', 'written back');
});
