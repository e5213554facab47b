/**
 * Two writers on one data folder: the second (a real second process) opens read-only with a Chinese message and
 * cannot overwrite anything; a lock left by a killed process is taken over; a file changed on disk behind the
 * store's back is not overwritten.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { ReportStore } from '../../electron/services/store.ts';
import { readDataDirSync } from '../../electron/services/store-layout.ts';
import { LOCK_FILE } from '../../electron/services/data-lock.ts';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'fzbg-lock-'));

interface ChildReport {
  notices: string[];
  readOnly: string | null;
  tries: Record<string, string>;
  reports: number;
}

/** Run the second writer; resolves with its first output line (and the process, when it holds the folder). */
function secondWriter(dir: string, mode = 'once') {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/second-writer.ts', dir, mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise<{ out: ChildReport; child: typeof child }>((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const i = buf.indexOf('\n');
      if (i >= 0) resolve({ out: JSON.parse(buf.slice(0, i)) as ChildReport, child });
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!buf.includes('\n')) reject(new Error(`second writer ended without output (${code})`));
    });
  });
}

test('two processes on one folder: the second opens read-only, is told why, and overwrites nothing', async () => {
  const dir = tmp();
  const { store } = await ReportStore.open(dir);
  const mine = await store.create({ unitName: '青石镇', county: '云岭县', year: 2025 });
  const demo = store.get('demo-tanglang-2024');
  demo.preamble = '第一个进程写的导语';
  await store.save(demo);
  const lock = JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'));
  assert.equal(lock.pid, process.pid);
  assert.equal(lock.host, hostname());
  assert.ok(!Number.isNaN(Date.parse(lock.startedAt)));

  const { out } = await secondWriter(dir);
  assert.match(out.readOnly ?? '', /正被另一个打开的法治报告助手.*使用.*只读方式打开/);
  assert.match(out.notices[0], new RegExp(`进程 ${process.pid}`));
  assert.match(out.tries.save, /^READ_ONLY: .*只读/);
  assert.match(out.tries.create, /^READ_ONLY: /);
  assert.equal(out.reports, 2, 'it still reads everything');

  // The first process goes on saving; nothing of it is lost.
  demo.preamble = '第一个进程后来的修改';
  await store.save(demo);
  await store.close();
  const disk = readDataDirSync(dir);
  assert.equal(disk.reports.find((r) => r.id === 'demo-tanglang-2024')!.preamble, '第一个进程后来的修改');
  assert.ok(disk.reports.some((r) => r.id === mine.id));
  assert.equal(disk.reports.length, 2);
});

test('the other way round: while another process holds the folder, this one opens read-only', async () => {
  const dir = tmp();
  await (await ReportStore.open(dir)).store.close();
  const { out, child } = await secondWriter(dir, 'hold');
  try {
    assert.equal(out.readOnly, null, 'the first one holds the folder and writes');
    assert.equal(out.tries.save, 'ok');
    const { store, notices } = await ReportStore.open(dir);
    assert.match(notices[0], new RegExp(`进程 ${child.pid}`));
    assert.equal(store.get('demo-tanglang-2024').preamble, '第二个进程写的导语');
    await assert.rejects(store.create({ unitName: '青石镇', county: '', year: 2025 }), /只读/);
  } finally {
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
  }
  // Killed: its lock is stale (the pid is gone on this host) and is taken over without a word.
  const { store, notices } = await ReportStore.open(dir);
  assert.deepEqual(notices, []);
  assert.equal(store.readOnlyReason, null);
  await store.create({ unitName: '青石镇', county: '', year: 2025 });
  await store.close();
});

test('a lock naming a process that is gone on this host is stale and taken over', async () => {
  const dir = tmp();
  const gone = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => gone.once('exit', r));
  const stale = { pid: gone.pid, host: hostname(), startedAt: new Date(2026, 0, 1).toISOString() };
  writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(stale));
  const { store, notices } = await ReportStore.open(dir);
  assert.deepEqual(notices, []);
  assert.equal(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid, process.pid);
  await store.close();
});

test('a lock held from another computer (a shared folder) is respected', async () => {
  const dir = tmp();
  const other = { pid: 1, host: 'another-pc', startedAt: new Date().toISOString() };
  writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(other));
  const { store, notices } = await ReportStore.open(dir);
  assert.match(notices[0], /计算机 another-pc/);
  await assert.rejects(store.saveSettings(store.settings()), /只读/);
});

test('a report file changed on disk behind the store: the save is refused, the other version kept, the user told', async () => {
  const dir = tmp();
  const a = (await ReportStore.open(dir)).store;
  const b = (await ReportStore.open(dir)).store; // the same process may open twice; the check still holds
  const ra = a.get('demo-tanglang-2024');
  const rb = b.get('demo-tanglang-2024');
  rb.preamble = '另一处先保存的版本';
  await b.save(rb);
  ra.preamble = '这一处后来的版本';
  await assert.rejects(a.save(ra), (e: Error & { code?: string }) => {
    assert.equal(e.code, 'READ_ONLY');
    assert.match(e.message, /已被其他程序.*修改.*没有保存/);
    return true;
  });
  assert.match(a.readOnlyReason ?? '', /已被其他程序/);
  assert.equal(readDataDirSync(dir).reports[0].preamble, '另一处先保存的版本');
  await assert.rejects(a.create({ unitName: '青石镇', county: '', year: 2025 }), /已被其他程序/);
});
