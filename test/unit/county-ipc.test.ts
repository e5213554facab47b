/**
 * The county workspace through the one IPC gate, as the page uses it: a folder picked and added a file a call (the
 * list written once, after the last file), the matrix sent as a summary per township (states, reasons, totals; no
 * evidence, no findings), and one township's evidence and findings fetched when it is opened.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CountyState, CountyTownship } from '../../electron/contract.ts';
import { countyFolder } from './county-fixture.ts';
import { ipcFixture, okValue } from './ipc-fixture.ts';

async function setup() {
  const folder = countyFolder();
  return ipcFixture({ desktop: { chooseCountySources: async () => [folder] } });
}

test('county over IPC: added file by file, the page gets a summary, a township’s detail when opened', async () => {
  const { dir, call, services } = await setup();
  const list = path.join(dir, 'county', 'workspace.json');
  const pick = okValue(await call<{ token: string; files: string[] }>('county:pick', { folder: true }));
  const failed: string[] = [];
  for (const [index, name] of pick.files.entries()) {
    const r = await call('county:add', { token: pick.token, index });
    if (!r.ok) failed.push(name);
    assert.equal(existsSync(list), index === pick.files.length - 1, `the list after file ${index + 1}`);
  }
  assert.deepEqual(failed, ['损坏的报告.docx']);

  const state = okValue(await call<CountyState>('county:state', { year: null }));
  assert.equal(state.matrix.rows.length, 4);
  for (const row of state.matrix.rows) {
    assert.equal('check' in row, false, 'no findings in the summary');
    for (const cell of Object.values(row.cells))
      assert.deepEqual(Object.keys(cell).sort(), ['reason', 'state', 'twoYears']);
  }
  const full = services.county.matrix();
  assert.ok(JSON.stringify(state.matrix).length * 4 < JSON.stringify(full).length, 'the summary is a fraction');

  const baisha = state.matrix.rows.find((r) => r.unitName === '白沙乡')!;
  const detail = okValue(
    await call<CountyTownship>('county:township', { id: baisha.entryId, year: state.matrix.year }),
  );
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
