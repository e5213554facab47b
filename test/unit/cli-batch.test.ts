/**
 * Batch mode of the built command-line tools: many inputs (files and folders) and --out-dir in one process, a
 * progress line per input on stderr, a bad input in the middle reported while the others are written, exit 1.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { demoReport } from '../fixtures/docx-reports.ts';
import { parseReport } from '../../electron/core/report-model.ts';
import { ROOT, runCliBundle } from './cli-bundle.ts';

const unit = (name: string) => ({ ...demoReport(), unitName: name, title: `${name}2024年度法治政府建设工作情况报告` });

/** A folder with a.json and c.json (青石镇 and 白沙乡 reports) and a broken b.json between them. */
function reportsFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-batch-'));
  mkdirSync(path.join(dir, 'in'));
  writeFileSync(path.join(dir, 'in', 'a.json'), JSON.stringify(unit('青石镇')));
  writeFileSync(path.join(dir, 'in', 'b.json'), '{"schemaVersion": 1,');
  writeFileSync(path.join(dir, 'in', 'c.json'), JSON.stringify(unit('白沙乡')));
  writeFileSync(path.join(dir, 'in', 'notes.txt'), 'not a report, and not a .json: left alone');
  return dir;
}

const progress = (stderr: string) => stderr.split('\n').filter((l) => /^\[\d+\/\d+\] /.test(l));

test('docx: a folder and a file, the broken one in the middle is reported and the others are written', () => {
  const dir = reportsFolder();
  writeFileSync(path.join(dir, 'd.json'), JSON.stringify(unit('石门街道')));
  const r = runCliBundle('docx', ['in', 'd.json', '--out-dir', 'out', '--preset', 'gb2312'], dir);
  assert.equal(r.status, 1, r.stderr);
  const lines = progress(r.stderr);
  assert.equal(lines.length, 4, r.stderr);
  assert.match(lines[1], /^\[2\/4\] in\/b\.json {2}失败 \/ failed: .*not valid JSON/);
  assert.match(lines[0], /^\[1\/4\] in\/a\.json → out\/a\.docx/);
  assert.match(r.stdout, /3 个已写出 \/ written, 1 个失败 \/ failed/);
  assert.deepEqual(readdirSync(path.join(dir, 'out')).sort(), ['a.docx', 'c.docx', 'd.docx']);
  for (const [f, unit] of [
    ['a.docx', '青石镇'],
    ['c.docx', '白沙乡'],
    ['d.docx', '石门街道'],
  ]) {
    const xml = strFromU8(unzipSync(readFileSync(path.join(dir, 'out', f)))['word/document.xml']);
    assert.ok(xml.includes(`${unit}2024年度`), f);
    assert.ok(xml.includes('仿宋_GB2312'), `${f}: the options apply to every file`);
  }
});

test('docx: all good is exit 0; an output that would replace an input is that input’s failure', () => {
  const dir = reportsFolder();
  const ok = runCliBundle('docx', ['in/a.json', 'in/c.json', '--out-dir', 'out'], dir);
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(progress(ok.stderr).length, 2);
  // import writes <name>.json: into the folder it reads, r.json would replace the input r.json.
  writeFileSync(path.join(dir, 'in', 'r.json'), 'keep me');
  cpSync(path.join(ROOT, 'test/fixtures/sample-report.txt'), path.join(dir, 'in', 'q.txt'));
  const clash = runCliBundle('import', ['in/r.json', 'in/q.txt', '--out-dir', 'in'], dir);
  assert.equal(clash.status, 1);
  assert.match(clash.stderr, /in\/r\.json {2}失败 \/ failed: .*would overwrite the input/);
  assert.equal(readFileSync(path.join(dir, 'in', 'r.json'), 'utf8'), 'keep me');
  assert.ok(existsSync(path.join(dir, 'in', 'q.json')));
});

test('check: one JSON per input in the out dir, the same as the single-file output', () => {
  const dir = reportsFolder();
  const r = runCliBundle('check', ['in', '--out-dir', 'out', '--today', '2025-02-01'], dir);
  assert.equal(r.status, 1, r.stderr);
  assert.match(progress(r.stderr)[1], /b\.json {2}失败 \/ failed: .*不是有效的 JSON/);
  assert.deepEqual(readdirSync(path.join(dir, 'out')).sort(), ['a.check.json', 'c.check.json']);
  const single = runCliBundle('check', ['in/c.json', '--today', '2025-02-01'], dir);
  assert.equal(single.status, 0, single.stderr);
  assert.deepEqual(JSON.parse(readFileSync(path.join(dir, 'out', 'c.check.json'), 'utf8')), JSON.parse(single.stdout));
  // A second run into the same folder does not take its own outputs for reports.
  const again = runCliBundle('check', ['out', 'in/a.json', '--out-dir', 'out'], dir);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(progress(again.stderr).length, 1);
});

test('import: a folder of old reports with a binary file in the middle', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-batch-'));
  mkdirSync(path.join(dir, 'old'));
  cpSync(path.join(ROOT, 'test/fixtures/sample-report.txt'), path.join(dir, 'old', 'a.txt'));
  writeFileSync(path.join(dir, 'old', 'b.txt'), new Uint8Array([0, 1, 2, 3, 255, 254, 0, 7]));
  cpSync(path.join(ROOT, 'test/fixtures/sample-report.txt'), path.join(dir, 'old', 'c.txt'));
  const r = runCliBundle('import', ['old', '--out-dir', 'json', '--year', '2024'], dir);
  assert.equal(r.status, 1, r.stderr);
  assert.match(progress(r.stderr)[1], /b\.txt {2}失败 \/ failed: 无法导入/);
  assert.deepEqual(readdirSync(path.join(dir, 'json')).sort(), ['a.json', 'c.json']);
  for (const f of ['a.json', 'c.json']) {
    const parsed = parseReport(JSON.parse(readFileSync(path.join(dir, 'json', f), 'utf8')));
    assert.ok(parsed.ok, f);
  }
});

test('batch arguments: --out-dir without inputs, or a folder with nothing to do, is an error', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-batch-'));
  const none = runCliBundle('docx', ['--out-dir', 'out'], dir);
  assert.equal(none.status, 2);
  mkdirSync(path.join(dir, 'empty'));
  const empty = runCliBundle('docx', ['empty', '--out-dir', 'out'], dir);
  assert.equal(empty.status, 1);
  assert.match(empty.stderr, /no input files/);
});
