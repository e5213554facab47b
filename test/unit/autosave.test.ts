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
  assert.match(statusText(statuses.at(-1)!), /^保存失败：/);
  assert.equal(a.hasUnsaved, true);
  fail = false;
  await waitFor(() => statuses.at(-1)?.kind === 'saved');
  assert.ok(calls >= 2);
  assert.equal(a.hasUnsaved, false);
});

test('a change during a save is saved after it, never lost', async () => {
  const seen: number[] = [];
  let version = 0;
  const a = new Autosaver(
    async () => {
      const v = version;
      await sleep(30);
      seen.push(v);
      return ok();
    },
    () => undefined,
    5,
  );
  version = 1;
  a.changed();
  await waitFor(() => seen.length > 0 || version === 1);
  await sleep(10);
  version = 2;
  a.changed();
  await a.flush();
  assert.equal(seen.at(-1), 2);
});
