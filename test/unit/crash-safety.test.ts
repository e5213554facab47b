/**
 * Crash safety: a child process saves in a loop and is killed with SIGKILL at random moments, 200 times.
 * After each kill the store must open without any recovery, validate, and hold the last acknowledged save
 * (or the one in flight, which may have reached the disk before its acknowledgement was printed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { ReportStore } from '../../electron/services/store.ts';

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
  for (let k = 0; k < KILLS; k++) {
    const delay = Math.floor(Math.random() * 40);
    const { lastAck, ready, notice } = await runUntilKilled(child, dir, delay);
    assert.equal(notice, '', `kill ${k}: reopening needed recovery: ${notice}`);
    assert.ok(ready >= acked, `kill ${k}: child started from ${ready}, but ${acked} was acknowledged`);
    if (lastAck >= 0) {
      totalSaves += lastAck - ready;
      acked = lastAck;
    }
    const { store, notices } = await ReportStore.open(dir);
    assert.deepEqual(notices, [], `kill ${k}: the file needed recovery`);
    const n = Number(/^save (\d+)$/.exec(store.get('demo-tanglang-2024').preamble)?.[1] ?? 0);
    assert.ok(n === acked || n === acked + 1, `kill ${k}: on disk ${n}, last acknowledged ${acked}`);
    acked = n;
  }
  t.diagnostic(
    `injected ${KILLS} SIGKILLs after 0–40 ms of saving; ${totalSaves} acknowledged saves in all; every reopen was clean and held the last acknowledged save`,
  );
});
