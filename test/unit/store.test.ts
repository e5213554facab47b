import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, mkdirSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReportStore, LEGACY_FILE, REPORTS_DIR, StoreWriteError } from '../../electron/services/store.ts';
import { Backups, KEEP_RECENT } from '../../electron/services/backups.ts';
import { readDataDirSync } from '../../electron/services/store-layout.ts';
import { failingWrites } from './failing-writes.ts';
import { JOURNAL_EXT } from '../../electron/services/report-journal.ts';
import { SCHEMA_VERSION } from '../../electron/core/report-model.ts';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'fzbg-store-'));
const readData = (dir: string) => readDataDirSync(dir);
const DEMO_FILE = path.join(REPORTS_DIR, 'demo-tanglang-2024.json');

test('first start: the demo report is stored on disk, no notice', async () => {
  const dir = tmp();
  const { store, notices } = await ReportStore.open(dir);
  assert.deepEqual(notices, []);
  assert.equal(store.list().length, 1);
  assert.equal(readData(dir).reports[0].id, 'demo-tanglang-2024');
  assert.equal(readData(dir).schemaVersion, SCHEMA_VERSION);
});

test('create, save, rename, duplicate, delete persist and survive reopening', async () => {
  const dir = tmp();
  const { store } = await ReportStore.open(dir);
  const r = await store.create({ unitName: '城关镇', county: '禄劝县', year: 2025 });
  assert.equal(r.title, '城关镇2025年度法治政府建设工作情况报告');
  r.preamble = '导语内容';
  await store.save(r);
  const renamed = await store.rename(r.id, '中共城关镇委员会 城关镇人民政府关于2025年度法治政府建设情况的报告');
  assert.match(renamed.title, /^中共城关镇委员会/);
  const copy = await store.duplicate(r.id);
  assert.match(copy.title, /（副本）$/);
  const again = (await ReportStore.open(dir)).store;
  assert.equal(again.list().length, 3);
  assert.equal(again.get(r.id).preamble, '导语内容');
  assert.deepEqual(
    again.list().map((x) => x.year),
    [2025, 2025, 2024],
  );
  await again.delete(copy.id);
  assert.equal((await ReportStore.open(dir)).store.list().length, 2);
  assert.throws(() => again.get('nope'), /不存在/);
});

test('an interrupted write leaves the old file: leftover or partial temp files do not matter', async () => {
  const dir = tmp();
  const { store } = await ReportStore.open(dir);
  const r = store.get('demo-tanglang-2024');
  r.preamble = '第一版';
  await store.save(r);
  const before = readFileSync(path.join(dir, DEMO_FILE), 'utf8');
  // What a crash mid-write leaves: a temp file cut short, and a complete temp file never renamed.
  const reports = path.join(dir, REPORTS_DIR);
  writeFileSync(path.join(reports, '.demo-tanglang-2024.json.999.1.0.tmp'), before.slice(0, before.length / 2));
  writeFileSync(path.join(reports, '.demo-tanglang-2024.json.999.1.1.tmp'), before.replace('第一版', '第二版'));
  writeFileSync(path.join(dir, '.index.json.999.1.2.tmp'), '{"sch');
  const { store: reopened, notices } = await ReportStore.open(dir);
  assert.deepEqual(notices, []);
  assert.equal(reopened.get(r.id).preamble, '第一版');
  assert.deepEqual(reopened.takeNotices(), []);
  const temps = [...readdirSync(dir), ...readdirSync(reports)].filter((f) => f.endsWith('.tmp'));
  assert.equal(temps.length, 0, 'stale temp files are cleaned up');
});

for (const [name, content] of [
  ['empty', ''],
  ['zero-filled', '\0'.repeat(4096)],
  ['truncated', null],
  ['not a report', '{"hello": "world"}'],
] as const) {
  test(`a ${name} report file is moved aside and its newest good backup restored, with a notice`, async () => {
    const dir = tmp();
    const { store } = await ReportStore.open(dir, { backupIntervalMs: 0 });
    const r = store.get('demo-tanglang-2024');
    r.preamble = '最后一次保存';
    await store.save(r);
    const good = readFileSync(path.join(dir, DEMO_FILE), 'utf8');
    writeFileSync(path.join(dir, DEMO_FILE), content ?? good.slice(0, 500));
    const { store: recovered, notices } = await ReportStore.open(dir);
    assert.deepEqual(notices, [], 'the index is fine; the report is read when opened');
    assert.equal(recovered.get(r.id).preamble, '最后一次保存');
    const late = recovered.takeNotices();
    assert.equal(late.length, 1);
    assert.match(late[0], /报告《.*》的文件无法读取.*已从 .* 的备份恢复；损坏的文件已保留为/);
    // The report's journal, whose records apply to the damaged file only, is kept beside it.
    const damaged = readdirSync(path.join(dir, 'damaged')).filter((n) => !n.includes(JOURNAL_EXT));
    assert.equal(damaged.length, 1);
    assert.equal(readFileSync(path.join(dir, 'damaged', damaged[0]), 'utf8'), content ?? good.slice(0, 500));
    await recovered.idle();
    assert.equal(readData(dir).reports[0].preamble, '最后一次保存', 'the restored report is written back');
  });
  test(`a ${name} index file is moved aside and rebuilt from the report files, with a notice`, async () => {
    const dir = tmp();
    const { store } = await ReportStore.open(dir, { backupIntervalMs: 0 });
    await store.saveSettings({ ...store.settings(), unitName: '青石镇' });
    const extra = await store.create({ unitName: '青石镇', county: '', year: 2025 });
    const good = readFileSync(path.join(dir, 'index.json'), 'utf8');
    writeFileSync(path.join(dir, 'index.json'), content ?? good.slice(0, 100));
    const { store: recovered, notices } = await ReportStore.open(dir);
    assert.equal(notices.length, 1);
    assert.match(notices[0], /index\.json 无法读取.*已根据报告文件和备份重建（共 2 份报告）；损坏的文件已保留为/);
    assert.deepEqual(
      recovered
        .list()
        .map((x) => x.id)
        .sort(),
      [extra.id, 'demo-tanglang-2024'].sort(),
    );
    assert.equal(recovered.settings().unitName, '青石镇', 'settings come from the index backup');
    assert.equal(readdirSync(path.join(dir, 'damaged')).length, 1);
    assert.equal(readData(dir).reports.length, 2, 'the rebuilt index is on disk');
  });
}

test('a damaged file with no good backup starts over with the demo and says so', async () => {
  const dir = tmp();
  writeFileSync(path.join(dir, LEGACY_FILE), '{"schemaVersion":1,"reports":[');
  const { store, notices } = await ReportStore.open(dir);
  assert.match(notices[0], /没有可用的备份/);
  assert.equal(store.list().length, 1);
  assert.equal(readdirSync(path.join(dir, 'damaged')).length, 1);
});

test('a missing report file is restored from its newest good backup, skipping a damaged newer one', async () => {
  const dir = tmp();
  const { store } = await ReportStore.open(dir, { backupIntervalMs: 0 });
  const r = store.get('demo-tanglang-2024');
  r.preamble = '备份里的版本';
  await store.save(r);
  rmSync(path.join(dir, DEMO_FILE));
  mkdirSync(path.join(dir, 'backups'), { recursive: true });
  const hash = 'abcdefabcdef';
  writeFileSync(path.join(dir, 'backups', `9999999999-20000101-000000000-report-demo-tanglang-2024-${hash}.json`), 'x');
  const { store: restored } = await ReportStore.open(dir);
  assert.equal(restored.get(r.id).preamble, '备份里的版本');
  assert.match(restored.takeNotices()[0], /文件不见了.*已从 .* 的备份恢复/);
});

for (const [code, expected] of [
  ['EACCES', /没有写入权限/],
  ['ENOSPC', /磁盘空间已满/],
  ['EROFS', /只读/],
] as const) {
  test(`a failed write (${code}) reports a clear reason, keeps the change in memory, the disk keeps the last save, and a retry writes it`, async () => {
    const dir = tmp();
    let failWith: string | null = null;
    const { store } = await ReportStore.open(
      dir,
      failingWrites(() => failWith),
    );
    const r = store.get('demo-tanglang-2024');
    r.preamble = '已保存的版本';
    await store.save(r);
    failWith = code;
    r.preamble = '未能写入的版本';
    await assert.rejects(
      store.save(r),
      (e: unknown) =>
        e instanceof StoreWriteError && expected.test((e as Error).message) && /保存失败/.test((e as Error).message),
    );
    assert.equal(store.get(r.id).preamble, '未能写入的版本', 'the draft stays in memory');
    assert.equal(readData(dir).reports[0].preamble, '已保存的版本', 'nothing saved is lost');
    failWith = null;
    await store.save(store.get(r.id));
    assert.equal(readData(dir).reports[0].preamble, '未能写入的版本', 'the retry writes it');
    assert.equal(readData(dir).reports[0].updatedAt, store.list()[0].updatedAt, 'the index follows');
  });
}

test(
  'a read-only data folder: the save fails with a message and the file is unchanged',
  {
    skip:
      process.getuid?.() === 0 ? 'root ignores folder permissions; the EACCES case above covers the message' : false,
  },
  async () => {
    const dir = tmp();
    const { store } = await ReportStore.open(dir);
    const before = readFileSync(path.join(dir, DEMO_FILE), 'utf8');
    chmodSync(path.join(dir, REPORTS_DIR), 0o500);
    chmodSync(dir, 0o500);
    try {
      await assert.rejects(store.save(store.get('demo-tanglang-2024')), /没有写入权限/);
    } finally {
      chmodSync(dir, 0o700);
      chmodSync(path.join(dir, REPORTS_DIR), 0o700);
    }
    assert.equal(readFileSync(path.join(dir, DEMO_FILE), 'utf8'), before);
  },
);

test('migration: a version-0 file (no schemaVersion, older report shape) opens and is upgraded', async () => {
  const dir = tmp();
  const demo = JSON.parse(readFileSync('assets/demo-report.json', 'utf8'));
  for (const k of ['schemaVersion', 'order', 'marks', 'countyItems', 'previousId', 'attachments', 'titleAuto'])
    delete demo[k];
  writeFileSync(path.join(dir, LEGACY_FILE), JSON.stringify({ reports: [demo] }));
  const { store, notices } = await ReportStore.open(dir);
  assert.deepEqual(notices, []);
  const r = store.get('demo-tanglang-2024');
  assert.equal(r.order, 'A');
  assert.equal(r.schemaVersion, SCHEMA_VERSION);
  await store.save(r);
  assert.equal(readData(dir).schemaVersion, SCHEMA_VERSION);
});

test('a file from a newer version is left alone and the app opens read-only', async () => {
  const dir = tmp();
  const text = JSON.stringify({ schemaVersion: 99, settings: {}, reports: [] });
  writeFileSync(path.join(dir, LEGACY_FILE), text);
  // The app still opens (read-only, so nothing can overwrite it) and says why.
  const { store, notices } = await ReportStore.open(dir);
  assert.match(notices[0], /格式版本为 99.*升级程序.*只读方式打开/);
  await assert.rejects(store.create({ unitName: '青石镇', county: '', year: 2025 }), /只读/);
  assert.equal(readFileSync(path.join(dir, LEGACY_FILE), 'utf8'), text);
});

test('backups rotate: per document the last 10 plus the newest of each day for 30 days, as files on disk', async () => {
  const dir = tmp();
  const backups = path.join(dir, 'backups');
  let now = new Date(2026, 0, 1, 9, 0, 0);
  const rot = new Backups(backups, () => now, 0);
  await rot.init();
  // 40 days, 3 backups a day, at 9:00, 12:00 and 17:00; a big data size so the cap does not apply.
  const at = (d: number, h: number) => new Date(2026, 0, 1 + d, h, 0, 0);
  for (let d = 0; d < 40; d++) {
    for (const h of [9, 12, 17]) {
      now = at(d, h);
      assert.ok(await rot.maybeBackup('report-a', `day ${d} hour ${h}`, false, 1e9));
    }
  }
  assert.equal(await rot.maybeBackup('report-a', 'day 39 hour 17', true, 1e9), false, 'unchanged: no backup');
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = (t: Date) => `${t.getFullYear()}${p(t.getMonth() + 1)}${p(t.getDate())}-${p(t.getHours())}0000000`;
  // The last 10: days 39, 38 and 37 whole, and day 36 at 17:00.
  const recent = [39, 38, 37].flatMap((d) => [9, 12, 17].map((h) => at(d, h))).concat(at(36, 17));
  assert.equal(recent.length, KEEP_RECENT);
  // The newest of each day back to exactly 30 days before now (day 9 at 17:00 is just 30 days old).
  const daily = Array.from({ length: 31 }, (_, i) => at(9 + i, 17));
  const expected = [...new Set([...recent, ...daily].map(stamp))].sort();
  const names = readdirSync(backups).sort();
  assert.deepEqual(
    names.map((n) => n.split('-').slice(1, 3).join('-')),
    expected,
  );
  const newest = names.find((n) => n.includes(stamp(at(39, 17))))!;
  assert.equal(readFileSync(path.join(backups, newest), 'utf8'), 'day 39 hour 17');
  assert.match(newest, /^0000000120-/, 'the 120th backup carries sequence number 120');
});
