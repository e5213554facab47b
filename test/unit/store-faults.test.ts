/**
 * File-system faults around the data: an unreadable (not damaged) file is reported and never moved; a damaged file
 * is never overwritten even when damaged/ cannot be made; a BOM, a symlink and the file modes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReportStore, REPORTS_DIR } from '../../electron/services/store.ts';
import { INDEX_FILE } from '../../electron/services/store-layout.ts';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'fzbg-faults-'));
const DEMO = 'demo-tanglang-2024';
const demoFile = (dir: string) => path.join(dir, REPORTS_DIR, `${DEMO}.json`);
const NOBODY = 65534;

/** Run the open-report child as an ordinary user (through setpriv when we are root, who reads any file). */
function openAsUser(dir: string): Record<string, { code?: string; message?: string } | string | string[]> {
  const node = [process.execPath, '--import', 'tsx', 'test/fixtures/open-report.ts', dir, DEMO];
  const drop = [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'];
  const out = root
    ? execFileSync('setpriv', [...drop, ...node], { encoding: 'utf8' })
    : execFileSync(node[0], node.slice(1), { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const chownTree = (p: string) => {
  chownSync(p, NOBODY, NOBODY);
  if (statSync(p).isDirectory()) for (const n of readdirSync(p)) chownTree(path.join(p, n));
};

const root = process.getuid?.() === 0;
const canDropPrivileges = (() => {
  if (process.platform === 'win32') return false;
  if (!root) return true;
  try {
    execFileSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']);
    return true;
  } catch {
    return false;
  }
})();

test(
  'EACCES on a report file: reported in Chinese, the file neither moved nor changed',
  { skip: canDropPrivileges ? false : 'cannot run as an ordinary user here (no setpriv), so permissions do not bite' },
  async () => {
    const dir = tmp();
    const { store } = await ReportStore.open(dir, { backupIntervalMs: 0 });
    const r = store.get(DEMO);
    r.preamble = '完好但暂时读不了的版本';
    await store.save(r);
    await store.close();
    const before = readFileSync(demoFile(dir), 'utf8');
    if (root) chownTree(dir);
    chmodSync(demoFile(dir), 0o000);
    const out = openAsUser(dir);
    chmodSync(demoFile(dir), 0o600);
    const err = out.getError as { code: string; message: string };
    assert.equal(err.code, 'READ_FAILED');
    assert.match(err.message, /无法读取数据文件 demo-tanglang-2024\.json（没有读取权限.*文件没有被移动或改动/);
    assert.equal(readFileSync(demoFile(dir), 'utf8'), before, 'the file is where it was, unchanged');
    assert.equal(existsSync(path.join(dir, 'damaged')), false, 'nothing was moved aside');
  },
);

test(
  'EACCES on the index: opening fails with a Chinese reason and nothing is moved or rebuilt',
  { skip: canDropPrivileges ? false : 'cannot run as an ordinary user here (no setpriv), so permissions do not bite' },
  async () => {
    const dir = tmp();
    await (await ReportStore.open(dir)).store.close();
    const before = readFileSync(path.join(dir, INDEX_FILE), 'utf8');
    if (root) chownTree(dir);
    chmodSync(path.join(dir, INDEX_FILE), 0o000);
    const out = openAsUser(dir);
    chmodSync(path.join(dir, INDEX_FILE), 0o600);
    assert.match(String(out.openError), /无法读取数据文件 index\.json（没有读取权限/);
    assert.equal(readFileSync(path.join(dir, INDEX_FILE), 'utf8'), before);
    assert.equal(existsSync(path.join(dir, 'damaged')), false);
  },
);

test('damaged/ cannot be made: the damaged report file is renamed in place, never overwritten', async () => {
  const dir = tmp();
  const { store } = await ReportStore.open(dir, { backupIntervalMs: 0 });
  const r = store.get(DEMO);
  r.preamble = '备份中的版本';
  await store.save(r);
  await store.close();
  writeFileSync(path.join(dir, 'damaged'), 'a file where the folder should be');
  writeFileSync(demoFile(dir), '{"schemaVersion":1,"report":{"id":"demo-tang');
  const { store: again } = await ReportStore.open(dir);
  assert.equal(again.get(DEMO).preamble, '备份中的版本');
  assert.match(again.takeNotices()[0], /损坏的文件已保留为 .*demo-tanglang-2024\.json\.damaged-/);
  await again.idle();
  const kept = readdirSync(path.join(dir, REPORTS_DIR)).filter((n) => n.includes('.damaged-'));
  assert.equal(kept.length, 1);
  assert.equal(
    readFileSync(path.join(dir, REPORTS_DIR, kept[0]), 'utf8'),
    '{"schemaVersion":1,"report":{"id":"demo-tang',
  );
});

test('a UTF-8 BOM (an editor saved the file) is read as the same data, not as damage', async () => {
  const dir = tmp();
  await (await ReportStore.open(dir)).store.close();
  for (const f of [path.join(dir, INDEX_FILE), demoFile(dir)]) writeFileSync(f, '\ufeff' + readFileSync(f, 'utf8'));
  const { store, notices } = await ReportStore.open(dir);
  assert.deepEqual(notices, []);
  assert.equal(store.get(DEMO).id, DEMO);
  assert.deepEqual(store.takeNotices(), []);
  assert.equal(existsSync(path.join(dir, 'damaged')), false);
});

test('a symlinked report file stays a symlink: the save goes to its target', async () => {
  const dir = tmp();
  await (await ReportStore.open(dir)).store.close();
  const elsewhere = path.join(tmp(), 'real.json');
  renameSync(demoFile(dir), elsewhere);
  symlinkSync(elsewhere, demoFile(dir));
  const { store } = await ReportStore.open(dir);
  const r = store.get(DEMO);
  r.preamble = '经由链接保存';
  await store.save(r);
  // The save went to the report's journal; closing folds it into the report file, through the link.
  await store.close();
  assert.ok(lstatSync(demoFile(dir)).isSymbolicLink());
  assert.match(readFileSync(elsewhere, 'utf8'), /经由链接保存/);
});

test(
  'the data folder is 0700 and the data files 0600',
  { skip: process.platform === 'win32' ? 'Windows has no POSIX modes' : false },
  async () => {
    const dir = path.join(tmp(), 'data');
    await (await ReportStore.open(dir, { backupIntervalMs: 0 })).store.close();
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    assert.equal(statSync(path.join(dir, INDEX_FILE)).mode & 0o777, 0o600);
    assert.equal(statSync(demoFile(dir)).mode & 0o777, 0o600);
    for (const n of readdirSync(path.join(dir, 'backups')))
      assert.equal(statSync(path.join(dir, 'backups', n)).mode & 0o777, 0o600, n);
  },
);

for (const [name, version] of [
  ['from a newer version', 2],
  ['with a bit-flipped version', 1 + 1024],
] as const) {
  test(`an index ${name}: left alone, opened read-only on the newest good backup, with a message`, async () => {
    const dir = tmp();
    const { store } = await ReportStore.open(dir, { backupIntervalMs: 0 });
    await store.saveSettings({ ...store.settings(), unitName: '青石镇' });
    await store.close();
    const file = path.join(dir, INDEX_FILE);
    const text = readFileSync(file, 'utf8').replace('"schemaVersion":1', `"schemaVersion":${version}`);
    writeFileSync(file, text);
    const { store: again, notices } = await ReportStore.open(dir);
    assert.match(notices[0], new RegExp(`格式版本为 ${version}.*只读方式打开，现在显示的是 .* 的备份`));
    assert.equal(again.settings().unitName, '青石镇');
    assert.equal(again.get(DEMO).id, DEMO, 'the reports can still be read');
    await assert.rejects(again.saveSettings(again.settings()), /只读/);
    assert.equal(readFileSync(file, 'utf8'), text, 'the file is left as it was');
  });
}
