/**
 * Crash safety: a child process saves in a loop and is killed with SIGKILL at random moments, 200 times.
 * After each kill the store must open without any recovery, validate, and hold the last acknowledged save
 * (or the one in flight, which may have reached the disk before its acknowledgement was printed). The child saves
 * through the report's journal and rewrites the report file every fifth save, so kills land in appends and rewrites.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, promises as fsp, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { ReportStore } from '../../electron/services/store.ts';
import { writeFileDurable, type DurableFs, type DurableHandle } from '../../electron/services/durable-write.ts';
import { JOURNAL_EXT } from '../../electron/services/report-journal.ts';

const KILLS = 200;

function runUntilKilled(
  child: string,
  dir: string,
  delayMs: number,
): Promise<{ lastAck: number; ready: number; notice: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [child, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    let lastAck = -1;
    let ready = -1;
    let notice = '';
    let timer: NodeJS.Timeout | null = null;
    p.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (line.startsWith('ack ')) lastAck = Number(line.slice(4));
        else if (line.startsWith('notice ')) notice = line;
        else if (line.startsWith('ready ')) {
          ready = Number(line.slice(6));
          timer = setTimeout(() => p.kill('SIGKILL'), delayMs);
        }
      }
    });
    p.on('error', reject);
    p.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself: code ${code}`));
      else resolve({ lastAck, ready, notice });
    });
  });
}

test(`crash safety: ${KILLS} SIGKILLs during saves never lose an acknowledged save or break the file`, async (t) => {
  const work = mkdtempSync(path.join(tmpdir(), 'fzbg-crash-'));
  // Bundled once so each of the 200 child starts costs only Node's own start-up.
  const child = path.join(work, 'save-loop.mjs');
  await build({
    entryPoints: ['test/fixtures/save-loop.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: child,
    logLevel: 'error',
  });
  const dir = path.join(work, 'data');
  let acked = 0;
  let totalSaves = 0;
  /** kills after which the journal held records, and after which its last line was cut short */
  let replayed = 0;
  let torn = 0;
  const journal = path.join(dir, 'reports', `demo-tanglang-2024${JOURNAL_EXT}`);
  for (let k = 0; k < KILLS; k++) {
    const delay = Math.floor(Math.random() * 40);
    const { lastAck, ready, notice } = await runUntilKilled(child, dir, delay);
    assert.equal(notice, '', `kill ${k}: reopening needed recovery: ${notice}`);
    assert.ok(ready >= acked, `kill ${k}: child started from ${ready}, but ${acked} was acknowledged`);
    if (lastAck >= 0) {
      totalSaves += lastAck - ready;
      acked = lastAck;
    }
    const left = existsSync(journal) ? readFileSync(journal) : Buffer.alloc(0);
    if (left.length) replayed += 1;
    if (left.length && left.at(-1) !== 0x0a) torn += 1;
    const { store, notices } = await ReportStore.open(dir);
    assert.deepEqual(notices, [], `kill ${k}: the index needed recovery`);
    const n = Number(/^save (\d+)$/.exec(store.get('demo-tanglang-2024').preamble)?.[1] ?? 0);
    assert.deepEqual(store.takeNotices(), [], `kill ${k}: the report file needed recovery`);
    await store.idle();
    // Let go of the folder so the next child holds it (a lock left by a killed child is stale and taken over).
    await store.close();
    assert.ok(n === acked || n === acked + 1, `kill ${k}: on disk ${n}, last acknowledged ${acked}`);
    acked = n;
  }
  t.diagnostic(
    `injected ${KILLS} SIGKILLs after 0–40 ms of saving; ${totalSaves} acknowledged saves in all; every reopen was clean and held the last acknowledged save`,
  );
  t.diagnostic(`the journal held records at ${replayed} reopens, its last record cut short at ${torn}`);
  assert.ok(replayed > 0, 'the kills must land while the journal holds saves');
});

/**
 * The real `node:fs/promises`, logging every call a durable write makes as `op name` (the target, its temp file
 * and its folder named `target`, `tmp` and `dir`); `failAt` makes the first call with that log line throw EIO instead.
 */
function recordingFs(target: string, failAt?: string): { io: DurableFs; log: string[] } {
  const log: string[] = [];
  const dir = path.dirname(target);
  const name = (p: string) => (p === target ? 'target' : p === dir ? 'dir' : path.dirname(p) === dir ? 'tmp' : p);
  const call = async <T>(entry: string, run: () => Promise<T>): Promise<T> => {
    log.push(entry);
    if (entry === failAt && log.indexOf(entry) === log.length - 1)
      throw Object.assign(new Error(`injected EIO at ${entry}`), { code: 'EIO' });
    return run();
  };
  const io: DurableFs = {
    async open(file, flags, mode) {
      const h = await call(`open ${name(file)}`, () => fsp.open(file, flags, mode));
      const handle: DurableHandle = {
        writeFile: (data) => call(`write ${name(file)}`, () => h.writeFile(data)),
        sync: () => call(`fsync ${name(file)}`, () => h.sync()),
        close: () => call(`close ${name(file)}`, () => h.close()),
      };
      return handle;
    },
    rename: (from, to) => call(`rename ${name(from)} ${name(to)}`, () => fsp.rename(from, to)),
    rm: (file, options) => call(`rm ${name(file)}`, () => fsp.rm(file, options)),
  };
  return { io, log };
}

const DURABLE_ORDER = [
  'open tmp',
  'write tmp',
  'fsync tmp',
  'close tmp',
  'rename tmp target',
  'open dir',
  'fsync dir',
  'close dir',
];

test(
  'a durable write goes write → fsync(file) → rename → fsync(folder), in that order',
  { skip: process.platform === 'win32' ? 'Windows cannot fsync a folder' : false },
  async () => {
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'fzbg-durable-')), 'reports.json');
    writeFileSync(target, 'old');
    const { io, log } = recordingFs(target);
    await writeFileDurable(target, 'new', io);
    assert.deepEqual(log, DURABLE_ORDER);
    assert.equal(readFileSync(target, 'utf8'), 'new');
    assert.deepEqual(readdirSync(path.dirname(target)), ['reports.json'], 'no temp file is left');
  },
);

test('a durable write failing at any step before the rename leaves the old file and no temp file', async () => {
  for (const failAt of DURABLE_ORDER.slice(0, DURABLE_ORDER.indexOf('rename tmp target') + 1)) {
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'fzbg-durable-')), 'reports.json');
    writeFileSync(target, 'old');
    const { io } = recordingFs(target, failAt);
    await assert.rejects(writeFileDurable(target, 'new', io), /injected EIO/, failAt);
    assert.equal(readFileSync(target, 'utf8'), 'old', `${failAt}: the old content is kept`);
    assert.deepEqual(readdirSync(path.dirname(target)), ['reports.json'], `${failAt}: no temp file is left`);
  }
});
