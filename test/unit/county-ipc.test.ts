/**
 * The county workspace through the one IPC gate, as the page uses it: a folder picked and added a file a call (the
 * list written once, after the last file), the matrix sent as a summary per township (states, reasons, totals; no
 * evidence, no findings), and one township's evidence and findings fetched when it is opened.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { registerIpc, type IpcEventLike } from '../../electron/ipc/index.ts';
import { createServices, type Desktop } from '../../electron/services/create-services.ts';
import { appUrlCheck } from '../../electron/app-url.ts';
import type { CountyState, CountyTownship, IpcResult } from '../../electron/contract.ts';
import { countyFolder } from './county-fixture.ts';

const APP = 'file:///opt/app/resources/app.asar/dist/renderer/index.html';

async function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-county-ipc-'));
  const folder = countyFolder();
  const refuse = async () => null;
  const desktop: Desktop = {
    chooseDocxPath: refuse,
    chooseHtmlPath: refuse,
    choosePdfPath: refuse,
    chooseBackupSavePath: refuse,
    chooseBackupOpenPath: refuse,
    chooseImportPath: refuse,
    openPath: async () => undefined,
    showItemInFolder: () => undefined,
    onFlushed: () => undefined,
    printPage: async () => null,
    pagePdf: async () => new Uint8Array(),
    chooseCountySources: async () => [folder],
  };
  const services = await createServices({ dataDir: dir, version: 't', desktop });
  const table = new Map<string, (e: IpcEventLike, ...a: unknown[]) => unknown>();
  registerIpc({ handle: (c, f) => void table.set(c, f) }, services, appUrlCheck(APP));
  const call = async <T>(channel: string, arg: unknown) =>
    (await table.get(channel)!({ senderFrame: { url: APP } }, arg)) as IpcResult<T>;
  return { dir, call, services };
}

function value<T>(r: IpcResult<T>): T {
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.value;
}

test('county over IPC: added file by file, the page gets a summary, a township’s detail when opened', async () => {
  const { dir, call, services } = await setup();
  const list = path.join(dir, 'county', 'workspace.json');
  const pick = value(await call<{ token: string; files: string[] }>('county:pick', { folder: true }));
  const failed: string[] = [];
  for (const [index, name] of pick.files.entries()) {
    const r = await call('county:add', { token: pick.token, index });
    if (!r.ok) failed.push(name);
    assert.equal(existsSync(list), index === pick.files.length - 1, `the list after file ${index + 1}`);
  }
  assert.deepEqual(failed, ['损坏的报告.docx']);

  const state = value(await call<CountyState>('county:state', { year: null }));
  assert.equal(state.matrix.rows.length, 4);
  for (const row of state.matrix.rows) {
    assert.equal('check' in row, false, 'no findings in the summary');
    for (const cell of Object.values(row.cells))
      assert.deepEqual(Object.keys(cell).sort(), ['reason', 'state', 'twoYears']);
  }
  const full = services.county.matrix();
  assert.ok(JSON.stringify(state.matrix).length * 4 < JSON.stringify(full).length, 'the summary is a fraction');

  const baisha = state.matrix.rows.find((r) => r.unitName === '白沙乡')!;
  const detail = value(await call<CountyTownship>('county:township', { id: baisha.entryId, year: state.matrix.year }));
  const fullRow = full.rows.find((r) => r.entryId === baisha.entryId)!;
  assert.equal(detail.report.unitName, '白沙乡');
  assert.deepEqual(detail.row.check.findings, fullRow.check.findings);
  assert.deepEqual(detail.row.cells, fullRow.cells);
  assert.ok(
    Object.values(detail.row.cells).some((c) => c.evidence),
    'evidence comes with the township',
  );
  assert.deepEqual(
    detail.columns.map((c) => c.id),
    state.matrix.columns.map((c) => c.id),
  );

  const gone = await call('county:township', { id: 'no-such-entry', year: null });
  assert.equal(gone.ok, false);
  assert.match(gone.ok ? '' : gone.error.message, /汇总中没有这份报告/);
});
