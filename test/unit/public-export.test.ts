/** The public version through the real IPC handler and store: refused until reviewed, then written redacted. */
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { decide } from '../../electron/core/public/redact.ts';
import { scanReport } from '../../electron/core/public/scan.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { strFromU8, unzipSync } from 'fflate';
import { paragraphs } from './docx-parts.ts';
import { ipcFixture } from './ipc-fixture.ts';
import { localIsoDate } from '../../electron/core/dates.ts';

/** The body text of a written .docx, paragraph by paragraph. */
const readDocxText = (file: string) =>
  paragraphs(strFromU8(unzipSync(readFileSync(file))['word/document.xml']))
    .map((p) => p.text)
    .join('\n');

async function setup() {
  const asked: string[] = [];
  const answer = (dir: string, ext: string) => async (name: string) => {
    asked.push(name);
    return path.join(dir, `out.${ext}`);
  };
  const { dir, call } = await ipcFixture({
    desktop: (folder) => ({ chooseDocxPath: answer(folder, 'docx'), chooseHtmlPath: answer(folder, 'html') }),
  });
  const created = await call<Report>('report:create', { unitName: '青石镇', county: '青石县', year: 2024 });
  assert.ok(created.ok);
  const report = created.value;
  report.preamble = '内部资料\n申请人李青山反映的问题已办结，回访电话13812345678。';
  return { dir, call, report, asked };
}

test('the public version is refused while findings are open or the review is not marked done', async () => {
  const { dir, call, report } = await setup();
  assert.ok((await call('report:save', report)).ok);
  const r = await call('public:export', { id: report.id, format: 'html' });
  assert.ok(!r.ok && r.error.code === 'NOT_READY');
  assert.match(!r.ok ? r.error.message : '', /还有 2 处审查发现未处理.*李青山/);

  let review = report.publicReview;
  for (const f of scanReport(report)) review = decide(review, f, 'mask');
  report.publicReview = review;
  assert.ok((await call('report:save', report)).ok);
  const notDone = await call('public:export', { id: report.id, format: 'html' });
  assert.ok(!notDone.ok && /尚未标记完成/.test(notDone.error.message));
  assert.ok(!existsSync(path.join(dir, 'out.html')), 'nothing written');
});

test('once reviewed, HTML and Word are written from the redacted copy; the stored report keeps its text', async () => {
  const { dir, call, report, asked } = await setup();
  let review = report.publicReview;
  for (const f of scanReport(report)) review = decide(review, f, f.kind === 'mobile' ? 'remove' : 'mask');
  report.publicReview = { ...review!, reviewer: '赵审', reviewedAt: '2025-03-10' };
  assert.ok((await call('report:save', report)).ok);

  const html = await call<{ path: string }>('public:export', { id: report.id, format: 'html' });
  assert.ok(html.ok, JSON.stringify(html));
  const page = readFileSync(html.value.path, 'utf8');
  assert.match(page, /<p>申请人×××反映的问题已办结，回访电话。<\/p>/);
  assert.doesNotMatch(page, /内部资料|李青山|13812345678/);

  const docx = await call<{ path: string }>('public:export', { id: report.id, format: 'docx' });
  assert.ok(docx.ok);
  const text = readDocxText(docx.value.path);
  assert.match(text, /申请人×××反映的问题已办结/);
  assert.doesNotMatch(text, /内部资料|李青山/);
  const stored = await call<Report>('report:get', { id: report.id });
  // No version yet: made from the text as last saved, and the name says so.
  const saved = stored.ok ? localIsoDate(new Date(stored.value.updatedAt)) : '';
  assert.deepEqual(asked, [
    `青石镇2024年度法治政府建设工作情况报告（公开版，据${saved}保存的文字）.html`,
    `青石镇2024年度法治政府建设工作情况报告（公开版，据${saved}保存的文字）.docx`,
  ]);

  assert.ok(stored.ok && stored.value.preamble.includes('李青山'), 'the filed text is unchanged');
  assert.ok(existsSync(path.join(dir, 'out.docx')));
});

test('the county’s words are saved through the settings channel and flag findings in the public export', async () => {
  const { call, report } = await setup();
  report.preamble = '推进青石水库移民安置点建设。';
  assert.ok((await call('report:save', report)).ok);
  const settings = await call<Record<string, unknown>>('settings:get', undefined);
  assert.ok(settings.ok);
  const tooLong = await call('settings:save', { ...settings.value, privacyWords: ['字'.repeat(51)] });
  assert.ok(!tooLong.ok && tooLong.error.code === 'INVALID_PAYLOAD');
  assert.ok((await call('settings:save', { ...settings.value, privacyWords: ['移民安置点'] })).ok);
  const r = await call('public:export', { id: report.id, format: 'docx' });
  assert.ok(!r.ok && /自定敏感词“移民安置点”/.test(r.error.message), JSON.stringify(r));
});
