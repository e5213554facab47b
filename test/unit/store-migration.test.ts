/**
 * Migration from the single-file layout (data/reports.json) to the index + one file per report: nothing is lost,
 * the old file stays until the new files have been read back, and a migration cut short starts over cleanly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReportStore, LEGACY_FILE, REPORTS_DIR } from '../../electron/services/store.ts';
import { readDataDirSync, type StoreData } from '../../electron/services/store-layout.ts';
import { writeDataFile } from '../../electron/services/json-file.ts';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'fzbg-migrate-'));

/** A real single-file store as earlier versions wrote it: the demo, two of the user's reports, own settings. */
async function oldLayout(): Promise<{ dir: string; data: StoreData; text: string }> {
  const demo = JSON.parse(readFileSync('assets/demo-report.json', 'utf8'));
  const second = {
    ...structuredClone(demo),
    id: 'Report_With.Odd~Id',
    unitName: '青石镇',
    year: 2025,
    title: '青石镇2025年度法治政府建设工作情况报告',
    preamble: '青石镇的导语，迁移后必须原样保留。',
  };
  const third = { ...structuredClone(demo), id: '3f2a9c1e-0000-4000-8000-000000000001', unitName: '白沙乡' };
  const data = {
    schemaVersion: 1,
    settings: {
      unitName: '青石镇',
      county: '云岭县',
      fontPreset: 'gb2312',
      boldHeadings: true,
      sealed: true,
      signatureUnits: ['中共青石镇委员会', '青石镇人民政府'],
      autosaveMs: 2000,
      order: 'B',
    },
    reports: [demo, second, third],
  } as StoreData;
  const dir = tmp();
  const text = JSON.stringify(data);
  writeFileSync(path.join(dir, LEGACY_FILE), text);
  return { dir, data, text };
}

test('migration: a real single-file store becomes index + one file per report, nothing lost', async () => {
  const { dir, data, text } = await oldLayout();
  const { store, notices } = await ReportStore.open(dir);
  assert.deepEqual(notices, []);
  assert.deepEqual(store.snapshot(), data, 'every report and setting, exactly');
  assert.deepEqual(readDataDirSync(dir), data, 'and so on disk');
  assert.equal(readdirSync(path.join(dir, REPORTS_DIR)).length, 3);
  assert.ok(readdirSync(path.join(dir, REPORTS_DIR)).includes('demo-tanglang-2024.json'));
  assert.equal(existsSync(path.join(dir, LEGACY_FILE)), false, 'verified, so the old file moved out of the way');
  const kept = readdirSync(path.join(dir, 'migrated'));
  assert.equal(kept.length, 1);
  assert.equal(readFileSync(path.join(dir, 'migrated', kept[0]), 'utf8'), text, 'the old file itself is kept');
  const again = await ReportStore.open(dir);
  assert.deepEqual(again.notices, []);
  assert.deepEqual(again.store.snapshot(), data, 'a second start reads the new layout');
});

test('migration: when the new files do not read back the same, the old file stays and nothing is lost', async () => {
  const { dir, data, text } = await oldLayout();
  // A disk that silently changes what it is given (the new layout then fails the read-back check).
  const lying = (file: string, t: string) => writeDataFile(file, t.replace('青石镇的导语', '别的导语'));
  await assert.rejects(ReportStore.open(dir, { writer: lying }), /核对不一致.*reports\.json 保持不变/);
  assert.equal(readFileSync(path.join(dir, LEGACY_FILE), 'utf8'), text);
  const { store } = await ReportStore.open(dir);
  assert.deepEqual(store.snapshot(), data, 'the next start migrates again, correctly');
});

for (const cut of [0, 1, 2, 3]) {
  test(`migration cut short after ${cut} of 4 file writes: the next start migrates cleanly`, async () => {
    const { dir, data, text } = await oldLayout();
    let writes = 0;
    const dying = async (file: string, t: string) => {
      if (++writes > cut) throw Object.assign(new Error('power cut'), { code: 'EIO' });
      await writeDataFile(file, t);
    };
    await assert.rejects(ReportStore.open(dir, { writer: dying }));
    assert.equal(readFileSync(path.join(dir, LEGACY_FILE), 'utf8'), text, 'the old file is untouched');
    const { store, notices } = await ReportStore.open(dir);
    assert.deepEqual(notices, []);
    assert.deepEqual(store.snapshot(), data);
    assert.equal(existsSync(path.join(dir, LEGACY_FILE)), false);
  });
}

test('migration finished but the old file not yet moved (a crash in between): the next start moves it', async () => {
  const { dir, data, text } = await oldLayout();
  await (await ReportStore.open(dir)).store.close();
  writeFileSync(path.join(dir, LEGACY_FILE), text);
  const { store, notices } = await ReportStore.open(dir);
  assert.deepEqual(notices, []);
  assert.deepEqual(store.snapshot(), data);
  assert.equal(existsSync(path.join(dir, LEGACY_FILE)), false);
  assert.equal(readdirSync(path.join(dir, 'migrated')).length, 2);
});
