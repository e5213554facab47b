/** What the public version is made from: the newest 报送稿 by default, the reviewer's choice, never the version changed. */
import assert from 'node:assert/strict';
import test from 'node:test';
import { decide, publicCopy } from '../../electron/core/public/redact.ts';
import { scanReport } from '../../electron/core/public/scan.ts';
import { defaultPublicSource, publicSourceId, publicSourceText } from '../../electron/core/public/source.ts';
import type { VersionMeta } from '../../electron/core/versions/model.ts';
import { makeReport, sectionByKey } from './check-fixture.ts';

const meta = (id: string, stage: string, kind: VersionMeta['kind'] = 'named'): VersionMeta => ({
  id,
  createdAt: '2026-02-20T01:00:00.000Z',
  kind,
  stage,
  note: '',
  chars: 0,
  bytes: 0,
  change: { sections: [], added: 0, removed: 0, first: false },
});

/** newest first, as the 版本 list is */
const LIST = [
  meta('v5', ''),
  meta('v4', 'docx', 'docx'),
  meta('v3', 'filed'),
  meta('v2', 'review'),
  meta('v1', 'filed'),
];

test('by default the newest 报送稿, else the current text', () => {
  assert.equal(defaultPublicSource(LIST), 'v3');
  assert.equal(defaultPublicSource(LIST.filter((m) => m.stage !== 'filed')), '');
  assert.equal(defaultPublicSource([]), '');
});

test('the reviewer’s choice holds while that version exists; a lost one falls back and says so', () => {
  const report = makeReport();
  assert.deepEqual(publicSourceId(report, LIST), { id: 'v3', missing: false });
  report.publicReview = { redactions: [], reviewer: '', reviewedAt: '', source: 'v2' };
  assert.deepEqual(publicSourceId(report, LIST), { id: 'v2', missing: false });
  report.publicReview.source = '';
  assert.deepEqual(publicSourceId(report, LIST), { id: '', missing: false });
  report.publicReview.source = 'v9';
  assert.deepEqual(publicSourceId(report, LIST), { id: 'v3', missing: true });
});

test('the copy of a version carries the report’s redactions; neither the version nor the report changes', () => {
  const filed = makeReport({ disputes: ['申请人李青山与青石村委会的纠纷已调处。'] });
  const current = structuredClone(filed);
  sectionByKey(current, 'disputes').paragraphs[0].text = '纠纷已全部调处。';
  let review = current.publicReview;
  for (const f of scanReport(filed)) review = decide(review, f, 'mask');
  current.publicReview = { ...review!, reviewer: '赵审', reviewedAt: '2026-03-10' };
  const keptFiled = structuredClone(filed);
  const keptCurrent = structuredClone(current);

  const { report: copy, open } = publicCopy(publicSourceText(current, filed));
  assert.deepEqual(open, []);
  assert.equal(sectionByKey(copy, 'disputes').paragraphs[0].text, '申请人×××与青石村委会的纠纷已调处。');
  assert.deepEqual(filed, keptFiled);
  assert.deepEqual(current, keptCurrent);
  assert.equal(publicSourceText(current, null), current);
});
