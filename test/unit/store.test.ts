import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, mkdirSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReportStore, DATA_FILE, StoreWriteError, parseStoreText } from '../../electron/services/store.ts';
import { BackupRotation, KEEP_RECENT } from '../../electron/services/backups.ts';
import { writeFileDurable } from '../../electron/services/durable-write.ts';
import { SCHEMA_VERSION } from '../../electron/core/report-model.ts';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'fzbg-store-'));
const readData = (dir: string) => JSON.parse(readFileSync(path.join(dir, DATA_FILE), 'utf8'));

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
  const before = readFileSync(path.join(dir, DATA_FILE), 'utf8');
  // What a crash mid-write leaves: a temp file cut short, and a complete temp file never renamed.
  writeFileSync(path.join(dir, `.${DATA_FILE}.999.1.0.tmp`), before.slice(0, before.length / 2));
  writeFileSync(path.join(dir, `.${DATA_FILE}.999.1.1.tmp`), before.replace('第一版', '第二版'));
  const { store: reopened, notices } = await ReportStore.open(dir);
  assert.deepEqual(notices, []);
  assert.equal(reopened.get(r.id).preamble, '第一版');
  assert.equal(readdirSync(dir).filter((f) => f.endsWith('.tmp')).length, 0, 'stale temp files are cleaned up');
});

for (const [name, content] of [
  ['empty', ''],
  ['zero-filled', '\0'.repeat(4096)],
  ['truncated', null],
  ['not a report', '{"hello": "world"}'],
] as const) {
  test(`a ${name} data file is moved aside and the newest good backup restored, with a notice`, async () => {
    const dir = tmp();
    const { store } = await ReportStore.open(dir, { backupIntervalMs: 0 });
    const r = store.get('demo-tanglang-2024');
    r.preamble = '最后一次保存';
    await store.save(r);
    const good = readFileSync(path.join(dir, DATA_FILE), 'utf8');
    writeFileSync(path.join(dir, DATA_FILE), content ?? good.slice(0, 500));
    const { store: recovered, notices } = await ReportStore.open(dir);
    assert.equal(notices.length, 1);
    assert.match(notices[0], /数据文件无法读取.*已从 .* 的备份恢复；损坏的文件已保留为/);
    assert.equal(recovered.get(r.id).preamble, '最后一次保存');
    const damaged = readdirSync(path.join(dir, 'damaged'));
    assert.equal(damaged.length, 1);
    assert.equal(readFileSync(path.join(dir, 'damaged', damaged[0]), 'utf8'), content ?? good.slice(0, 500));
    assert.doesNotThrow(() => parseStoreText(readFileSync(path.join(dir, DATA_FILE), 'utf8')));
  });
}

test('a damaged file with no good backup starts over with the demo and says so', async () => {
  const dir = tmp();
  writeFileSync(path.join(dir, DATA_FILE), '{"schemaVersion":1,"reports":[');
  const { store, notices } = await ReportStore.open(dir);
  assert.match(notices[0], /没有可用的备份/);
  assert.equal(store.list().length, 1);
  assert.equal(readdirSync(path.join(dir, 'damaged')).length, 1);
});

test('a missing data file is restored from the newest good backup, skipping a damaged newer one', async () => {
  const dir = tmp();
  const { store } = await ReportStore.open(dir, { backupIntervalMs: 0 });
  const r = store.get('demo-tanglang-2024');
  r.preamble = '备份里的版本';
  await store.save(r);
  rmSync(path.join(dir, DATA_FILE));
  mkdirSync(path.join(dir, 'backups'), { recursive: true });
  writeFileSync(path.join(dir, 'backups', 'reports-29991231-235959999.json'), 'garbage');
  const { store: restored, notices } = await ReportStore.open(dir);
  assert.match(notices[0], /没有找到数据文件，已从 .* 的备份恢复/);
  assert.equal(restored.get(r.id).preamble, '备份里的版本');
});

for (const [code, expected] of [
  ['EACCES', /没有写入权限/],
  ['ENOSPC', /磁盘空间已满/],
  ['EROFS', /只读/],
] as const) {
  test(`a failed write (${code}) reports a clear reason, keeps the change in memory, the disk keeps the last save, and a retry writes it`, async () => {
    const dir = tmp();
    let failWith: string | null = null;
    const writer = async (file: string, text: string) => {
      if (failWith) throw Object.assign(new Error(failWith), { code: failWith });
      await writeFileDurable(file, text);
    };
    const { store } = await ReportStore.open(dir, { writer });
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
    const before = readFileSync(path.join(dir, DATA_FILE), 'utf8');
    chmodSync(dir, 0o500);
    try {
      await assert.rejects(store.save(store.get('demo-tanglang-2024')), /没有写入权限/);
    } finally {
      chmodSync(dir, 0o700);
    }
    assert.equal(readFileSync(path.join(dir, DATA_FILE), 'utf8'), before);
  },
);

test('migration: a version-0 file (no schemaVersion, older report shape) opens and is upgraded', async () => {
  const dir = tmp();
  const demo = JSON.parse(readFileSync('assets/demo-report.json', 'utf8'));
  for (const k of ['schemaVersion', 'order', 'marks', 'countyItems', 'previousId', 'attachments', 'titleAuto'])
    delete demo[k];
  writeFileSync(path.join(dir, DATA_FILE), JSON.stringify({ reports: [demo] }));
  const { store, notices } = await ReportStore.open(dir);
  assert.deepEqual(notices, []);
  const r = store.get('demo-tanglang-2024');
  assert.equal(r.order, 'A');
  assert.equal(r.schemaVersion, SCHEMA_VERSION);
  await store.save(r);
  assert.equal(readData(dir).schemaVersion, SCHEMA_VERSION);
});

test('a file from a newer version is left alone', async () => {
  const dir = tmp();
  const text = JSON.stringify({ schemaVersion: 99, settings: {}, reports: [] });
  writeFileSync(path.join(dir, DATA_FILE), text);
  await assert.rejects(ReportStore.open(dir), /升级程序/);
  assert.equal(readFileSync(path.join(dir, DATA_FILE), 'utf8'), text);
});

test('backups rotate: exactly the last 10 plus the newest of each day for 30 days, as files on disk', async () => {
  const dir = tmp();
  const backups = path.join(dir, 'backups');
  let now = new Date(2026, 0, 1, 9, 0, 0);
  const rot = new BackupRotation(backups, () => now, 0);
  // 40 days, 3 backups a day, at 9:00, 12:00 and 17:00.
  const at = (d: number, h: number) => new Date(2026, 0, 1 + d, h, 0, 0);
  for (let d = 0; d < 40; d++) {
    for (const h of [9, 12, 17]) {
      now = at(d, h);
      await rot.maybeBackup(`day ${d} hour ${h}`, false);
    }
  }
  const p = (n: number) => String(n).padStart(2, '0');
  const name = (t: Date) =>
    `reports-${t.getFullYear()}${p(t.getMonth() + 1)}${p(t.getDate())}-${p(t.getHours())}0000000.json`;
  // The last 10: days 39, 38 and 37 whole, and day 36 at 17:00.
  const recent = [39, 38, 37].flatMap((d) => [9, 12, 17].map((h) => at(d, h))).concat(at(36, 17));
  assert.equal(recent.length, KEEP_RECENT);
  // The newest of each day back to exactly 30 days before now (day 9 at 17:00 is just 30 days old).
  const daily = Array.from({ length: 31 }, (_, i) => at(9 + i, 17));
  const expected = [...new Set([...recent, ...daily].map(name))].sort();
  assert.deepEqual(readdirSync(backups).sort(), expected);
  assert.equal(readFileSync(path.join(backups, name(at(39, 17))), 'utf8'), 'day 39 hour 17');
  assert.equal(readFileSync(path.join(backups, name(at(9, 17))), 'utf8'), 'day 9 hour 17');
});
