/**
 * Automatic backups per document: written only when that document changed, under a size cap with the oldest
 * dailies dropped first, ordered by a sequence number so a wrong clock cannot hide the newest, and a warning
 * (once) when they cannot be written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReportStore, REPORTS_DIR } from '../../electron/services/store.ts';
import { Backups, CAP_FACTOR, KEEP_RECENT } from '../../electron/services/backups.ts';
import { readDataDirSync } from '../../electron/services/store-layout.ts';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'fzbg-backups-'));
const names = (dir: string) => readdirSync(path.join(dir, 'backups')).sort();
const ofKey = (dir: string, key: string) => names(dir).filter((n) => n.includes(`-${key}-`));

test('deduplicated: a save backs up only the report that changed, and only when its content is new', async () => {
  const dir = tmp();
  const { store } = await ReportStore.open(dir, { backupIntervalMs: 0 });
  const other = await store.create({ unitName: '青石镇', county: '', year: 2025 });
  const otherBackups = ofKey(dir, `report-${other.id}`).length;
  const r = store.get('demo-tanglang-2024');
  const before = ofKey(dir, 'report-demo-tanglang-2024').length;
  r.preamble = '第一次修改';
  await store.save(r);
  await store.save(r); // the same text again (only the save time differs)
  const after = ofKey(dir, 'report-demo-tanglang-2024');
  assert.equal(after.length, before + 2, 'each save with a new time is new content');
  const t = new Date(2026, 0, 1);
  const fixed = (await ReportStore.open(tmp(), { backupIntervalMs: 0, now: () => t })).store;
  const d = fixed.get('demo-tanglang-2024');
  const count = () => readdirSync(path.join(fixed.dataDir, 'backups')).length;
  d.preamble = '同一内容';
  await fixed.save(d);
  const once = count();
  await fixed.save(d);
  await fixed.save(d);
  assert.equal(count(), once, 'the same content at the same time is not backed up again');
  assert.equal(ofKey(dir, `report-${other.id}`).length, otherBackups, 'the untouched report got no new backup');
});

test('a size cap: the backups stay within the cap, the oldest dailies go first, the newest of each report stays', async () => {
  const dir = tmp();
  let now = new Date(2026, 0, 1, 9);
  const b = new Backups(path.join(dir, 'backups'), () => now, 0);
  await b.init();
  const big = (day: number, h: number) => `${day}-${h}:` + 'x'.repeat(60_000);
  for (let day = 0; day < 20; day++) {
    for (const h of [9, 17]) {
      now = new Date(2026, 0, 1 + day, h);
      await b.maybeBackup('report-a', big(day, h), false, 200_000);
    }
  }
  await b.maybeBackup('report-b', 'y'.repeat(5_000), false, 200_000);
  const cap = Math.max(1024 * 1024, CAP_FACTOR * 200_000);
  const total = readdirSync(b.dir).reduce((n, f) => n + statSync(path.join(b.dir, f)).size, 0);
  assert.ok(total <= cap, `backups take ${total} bytes, cap ${cap}`);
  const a = b.list('report-a');
  assert.equal(readFileSync(a[0].file, 'utf8'), big(19, 17), 'the newest stays');
  assert.equal(b.list('report-b').length, 1, 'the other report keeps its backup');
  // Without the cap the last 10 and 15 older dailies would be kept (20 days, 2 a day): the oldest dailies went.
  assert.ok(a.length < KEEP_RECENT + 15, `${a.length} kept`);
  const dropped = Array.from({ length: 15 }, (_, d) => d).filter(
    (d) => !a.some((e) => e.time.getTime() === new Date(2026, 0, 1 + d, 17).getTime()),
  );
  assert.ok(dropped.length > 0 && dropped[0] === 0, `dailies dropped: days ${dropped.join(', ')}`);
  assert.deepEqual(
    dropped,
    Array.from({ length: dropped.length }, (_, d) => d),
    'oldest first',
  );
});

test('a clock set back still makes backups; recovery takes the newest by sequence, not the future-dated one', async () => {
  const dir = tmp();
  let now = new Date(2026, 5, 1, 10);
  const { store } = await ReportStore.open(dir, { now: () => now });
  const r = store.get('demo-tanglang-2024');
  // A session with the clock far ahead (a date typo): its backup is stamped 2031.
  now = new Date(2031, 0, 1, 10);
  r.preamble = '时钟超前时的版本';
  await store.save(r);
  // The clock is put right: a backup is still due (the interval came out negative) …
  now = new Date(2026, 5, 1, 11);
  r.preamble = '时钟改回后的版本';
  await store.save(r);
  const mine = ofKey(dir, 'report-demo-tanglang-2024');
  assert.ok(mine.some((n) => n.includes('-20310101-')));
  assert.ok(
    mine.some((n) => n.includes('-20260601-11')),
    'a backup was made after the clock went back',
  );
  await store.close();
  // … and after damage the newest by sequence comes back, not the one stamped 2031.
  writeFileSync(path.join(dir, REPORTS_DIR, 'demo-tanglang-2024.json'), '{"sch');
  const reopened = (await ReportStore.open(dir, { now: () => now })).store;
  assert.equal(reopened.get('demo-tanglang-2024').preamble, '时钟改回后的版本');
});

test('backups that cannot be written: the save stands, and the user is warned once', async () => {
  const dir = tmp();
  const { store } = await ReportStore.open(dir, { backupIntervalMs: 0 });
  store.takeNotices();
  // A file where the backup folder should be: every backup write fails, whoever runs the test.
  const { rmSync } = await import('node:fs');
  rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
  writeFileSync(path.join(dir, 'backups'), 'not a folder');
  const r = store.get('demo-tanglang-2024');
  r.preamble = '备份失败时保存的版本';
  await store.save(r);
  r.preamble = '再保存一次';
  await store.save(r);
  const late = store.takeNotices();
  assert.equal(late.length, 1, 'warned once');
  assert.match(late[0], /无法写入自动备份.*报告已正常保存/);
  assert.equal(readDataDirSync(dir).reports[0].preamble, '再保存一次');
});
