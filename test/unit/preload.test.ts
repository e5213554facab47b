/**
 * The built preload (dist/preload.cjs) run against a stand-in electron module: window.api has exactly one
 * function per contract method and nothing else (no ipcRenderer, no require, no generic invoke), and each
 * method sends its own channel with its own payload. The expected table is written out here on purpose: a
 * swap of two methods in the contract's table must fail this test, not pass through it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import vm from 'node:vm';
import { CHANNELS } from '../../electron/contract.ts';

/** method → [arguments it is called with, channel it must call, payload it must send] */
const EXPECTED: Record<string, [unknown[], string, unknown]> = {
  startup: [[], 'app:startup', undefined],
  listReports: [[], 'report:list', undefined],
  getReport: [['r1'], 'report:get', { id: 'r1' }],
  createReport: [
    [{ unitName: '青石镇', county: '', year: 2025 }],
    'report:create',
    { unitName: '青石镇', county: '', year: 2025 },
  ],
  saveReport: [[{ id: 'r2' }], 'report:save', { id: 'r2' }],
  renameReport: [['r3', '新标题'], 'report:rename', { id: 'r3', title: '新标题' }],
  duplicateReport: [['r4'], 'report:duplicate', { id: 'r4' }],
  deleteReport: [['r5'], 'report:delete', { id: 'r5' }],
  carryForward: [['r6'], 'report:carry-forward', { id: 'r6' }],
  getSettings: [[], 'settings:get', undefined],
  saveSettings: [[{ county: '某县' }], 'settings:save', { county: '某县' }],
  exportDocx: [['r7'], 'docx:export', { id: 'r7' }],
  openFile: [['/tmp/a.docx'], 'file:open', { path: '/tmp/a.docx' }],
  revealFile: [['/tmp/b.docx'], 'file:reveal', { path: '/tmp/b.docx' }],
  flushed: [[false], 'app:flushed', { saved: false }],
  openDataDir: [[], 'app:open-data-dir', undefined],
  exportBackup: [[], 'backup:export', undefined],
  inspectBackup: [[], 'backup:inspect', undefined],
  restoreBackup: [['t1', 'merge'], 'backup:restore', { token: 't1', mode: 'merge' }],
  importFile: [[], 'import:file', undefined],
  importText: [['正文'], 'import:text', { text: '正文' }],
  remapImport: [['t2', 's1', 'custom'], 'import:remap', { token: 't2', sectionId: 's1', target: 'custom' }],
  keepImportLine: [['t4', 3, true], 'import:keep-line', { token: 't4', line: 3, keep: true }],
  setImportYear: [['t5', 2023], 'import:year', { token: 't5', year: 2023 }],
  commitImport: [['t3'], 'import:commit', { token: 't3' }],
  print: [[], 'print:print', undefined],
  printToPdf: [['r8'], 'print:pdf', { id: 'r8' }],
  exportPublic: [['r9', 'html'], 'public:export', { id: 'r9', format: 'html' }],
  listVersions: [['r9'], 'version:list', { id: 'r9' }],
  createVersion: [['r9', 'draft', '说明'], 'version:create', { id: 'r9', stage: 'draft', note: '说明' }],
  getVersion: [['r9', 'v1'], 'version:get', { id: 'r9', versionId: 'v1' }],
  restoreVersion: [['r9', 'v2'], 'version:restore', { id: 'r9', versionId: 'v2' }],
  exportVersionDocx: [['r9', 'v3'], 'version:export-docx', { id: 'r9', versionId: 'v3' }],
  exportVersionPdf: [['r9', 'v4'], 'version:export-pdf', { id: 'r9', versionId: 'v4' }],
  versionPrinted: [['r9'], 'version:printed', { id: 'r9' }],
  clock: [[], 'app:clock', undefined],
  dueNotices: [[], 'app:due-notices', undefined],
  listFonts: [[], 'fonts:list', undefined],
  countyState: [[2025], 'county:state', { year: 2025 }],
  countyPick: [[true], 'county:pick', { folder: true }],
  countyAdd: [['t9', 3], 'county:add', { token: 't9', index: 3 }],
  countyReceived: [['e1', '2026-02-28'], 'county:received', { id: 'e1', date: '2026-02-28' }],
  countyRemove: [['e2'], 'county:remove', { id: 'e2' }],
  countyItems: [[['一条']], 'county:items', { lines: ['一条'] }],
  countyTownship: [['e3', 2025], 'county:township', { id: 'e3', year: 2025 }],
  countyExport: [['xlsx', 2025], 'county:export', { kind: 'xlsx', year: 2025 }],
};

function loadPreload() {
  const exposed: Record<string, unknown> = {};
  const calls: unknown[][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void (exposed[key] = value) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        calls.push(args);
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
  return { exposed, calls };
}

const built = existsSync('dist/preload.cjs') ? false : 'run npm run build first';

test('the built preload exposes only window.api, made of named functions', { skip: built }, () => {
  const { exposed } = loadPreload();
  assert.deepEqual(Object.keys(exposed), ['api']);
  const api = exposed.api as Record<string, unknown>;
  for (const [k, v] of Object.entries(api)) assert.equal(typeof v, 'function', k);
  assert.deepEqual(Object.keys(api).sort(), [...Object.keys(EXPECTED), 'onCommand'].sort());
});

test('each preload method sends its own channel with its own payload', { skip: built }, async () => {
  const { exposed, calls } = loadPreload();
  const api = exposed.api as Record<string, (...a: unknown[]) => Promise<unknown>>;
  for (const [name, [args, channel, payload]] of Object.entries(EXPECTED)) {
    calls.length = 0;
    await api[name](...args);
    // A channel without arguments is invoked with none, so the gate's argument count holds.
    // (structuredClone: the payload was made in the preload's own realm, with its own Object prototype)
    assert.deepEqual(structuredClone(calls), [payload === undefined ? [channel] : [channel, payload]], name);
  }
  assert.deepEqual(
    Object.values(EXPECTED)
      .map(([, c]) => c)
      .sort(),
    [...CHANNELS].sort(),
  );
});
