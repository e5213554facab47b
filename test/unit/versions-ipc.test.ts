import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportResult } from '../../electron/contract.ts';
import { decide } from '../../electron/core/public/redact.ts';
import { scanReport } from '../../electron/core/public/scan.ts';
import type { Report } from '../../electron/core/report-model.ts';
import type { VersionMeta } from '../../electron/core/versions/model.ts';
import { ipcFixture, okValue } from './ipc-fixture.ts';

async function setup(now = () => new Date()) {
  /** the names the save dialogs were opened with */
  const asked: string[] = [];
  const {
    dir,
    services,
    call: refused,
  } = await ipcFixture({
    desktop: (folder) => ({
      chooseDocxPath: async (name) => (asked.push(name), path.join(folder, 'out.docx')),
      choosePdfPath: async (name) => (asked.push(name), path.join(folder, 'out.pdf')),
      chooseHtmlPath: async (name) => (asked.push(name), path.join(folder, 'out.html')),
      chooseBackupSavePath: async () => path.join(folder, 'backup.json'),
      chooseBackupOpenPath: async () => path.join(folder, 'backup.json'),
      pagePdf: async () => new Uint8Array([37, 80, 68, 70]),
    }),
    store: { now },
  });
  const call = async <T>(channel: string, arg?: unknown) => okValue(await refused<T>(channel, arg));
  const id = services.store.list()[0].id;
  return { dir, services, call, refused, id, asked };
}

test('restore is one replacement of the text; the replaced text becomes a version; progress and review stay', async () => {
  const { call, id } = await setup();
  const r = await call<Report>('report:get', { id });
  r.preamble = '青石镇第一稿导语。';
  await call('report:save', r);
  const first = await call<VersionMeta>('version:create', { id, stage: 'draft', note: '第一稿' });
  r.preamble = '青石镇第二稿导语。';
  r.progress = {
    stage: 'filed',
    filed: { date: '2025-02-19', docNo: '' },
    reviewed: { by: '', date: '' },
    published: { date: '', address: '' },
  };
  r.publicReview = { redactions: [], reviewer: '青石镇保密员', reviewedAt: '2025-03-10' };
  await call('report:save', r);
  const back = await call<Report>('version:restore', { id, versionId: first.id });
  assert.equal(back.preamble, '青石镇第一稿导语。');
  assert.equal(back.progress?.filed.date, '2025-02-19');
  // The 保密审查 is a record beside the text, like the progress: a restore does not take it back.
  assert.equal(back.publicReview?.reviewer, '青石镇保密员');
  const list = await call<VersionMeta[]>('version:list', { id });
  assert.deepEqual(
    list.map((m) => m.kind),
    ['restore', 'named'],
  );
  const kept = await call<Report>('version:get', { id, versionId: list[0].id });
  assert.equal(kept.preamble, '青石镇第二稿导语。');
});

test('an unknown stage, a bad version id and a version of another report are refused in Chinese', async () => {
  const { refused, id } = await setup();
  const a = await refused('version:create', { id, stage: 'secret', note: '' });
  assert.equal(a.ok, false);
  if (!a.ok) assert.match(a.error.message, /没有这个阶段/);
  const b = await refused('version:get', { id, versionId: '../../index' });
  assert.equal(b.ok, false);
  if (!b.ok) assert.match(b.error.message, /版本编号不正确/);
  const c = await refused('version:restore', { id, versionId: 'v0-none' });
  assert.equal(c.ok, false);
  if (!c.ok) assert.match(c.error.message, /没有找到该版本/);
});

test('a version goes to Word and PDF under a name that says which version, and keeps no new version', async () => {
  const { dir, call, id, asked } = await setup(() => new Date(2026, 1, 20, 9, 30));
  const filed = await call<VersionMeta>('version:create', { id, stage: 'filed', note: '报县委' });
  const plain = await call<VersionMeta>('version:create', { id, stage: '', note: '' });
  await call('version:export-pdf', { id, versionId: filed.id });
  await call('version:export-docx', { id, versionId: plain.id });
  assert.match(asked[0], /（2026-02-20报送稿）\.pdf$/);
  assert.match(asked[1], /（2026-02-20版本）\.docx$/);
  // The PDF is the page as shown (the preview of the version), written as it came.
  assert.equal(readFileSync(path.join(dir, 'out.pdf'), 'latin1'), '%PDF');
  assert.equal((await call<VersionMeta[]>('version:list', { id })).length, 2);
});

test('a Word export and a PDF keep automatic versions; deleting the report deletes its versions', async () => {
  const { dir, call, id } = await setup();
  await call('docx:export', { id });
  await call('print:pdf', { id });
  await call('version:printed', { id });
  const list = await call<VersionMeta[]>('version:list', { id });
  assert.deepEqual(
    list.map((m) => m.kind),
    ['print', 'pdf', 'docx'],
  );
  await call('report:delete', { id });
  assert.deepEqual(readdirSync(path.join(dir, 'versions')), []);
});

test('a backup carries the versions and a replace restore brings them back', async () => {
  const { dir, call, id } = await setup();
  const v = await call<VersionMeta>('version:create', { id, stage: 'review', note: '送审' });
  await call('backup:export');
  await call('report:delete', { id });
  const { token } = await call<{ token: string }>('backup:inspect');
  await call('backup:restore', { token, mode: 'replace' });
  const list = await call<VersionMeta[]>('version:list', { id });
  assert.deepEqual(
    list.map((m) => m.id),
    [v.id],
  );
  assert.ok(existsSync(path.join(dir, 'versions', id, `${v.id}.json`)));
});

test('the due notice is told once a day by the main clock', async () => {
  let now = new Date(2025, 1, 20, 9);
  const { call } = await setup(() => now);
  const first = await call<string[]>('app:due-notices');
  assert.equal(first.length, 1);
  assert.match(first[0], /报送期限 2025年3月1日，还有 9 天/);
  assert.deepEqual(await call<string[]>('app:due-notices'), []);
  now = new Date(2025, 1, 21, 9);
  assert.match((await call<string[]>('app:due-notices'))[0], /还有 8 天/);
  assert.deepEqual(await call('app:clock'), { now: now.toISOString(), today: '2025-02-21' });
});

test('the public version is made from the newest 报送稿, redacted; the stored version is not changed', async () => {
  const { dir, call, id, asked } = await setup(() => new Date(2026, 1, 20, 9, 30));
  const r = await call<Report>('report:get', { id });
  r.preamble = '青石镇报送稿的导语，联系电话13912345678。';
  await call('report:save', r);
  const filed = await call<VersionMeta>('version:create', { id, stage: 'filed', note: '报县委' });
  const [folder] = readdirSync(path.join(dir, 'versions'));
  const versionFile = path.join(dir, 'versions', folder, `${filed.id}.json`);
  const kept = readFileSync(versionFile, 'utf8');
  r.preamble = '青石镇报送以后改写的导语。';
  await call('report:save', r);

  // The reviewer decides on what the scan finds in the filed text; the decisions are kept on the report.
  let review: Report['publicReview'];
  for (const f of scanReport(await call<Report>('version:get', { id, versionId: filed.id })))
    review = decide(review, f, 'mask');
  r.publicReview = { ...review!, reviewer: '青石镇保密员', reviewedAt: '2025-03-10' };
  await call('report:save', r);
  const html = readFileSync((await call<ExportResult>('public:export', { id, format: 'html' })).path, 'utf8');
  assert.match(html, /青石镇报送稿的导语，联系电话×{11}。/);
  assert.doesNotMatch(html, /报送以后改写/);
  assert.equal(readFileSync(versionFile, 'utf8'), kept);
  // The suggested name says which text went public.
  assert.match(asked.at(-1)!, /^.+报告（公开版，据2026-02-20报送稿）\.html$/);

  // Chosen by hand: the current text.
  r.publicReview.source = '';
  await call('report:save', r);
  const now = readFileSync((await call<ExportResult>('public:export', { id, format: 'html' })).path, 'utf8');
  assert.match(now, /青石镇报送以后改写的导语。/);
  assert.match(asked.at(-1)!, /^.+报告（公开版，据2026-02-20保存的文字）\.html$/);
});
