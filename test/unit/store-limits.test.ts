/**
 * Every mutation that would pass a limit the reader enforces is clamped or refused with a Chinese message, and
 * the store reopens clean: a file the store wrote is always a file it can read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReportStore, REPORTS_DIR, type StoreData } from '../../electron/services/store.ts';
import { INDEX_FILE, MAX_REPORTS } from '../../electron/services/store-layout.ts';
import { freshData, layOut } from '../../electron/services/store-open.ts';
import { carryForward } from '../../electron/core/carry-forward.ts';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'fzbg-limits-'));

async function reopenClean(dir: string) {
  const { store, notices } = await ReportStore.open(dir);
  assert.deepEqual(notices, [], 'reopens without recovery');
  for (const r of store.list().slice(0, 20)) store.get(r.id);
  assert.deepEqual(store.takeNotices(), []);
  return store;
}

/** A data folder holding `n` reports, written directly (a thousand saves would take minutes on a slow disk). */
function folderWith(n: number): string {
  const dir = tmp();
  const demo = freshData().reports[0];
  const data: StoreData = {
    ...freshData(),
    reports: Array.from({ length: n }, (_, i) => ({ ...structuredClone(demo), id: `r-${i}` })),
  };
  const { index, files } = layOut(data);
  mkdirSync(path.join(dir, REPORTS_DIR));
  for (const [f, text] of files) writeFileSync(path.join(dir, REPORTS_DIR, f), text);
  writeFileSync(path.join(dir, INDEX_FILE), JSON.stringify(index));
  return dir;
}

test('duplicating a report with a 500-character title: the copy’s title is shortened to fit', async () => {
  const dir = tmp();
  const { store } = await ReportStore.open(dir);
  const long = '青石镇'.repeat(166) + '报告'; // 500 characters
  await store.rename('demo-tanglang-2024', long);
  const copy = await store.duplicate('demo-tanglang-2024');
  assert.equal([...copy.title].length, 500);
  assert.match(copy.title, /（副本）$/);
  assert.equal((await reopenClean(dir)).list().length, 2);
});

test('carrying a 2100 report forward (2101) is refused with a message, and nothing is written', async () => {
  const dir = tmp();
  const { store } = await ReportStore.open(dir);
  const r = store.get('demo-tanglang-2024');
  r.year = 2100;
  await store.save(r);
  await assert.rejects(store.add(carryForward(store.get(r.id))), (e: Error & { code?: string }) => {
    assert.equal(e.code, 'INVALID_PAYLOAD');
    assert.match(e.message, /2101 年超出本程序支持的年度范围/);
    return true;
  });
  assert.equal(store.list().length, 1);
  assert.equal((await reopenClean(dir)).list().length, 1);
});

test(`duplicating past ${MAX_REPORTS} reports is refused with a message`, async () => {
  const dir = folderWith(MAX_REPORTS);
  const { store } = await ReportStore.open(dir);
  await assert.rejects(store.duplicate('r-0'), /超过上限 1000 份/);
  await assert.rejects(store.create({ unitName: '青石镇', county: '', year: 2025 }), /超过上限/);
  assert.equal(store.list().length, MAX_REPORTS);
  await store.close();
  assert.equal((await reopenClean(dir)).list().length, MAX_REPORTS);
});

test(`merging a backup past ${MAX_REPORTS} reports is refused; the store is unchanged and reopens clean`, async () => {
  const dir = folderWith(600);
  const { store } = await ReportStore.open(dir);
  const other = freshData();
  other.reports = Array.from({ length: 500 }, (_, i) => ({ ...structuredClone(other.reports[0]), id: `b-${i}` }));
  await assert.rejects(store.restore(other, 'merge'), /合并|报告数量将达到 1100 份/);
  assert.equal(store.list().length, 600);
  await store.close();
  assert.equal((await reopenClean(dir)).list().length, 600);
});

test('a restored backup holding two reports with one id keeps both, under two ids', async () => {
  const dir = tmp();
  const { store } = await ReportStore.open(dir);
  const backup = freshData();
  const twin = { ...structuredClone(backup.reports[0]), preamble: '同编号的第二份' };
  backup.reports.push(twin);
  await store.restore(backup, 'replace');
  const ids = store.list().map((r) => r.id);
  assert.equal(new Set(ids).size, 2);
  assert.ok(
    ids.some((id) => store.get(id).preamble === '同编号的第二份'),
    'nothing dropped',
  );
  assert.equal((await reopenClean(dir)).list().length, 2);
});
