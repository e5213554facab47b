/** The public copy: the reviewer's decisions applied to a copy, markers removed, the report itself unchanged. */
import assert from 'node:assert/strict';
import test from 'node:test';
import { buildPublicHtml } from '../../electron/core/public/html.ts';
import { decide, publicCopy } from '../../electron/core/public/redact.ts';
import { scanReport } from '../../electron/core/public/scan.ts';
import { parseReport } from '../../electron/core/report-model.ts';
import { makeReport, sectionByKey } from './check-fixture.ts';

function 青石() {
  const report = makeReport({ disputes: ['申请人李青山与被申请人王大力达成协议，联系电话13812345678。'] });
  report.preamble = '内部资料\n现将青石镇有关情况报告如下：';
  return report;
}

test('masked findings become ×× of the same length, removed ones go, markers always go', () => {
  const report = 青石();
  const before = structuredClone(report);
  const [, li, wang, phone] = scanReport(report);
  let review = decide(undefined, li, 'mask');
  review = decide(review, wang, 'keep');
  review = decide(review, phone, 'remove');
  report.publicReview = { ...review, reviewer: '赵审', reviewedAt: '2025-03-10' };
  assert.ok(parseReport(report).ok, 'the review is part of the stored report');

  const { report: copy, open, findings } = publicCopy(report);
  const text = sectionByKey(copy, 'disputes').paragraphs[0].text;
  assert.equal(text, '申请人×××与被申请人王大力达成协议，联系电话。');
  assert.equal(copy.preamble, '\n现将青石镇有关情况报告如下：');
  assert.equal(copy.publicReview, undefined, 'the copy carries no review record');
  assert.deepEqual(open, []);
  assert.deepEqual(
    findings.map((f) => f.decision),
    [null, 'mask', 'keep', 'remove'],
  );
  // The filed text is untouched.
  assert.deepEqual(sectionByKey(report, 'disputes').paragraphs, sectionByKey(before, 'disputes').paragraphs);
});

test('findings nobody decided about stay in the copy and are listed as open', () => {
  const { report: copy, open } = publicCopy(青石());
  assert.deepEqual(
    open.map((f) => f.text),
    ['李青山', '王大力', '13812345678'],
  );
  assert.match(sectionByKey(copy, 'disputes').paragraphs[0].text, /李青山/);
});

test('a decision follows its text when the paragraph is edited before it', () => {
  const report = 青石();
  const li = scanReport(report)[1];
  report.publicReview = { ...decide(undefined, li, 'mask'), reviewer: '', reviewedAt: '' };
  const p = sectionByKey(report, 'disputes').paragraphs[0];
  p.text = '3月，' + p.text;
  const { report: copy, open } = publicCopy(report);
  assert.match(sectionByKey(copy, 'disputes').paragraphs[0].text, /^3月，申请人×××与/);
  assert.equal(open.length, 2);
});

test('the county’s words are scanned too', () => {
  const report = makeReport({ plan: '推进青石水库移民安置点建设。' });
  assert.equal(publicCopy(report).open.length, 0);
  assert.deepEqual(
    publicCopy(report, ['移民安置点']).open.map((f) => f.text),
    ['移民安置点'],
  );
});

test('the HTML is one clean page: semantic headings and paragraphs, escaped, nothing that loads or runs', () => {
  const report = makeReport({ disputes: '调处纠纷<script>alert(1)</script>12件 & 办结。' });
  report.title = '青石镇2024年度法治政府建设工作情况报告';
  const html = buildPublicHtml(report);
  assert.match(html, /^<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">/);
  assert.match(html, /<h1>青石镇2024年度法治政府建设工作情况报告<\/h1>/);
  assert.match(html, /<h2>一、[^<]+<\/h2>/);
  assert.match(html, /<h3>（一）[^<]+<\/h3>/);
  assert.match(html, /<p>调处纠纷&lt;script&gt;alert\(1\)&lt;\/script&gt;12件 &amp; 办结。<\/p>/);
  assert.match(html, /<p style="text-align:right">测试乡人民政府<\/p>/);
  assert.doesNotMatch(html, /<script|<link|<img|<style|src=|href=|@import|url\(/i);
});
