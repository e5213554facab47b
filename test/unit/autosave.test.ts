import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Autosaver, statusText, type SaveStatus } from '../../renderer/autosave.ts';
import type { IpcResult } from '../../electron/contract.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('autosave waits for typing to stop, then saves once', async () => {
  let saves = 0;
  const statuses: SaveStatus[] = [];
  const a = new Autosaver(async () => { saves++; return { ok: true, value: { savedAt: new Date().toISOString() } }; }, (s) => statuses.push(s), 50);
  for (let i = 0; i < 5; i++) {
    a.changed();
    await sleep(10);
  }
  assert.equal(saves, 0);
  await sleep(120);
  assert.equal(saves, 1);
  assert.match(statusText(statuses.at(-1)!), /^已保存 \d\d:\d\d:\d\d$/);
  assert.equal(a.hasUnsaved, false);
});

test('flush saves at once; nothing to save means no call', async () => {
  let saves = 0;
  const a = new Autosaver(async () => { saves++; return { ok: true, value: { savedAt: new Date().toISOString() } }; }, () => undefined, 10_000);
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
  const a = new Autosaver(async (): Promise<IpcResult<{ savedAt: string }>> => {
    calls++;
    return fail ? { ok: false, error: { code: 'WRITE_FAILED', message: '保存失败：磁盘空间已满' } } : { ok: true, value: { savedAt: new Date().toISOString() } };
  }, (s) => statuses.push(s), 10, 40);
  a.changed();
  await sleep(30);
  assert.equal(statuses.at(-1)!.kind, 'failed');
  assert.match(statusText(statuses.at(-1)!), /^保存失败：/);
  assert.equal(a.hasUnsaved, true);
  fail = false;
  await sleep(80);
  assert.ok(calls >= 2);
  assert.equal(statuses.at(-1)!.kind, 'saved');
  assert.equal(a.hasUnsaved, false);
});

test('a change during a save is saved after it, never lost', async () => {
  const seen: number[] = [];
  let version = 0;
  const a = new Autosaver(async () => {
    const v = version;
    await sleep(30);
    seen.push(v);
    return { ok: true, value: { savedAt: new Date().toISOString() } };
  }, () => undefined, 5);
  version = 1;
  a.changed();
  await sleep(15);
  version = 2;
  a.changed();
  await a.flush();
  assert.equal(seen.at(-1), 2);
});
