import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { defaultDocxName } from '../../electron/ipc/output.ts';
import { dataFilesText } from '../../electron/services/store-layout.ts';
import { CHANNELS } from '../../electron/contract.ts';
import { ipcFixture } from './ipc-fixture.ts';

async function setup() {
  let savePath: string | null = null;
  const { dir, services, send, channels } = await ipcFixture({ desktop: { chooseDocxPath: async () => savePath } });
  savePath = path.join(dir, 'out.docx');
  const disk = () => dataFilesText(dir);
  return { dir, store: services.store, call: send, disk, channels, setSavePath: (p: string | null) => (savePath = p) };
}

test('every contract channel is registered', async () => {
  const { channels } = await setup();
  assert.deepEqual(channels.sort(), [...CHANNELS].sort());
});

test('a call from a page that is not the app is refused on every channel', async () => {
  const { call, disk } = await setup();
  const before = disk();
  for (const ch of CHANNELS) {
    for (const url of ['https://example.com/', 'file:///tmp/evil.html', '']) {
      const r = await call(ch, [], url);
      assert.equal(r.ok, false);
      if (!r.ok) assert.equal(r.error.code, 'FORBIDDEN', `${ch} from ${url}`);
    }
  }
  assert.equal(disk(), before);
});

const hostile: unknown[] = [
  null,
  42,
  'x',
  [],
  true,
  {},
  { id: 7 },
  { id: '' },
  { id: 'x'.repeat(10_000) },
  JSON.parse('{"__proto__": {"polluted": true}, "id": "demo-tanglang-2024"}'),
  { constructor: { prototype: { polluted: true } } },
  { unitName: 5, county: [], year: 'soon' },
  { unitName: '城关镇', county: '', year: 1800 },
  { id: 'demo-tanglang-2024', title: 'x'.repeat(100_000) },
];

test('every channel answers malformed payloads with a typed error and changes nothing on disk', async () => {
  const { call, disk, store } = await setup();
  const before = disk();
  const listBefore = JSON.stringify(store.list());
  for (const ch of CHANNELS) {
    for (const payload of hostile) {
      const r = await call(ch, [payload]);
      if (r.ok) assert.fail(`${ch} accepted ${JSON.stringify(payload)?.slice(0, 80)}`);
      assert.ok(['INVALID_PAYLOAD', 'NOT_FOUND'].includes(r.error.code), `${ch}: ${r.error.code} ${r.error.message}`);
      assert.match(r.error.message, /[\u4e00-\u9fff]/, 'the message is in Chinese');
    }
    const extra = await call(ch, [undefined, 'second argument']);
    assert.equal(extra.ok, false);
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
  assert.equal(disk(), before);
  assert.equal(JSON.stringify(store.list()), listBefore);
});

test('report:save validates the whole report; a bad statistic is refused and the stored report is unchanged', async () => {
  const { call, store, disk } = await setup();
  const r = store.get('demo-tanglang-2024');
  const before = disk();
  const stat = r.sections[0].children.find((c) => c.key === 'disputes')!.stats.find((s) => s.kind === 'percent')!;
  stat.value = 150;
  const res = await call('report:save', [r]);
  assert.equal(res.ok, false);
  if (!res.ok) {
    assert.equal(res.error.code, 'INVALID_PAYLOAD');
    assert.match(res.error.message, /百分比/);
  }
  assert.equal(disk(), before);
  stat.value = 95;
  const ok = await call('report:save', [r]);
  assert.equal(ok.ok, true);
  assert.notEqual(disk(), before);
});

test('report:save with an id that is not stored gives NOT_FOUND', async () => {
  const { call, store } = await setup();
  const r = { ...store.get('demo-tanglang-2024'), id: 'gone' };
  const res = await call('report:save', [r]);
  assert.equal(res.ok, false);
  if (!res.ok) assert.equal(res.error.code, 'NOT_FOUND');
});

test('docx:export writes to the chosen path; cancel is CANCELLED; only exported files may be opened', async () => {
  const { call, dir, setSavePath } = await setup();
  const ok = await call('docx:export', [{ id: 'demo-tanglang-2024' }]);
  assert.equal(ok.ok, true);
  if (ok.ok) assert.equal((ok.value as { path: string }).path, path.join(dir, 'out.docx'));
  assert.equal((await call('file:open', [{ path: path.join(dir, 'out.docx') }])).ok, true);
  const other = await call('file:open', [{ path: '/etc/passwd' }]);
  assert.equal(other.ok, false);
  if (!other.ok) assert.equal(other.error.code, 'FORBIDDEN');
  setSavePath(null);
  const cancelled = await call('docx:export', [{ id: 'demo-tanglang-2024' }]);
  assert.equal(cancelled.ok, false);
  if (!cancelled.ok) assert.equal(cancelled.error.code, 'CANCELLED');
  setSavePath(path.join(dir, 'no-such-folder', 'x.docx'));
  const failed = await call('docx:export', [{ id: 'demo-tanglang-2024' }]);
  assert.equal(failed.ok, false);
  if (!failed.ok) {
    assert.equal(failed.error.code, 'WRITE_FAILED');
    assert.match(failed.error.message, /文件夹不存在/);
  }
});

test('the default Word file name', () => {
  assert.equal(
    defaultDocxName({ unitName: '汤郎乡', year: 2024 } as never),
    '汤郎乡2024年度法治政府建设工作情况报告.docx',
  );
  assert.equal(defaultDocxName({ unitName: 'a/b:c', year: 2024 } as never), 'abc2024年度法治政府建设工作情况报告.docx');
});

test('report:create applies the unit-name rule: a 乡, 镇 or 街道, trimmed; anything else changes nothing', async () => {
  const { call, disk } = await setup();
  const before = disk();
  for (const unitName of ['', '  ', '某某村', '某县人民政府']) {
    const r = await call('report:create', [{ unitName, county: '', year: 2025 }]);
    assert.equal(r.ok, false, unitName);
    if (!r.ok) assert.match(r.error.message, /单位名称/, unitName);
  }
  assert.equal(disk(), before);
  const ok = await call('report:create', [{ unitName: ' 青石镇 ', county: '', year: 2025 }]);
  assert.ok(ok.ok);
  if (ok.ok) assert.equal((ok.value as { unitName: string }).unitName, '青石镇');
});

test('report:save with a field the model does not know, or a __proto__ mark, is refused and nothing is lost', async () => {
  const { call, store, disk } = await setup();
  const before = disk();
  const r = store.get('demo-tanglang-2024');
  const extra = { ...r, sections: r.sections.map((s, i) => (i === 1 ? { ...s, note: '只写在这里的话' } : s)) };
  const res = await call('report:save', [extra]);
  assert.equal(res.ok, false);
  if (!res.ok) {
    assert.equal(res.error.code, 'INVALID_PAYLOAD');
    assert.match(res.error.message, /不认识.*sections\[1\]\.note/);
  }
  // As a payload arrives over IPC: parsed from JSON, where "__proto__" is an own key.
  const proto = JSON.parse(
    JSON.stringify({ ...r, marks: {} }).replace('"marks":{}', '"marks":{"__proto__":{"state":"confirmed"}}'),
  ) as unknown;
  const res2 = await call('report:save', [proto]);
  assert.equal(res2.ok, false);
  if (!res2.ok) assert.match(res2.error.message, /marks\.__proto__/);
  assert.equal(disk(), before);
  assert.equal((await call('report:save', [r])).ok, true);
});
