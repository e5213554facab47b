/**
 * `npm run docx -- r.json r.json` used to replace the report with the Word file (exit 0). Every command that
 * writes refuses an output that is one of its inputs — however spelled, or through a link — before reading or
 * writing anything, with a clear message and a non-zero exit; the input is left byte for byte as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoReport } from '../fixtures/docx-reports.ts';
import { ROOT, runCliBundle } from './cli-bundle.ts';

function refused(r: ReturnType<typeof runCliBundle>, input: string, before: Buffer) {
  assert.notEqual(r.status, 0, r.stdout);
  assert.match(r.stderr, /输出文件就是输入文件.*would overwrite the input/);
  assert.deepEqual(readFileSync(input), before, 'the input is unchanged');
}

test('docx: an output that is the input (same name, other spelling, symlink, hard link) is refused', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-over-'));
  const input = path.join(dir, 'r.json');
  writeFileSync(input, JSON.stringify(demoReport(), null, 2));
  symlinkSync(input, path.join(dir, 'link.json'));
  linkSync(input, path.join(dir, 'hard.json'));
  const before = readFileSync(input);
  for (const out of ['r.json', './r.json', path.join(dir, 'sub', '..', 'r.json'), 'link.json', 'hard.json']) {
    refused(runCliBundle('docx', ['r.json', out], dir), input, before);
  }
});

test('import: an output that is the input is refused', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-over-'));
  const input = path.join(dir, 'old.txt');
  cpSync(path.join(ROOT, 'test/fixtures/sample-report.txt'), input);
  const before = readFileSync(input);
  refused(runCliBundle('import', ['old.txt', 'old.txt'], dir), input, before);
  refused(runCliBundle('import', ['old.txt', `${dir}/./old.txt`], dir), input, before);
});

test('eval: --json onto the corpus labels is refused', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-over-'));
  cpSync(path.join(ROOT, 'test/fixtures/eval-corpus'), path.join(dir, 'corpus'), { recursive: true });
  const labels = path.join(dir, 'corpus', 'labels.json');
  const before = readFileSync(labels);
  refused(runCliBundle('eval', ['corpus', '--json', 'corpus/labels.json'], dir), labels, before);
});
