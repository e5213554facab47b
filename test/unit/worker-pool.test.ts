/**
 * The parse worker pool: one worker serves task after task; a worker that crashes, hangs or runs out of heap is
 * ended and replaced, and only the task it was running fails; a second worker runs while the first is busy; an
 * idle worker ends on its own. The workers here run a small script that speaks the pool's message protocol and
 * misbehaves on request; the real parse worker running out of heap in a batch is county-batch.test.ts (in a child
 * process, as Node ends a worker at its heap limit only on a best-effort basis).
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { WorkerPool } from '../../electron/services/worker-pool.ts';
import type { WorkerOutcome } from '../../electron/services/worker-run.ts';

const SCRIPT = `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', ({ id, input }) => {
  if (input === 'crash') process.exit(3);
  if (input === 'hang') for (;;) {}
  if (input === 'slow') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400);
  if (input === 'throw') return parentPort.postMessage({ id, ok: false, fault: { name: 'ImportError', message: '文件坏了' } });
  parentPort.postMessage({ id, ok: true, value: { input, threadId } });
});
`;

const pools: WorkerPool[] = [];
function pool(opts: { size?: number; idleMs?: number; maxTasks?: number } = {}): WorkerPool {
  const p = new WorkerPool({ script: SCRIPT, eval: true, heapMb: 64, size: 1, ...opts });
  pools.push(p);
  return p;
}
after(() => Promise.all(pools.map((p) => p.close())));

type Echo = { input: string; threadId: number };
const run = (p: WorkerPool, input: string, seconds = 30) => p.run<Echo>('docx-text', input, seconds);
const thread = (o: WorkerOutcome<Echo>) => (o.ok ? o.value.threadId : -1);

describe('parse worker pool', () => {
  test('tasks one after another run on the same worker', async () => {
    const p = pool();
    const outs = [await run(p, 'a'), await run(p, 'b'), await run(p, 'c')];
    assert.deepEqual(
      outs.map((o) => (o.ok ? o.value.input : o.kind)),
      ['a', 'b', 'c'],
    );
    assert.equal(new Set(outs.map(thread)).size, 1);
    assert.equal(p.started, 1);
  });

  test('a task that throws fails alone and keeps its worker', async () => {
    const p = pool();
    const a = await run(p, 'a');
    const bad = await run(p, 'throw');
    const b = await run(p, 'b');
    assert.equal(bad.ok, false);
    assert.equal(!bad.ok && bad.kind === 'thrown' && bad.fault.message, '文件坏了');
    assert.equal(thread(a), thread(b));
    assert.equal(p.started, 1);
  });

  test('a worker that crashes fails only its task; the next tasks get a new worker', async () => {
    const p = pool();
    const a = await run(p, 'a');
    const crash = await run(p, 'crash');
    const b = await run(p, 'b');
    const c = await run(p, 'c');
    assert.equal(crash.ok, false);
    assert.equal(!crash.ok && crash.kind, 'crash');
    assert.ok(b.ok && c.ok, 'the files after the crash are read');
    assert.notEqual(thread(a), thread(b));
    assert.equal(thread(b), thread(c));
    assert.equal(p.started, 2);
  });

  test('a hung task is stopped at its time limit and the worker replaced', async () => {
    const p = pool();
    const hung = await run(p, 'hang', 0.3);
    assert.equal(!hung.ok && hung.kind, 'timeout');
    const next = await run(p, 'b');
    assert.ok(next.ok);
    assert.equal(p.started, 2);
    assert.equal(p.workers, 1);
  });

  test('tasks queued while a worker fails wait for the next worker, in order', async () => {
    const p = pool();
    const outs = await Promise.all(['a', 'crash', 'b', 'c'].map((x) => run(p, x)));
    assert.deepEqual(
      outs.map((o) => (o.ok ? o.value.input : o.kind)),
      ['a', 'crash', 'b', 'c'],
    );
  });

  test('with two workers a second task runs while the first is busy', async () => {
    const p = pool({ size: 2 });
    const [slow, quick] = await Promise.all([run(p, 'slow'), run(p, 'quick')]);
    assert.ok(slow.ok && quick.ok);
    assert.notEqual(thread(slow), thread(quick));
    assert.equal(p.started, 2);
  });

  test('never more than two workers, whatever is asked', async () => {
    const p = pool({ size: 8 });
    await Promise.all(['slow', 'slow', 'slow', 'slow'].map((x) => run(p, x)));
    assert.equal(p.started, 2);
  });

  test('a worker is replaced after its share of tasks', async () => {
    const p = pool({ maxTasks: 2 });
    const outs = [await run(p, 'a'), await run(p, 'b'), await run(p, 'c')];
    assert.equal(thread(outs[0]), thread(outs[1]));
    assert.notEqual(thread(outs[1]), thread(outs[2]));
  });

  test('an idle worker ends on its own', async () => {
    const p = pool({ idleMs: 20 });
    assert.ok((await run(p, 'a')).ok);
    while (p.workers > 0) await new Promise((r) => setTimeout(r, 10));
    assert.ok((await run(p, 'b')).ok, 'a new worker starts for the next task');
    assert.equal(p.started, 2);
  });
});
