/**
 * A county batch of Word files read by the real parse worker, with files among them that end the worker (its XML
 * needs more heap than the worker has) or are refused (a zip bomb): each fails alone with its reason, and the good
 * files after it are still added, by a new worker where the old one was ended. Runs in a child process (county-batch-child.ts), as Node ends a
 * worker at its heap limit only on a best-effort basis.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDocx } from '../../electron/services/docx-export.ts';
import { demoReport } from '../fixtures/docx-reports.ts';
import { ROOT } from './import-helpers.ts';
import { docxOf } from './docx-bomb.ts';

const MB = 1024 * 1024;

async function township(dir: string, unit: string): Promise<string> {
  const demo = demoReport();
  const report = { ...demo, unitName: unit, title: demo.title.replaceAll(demo.unitName, unit) };
  const file = path.join(dir, `${unit}.docx`);
  writeFileSync(file, await buildDocx(report, { fontPreset: 'windows', boldHeadings: false }));
  return file;
}

test('a file that ends the parse worker fails alone; the good files after it are added', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'county-batch-'));
  const heavy = path.join(dir, '内存不够.docx');
  // Under the size caps, but its XML needs more than the small worker heap below.
  writeFileSync(heavy, docxOf(2 * MB));
  const bomb = path.join(dir, '压缩炸弹.docx');
  writeFileSync(bomb, docxOf(100 * MB));
  const files = [
    await township(dir, '青石镇'),
    heavy,
    await township(dir, '柳溪镇'),
    bomb,
    await township(dir, '白沙乡'),
  ];
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'test/unit/county-batch-child.ts'), path.join(dir, 'data'), '48', ...files],
    { cwd: ROOT, encoding: 'utf8', timeout: 300_000 },
  );
  assert.equal(r.status, 0, `child failed: ${r.stderr}`);
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(
    lines.slice(0, 5).map((l) => l.added ?? 'failed'),
    [['青石镇'], 'failed', ['柳溪镇'], 'failed', ['白沙乡']],
  );
  assert.match(String(lines[1].error), /读取 Word 文件“内存不够.docx”时所需内存超过限制，已停止/);
  assert.match(String(lines[3].error), /document\.xml”解压后超过 4 MB/);
  assert.deepEqual(lines[5].entries, ['青石镇', '柳溪镇', '白沙乡']);
});
