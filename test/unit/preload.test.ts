/**
 * The preload exposes window.api with exactly one named function per contract method and nothing else
 * (no ipcRenderer, no require, no generic invoke). Runs the built dist/preload.cjs against a stand-in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import vm from 'node:vm';
import { CHANNELS } from '../../electron/ipc.ts';

test(
  'the built preload exposes only named methods, each calling its own channel',
  { skip: existsSync('dist/preload.cjs') ? false : 'run npm run build first' },
  async () => {
    const exposed: Record<string, unknown> = {};
    const calls: Array<[string, unknown[]]> = [];
    const electron = {
      contextBridge: {
        exposeInMainWorld: (key: string, value: unknown) => {
          exposed[key] = value;
        },
      },
      ipcRenderer: {
        invoke: (channel: string, ...args: unknown[]) => {
          calls.push([channel, args]);
          return Promise.resolve({ ok: true, value: null });
        },
        on: () => undefined,
        removeListener: () => undefined,
      },
    };
    const sandbox = {
      require: (m: string) => {
        if (m === 'electron') return electron;
        throw new Error(`preload required ${m}`);
      },
      module: { exports: {} },
      exports: {},
    };
    vm.runInNewContext(readFileSync('dist/preload.cjs', 'utf8'), sandbox);
    assert.deepEqual(Object.keys(exposed), ['api']);
    const api = exposed.api as Record<string, unknown>;
    for (const [k, v] of Object.entries(api)) assert.equal(typeof v, 'function', k);
    assert.ok(!('invoke' in api) && !('send' in api) && !('ipcRenderer' in api));
    // Each method goes to one contract channel.
    const fns = api as Record<string, (...a: unknown[]) => unknown>;
    for (const [name, fn] of Object.entries(fns)) if (name !== 'onCommand') await fn('x', 'y', 'z');
    const used = new Set(calls.map(([c]) => c));
    for (const c of used) assert.ok(CHANNELS.includes(c as never), `unknown channel ${c}`);
    assert.equal(used.size, CHANNELS.length, 'every channel has a method and every method a channel');
  },
);
