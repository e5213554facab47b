import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Autosaver, statusText, type SaveStatus } from '../../renderer/autosave.ts';
import type { IpcResult } from '../../electron/contract.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Wait until `cond` holds (polling), so a busy machine slows the test down instead of failing it. */
async function waitFor(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(5);
  }
}
const ok = (): IpcResult<{ savedAt: string }> => ({ ok: true, value: { savedAt: new Date().toISOString() } });

test('autosave waits for typing to stop, then saves once', async () => {
  let saves = 0;
  const statuses: SaveStatus[] = [];
  const a = new Autosaver(
    async () => {
      saves++;
      return ok();
    },
    (s) => statuses.push(s),
    300,
  );
  // Keystrokes closer together than the delay: no save while they go on.
  const t0 = Date.now();
  while (Date.now() - t0 < 600) {
    a.changed();
    await sleep(20);
  }
  const duringTyping = saves;
  await waitFor(() => saves > duringTyping);
  await sleep(400);
  assert.ok(duringTyping <= 1, `saves while typing: ${duringTyping}`);
  assert.equal(saves, duringTyping + 1, 'one save once typing stopped');
  assert.match(statusText(statuses.at(-1)!), /^已保存 \d\d:\d\d:\d\d$/);
  assert.equal(a.hasUnsaved, false);
});

test('flush saves at once; nothing to save means no call', async () => {
  let saves = 0;
  const a = new Autosaver(
    async () => {
      saves++;
      return ok();
    },
    () => undefined,
    10_000,
  );
  assert.equal(await a.flush(), true);
  assert.equal(saves, 0);
  a.changed();
  assert.equal(await a.flush(), true);
  assert.equal(saves, 1);
  a.dispose();
});

test('a failed save keeps the change, shows the reason, and retries until it succeeds', async () => {
  let fail = true;
  let calls = 0;
  const statuses: SaveStatus[] = [];
  const a = new Autosaver(
    async (): Promise<IpcResult<{ savedAt: string }>> => {
      calls++;
      return fail ? { ok: false, error: { code: 'WRITE_FAILED', message: '保存失败：磁盘空间已满' } } : ok();
    },
    (s) => statuses.push(s),
    10,
    50,
  );
  a.changed();
  await waitFor(() => statuses.at(-1)?.kind === 'failed');
  assert.equal(
    statusText(statuses.at(-1)!),
    '保存失败：磁盘空间已满',
    'the store says 保存失败 already: once, not twice',
  );
  assert.equal(statusText({ kind: 'failed', message: '文件被占用' }), '保存失败：文件被占用');
  assert.equal(a.hasUnsaved, true);
  fail = false;
  await waitFor(() => statuses.at(-1)?.kind === 'saved');
  assert.ok(calls >= 2);
  assert.equal(a.hasUnsaved, false);
});

/** A promise resolved from outside, to hold a save in flight for as long as the test needs. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
/** Let every queued promise job and timer run. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
};

test('flush during a save waits for it, then saves the pending edit; one save at a time', async () => {
  const held: Array<ReturnType<typeof deferred>> = [];
  const saved: number[] = [];
  let running = 0;
  let mostAtOnce = 0;
  let version = 0;
  const a = new Autosaver(
    async () => {
      const v = version;
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      const gate = deferred();
      held.push(gate);
      await gate.promise;
      running -= 1;
      saved.push(v);
      return ok();
    },
    () => undefined,
    10_000,
  );
  version = 1;
  a.changed();
  const first = a.flush();
  await settle();
  assert.equal(held.length, 1, 'the first save is in flight');

  // An edit while that save is held, then a flush (Ctrl+S or closing the window).
  version = 2;
  a.changed();
  let flushed: boolean | undefined;
  const second = a.flush().then((r) => (flushed = r));
  // A third caller at the same time (the autosave timer, Ctrl+S and closing can all flush at once).
  let thirdDone = false;
  const third = a.flush().then((r) => {
    thirdDone = true;
    return r;
  });
  await settle();
  assert.equal(flushed, undefined, 'flush does not resolve while a save is in flight');
  assert.equal(held.length, 1, 'no second save starts while the first is in flight');

  held[0].resolve();
  await settle();
  assert.equal(held.length, 2, 'the pending edit is saved once the first save is done');
  assert.equal(flushed, undefined, 'flush waits for the pending edit too');
  assert.equal(thirdDone, false, 'so does every other caller');
  held[1].resolve();
  assert.equal(await first, false, 'the first flush reports the edit that came in after it started');
  await second;
  assert.equal(flushed, true);
  assert.equal(await third, true);
  assert.deepEqual(saved, [1, 2]);
  assert.equal(mostAtOnce, 1);
  assert.equal(a.hasUnsaved, false);
  a.dispose();
});
