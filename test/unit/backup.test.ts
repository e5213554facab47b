import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReportStore } from '../../electron/services/store.ts';
import { dataFilesText } from '../../electron/services/store-layout.ts';
import { readBackupFile, writeBackupFile, defaultBackupName } from '../../electron/services/backup-file.ts';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'fzbg-backup-'));

test('backup round trip: back up, delete everything, restore (replace), and get the same data back', async () => {
  const dir = tmp();
  const usb = tmp();
  const { store } = await ReportStore.open(dir);
  const r = await store.create({ unitName: '城关镇', county: '禄劝县', year: 2025 });
  r.preamble = '备份前的导语';
  await store.save(r);
  await store.saveSettings({ ...store.settings(), unitName: '城关镇' });
  const before = store.snapshot();
  const file = path.join(usb, defaultBackupName(new Date(2026, 0, 15)));
  assert.match(file, /法治报告助手备份-20260115\.json$/);
  await writeBackupFile(file, before, 't');
  for (const x of store.list()) await store.delete(x.id);
  assert.equal(store.list().length, 0);
  const { data, summary } = await readBackupFile(file);
  assert.equal(summary.reports.length, 2);
  assert.equal(summary.unitName, '城关镇');
  await store.restore(data, 'replace');
  assert.deepEqual(store.snapshot(), before);
  const reopened = (await ReportStore.open(dir)).store;
  assert.deepEqual(reopened.snapshot(), before, 'the restored data is on disk');
});

test('merge keeps current reports, adds missing ones, and keeps the later edit of a report in both', async () => {
  const dir = tmp();
  const { store } = await ReportStore.open(dir);
  const a = await store.create({ unitName: '城关镇', county: '', year: 2025 });
  const file = path.join(tmp(), 'b.json');
  await writeBackupFile(file, store.snapshot(), 't');
  // After the backup: a is edited here (newer than the backup), the demo is deleted, b is created.
  a.preamble = '备份之后的修改';
  await new Promise((r) => setTimeout(r, 5));
  await store.save(a);
  await store.delete('demo-tanglang-2024');
  const b = await store.create({ unitName: '东城街道', county: '', year: 2025 });
  const { data } = await readBackupFile(file);
  await store.restore(data, 'merge');
  const ids = store
    .list()
    .map((x) => x.id)
    .sort();
  assert.deepEqual(ids, [a.id, b.id, 'demo-tanglang-2024'].sort());
  assert.equal(store.get(a.id).preamble, '备份之后的修改');
});

for (const [name, make] of [
  ['truncated', (good: string) => good.slice(0, Math.floor(good.length / 2))],
  ['empty', () => ''],
  ['foreign JSON', () => JSON.stringify({ name: 'some other program', items: [1, 2, 3] })],
  ['our format with broken data', (good: string) => good.replace('"reports":[', '"reports":[{"id":1},')],
  ['binary', () => '\u0000\u0001PK\u0003\u0004garbage'],
] as const) {
  test(`restoring a ${name} file is refused with a message and changes nothing`, async () => {
    const dir = tmp();
    const { store } = await ReportStore.open(dir);
    const good = path.join(tmp(), 'good.json');
    await writeBackupFile(good, store.snapshot(), 't');
    const bad = path.join(tmp(), 'bad.json');
    writeFileSync(bad, make(readFileSync(good, 'utf8')));
    const before = dataFilesText(dir);
    await assert.rejects(
      readBackupFile(bad),
      (e: Error) => /[\u4e00-\u9fff]/.test(e.message) && /(不是|损坏|不完整|空的)/.test(e.message),
    );
    assert.equal(dataFilesText(dir), before);
  });
}
