/**
 * Files built to exhaust memory: a small .docx whose XML inflates to 100 MB (honest headers, and headers that lie
 * about the size), a part that fits the caps but not the worker's heap, and a backup file whose JSON parses into
 * far more memory than its size. Each is refused with a Chinese message, in bounded memory, and the process
 * survives.
 * The .docx cases run the real import in a child process, whose peak memory (worker included) is measured.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { strToU8 } from 'fflate';
import { ImportError, importFile } from '../../electron/services/import-file.ts';
import { fileLimits } from '../../electron/services/file-limits.ts';
import { BackupError, jsonValueCount, readBackupFile } from '../../electron/services/backup-file.ts';
import { ROOT, useTempDir } from './import-helpers.ts';
import { docxOf } from './docx-bomb.ts';

const { dir: tempDir, tmp } = useTempDir();
const MB = 1024 * 1024;

/** The same zip with every header (local and central) stating `size` as the uncompressed size of `name`. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const target = strToU8(name);
  const named = (at: number) => target.every((b, i) => out[at + i] === b);
  let patched = 0;
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === target.length && named(i + 30)) {
      view.setUint32(i + 22, size, true);
      patched++;
    } else if (sig === 0x02014b50 && view.getUint16(i + 28, true) === target.length && named(i + 46)) {
      view.setUint32(i + 24, size, true);
      patched++;
    }
  }
  assert.equal(patched, 2, 'local and central header patched');
  return out;
}

interface ChildOutcome {
  ok: boolean;
  code?: string;
  message?: string;
  ms: number;
  maxRssMb: number;
}

/** Import `file` in a child process (its worker's heap set to `heapMb`); what it printed (outcome, time, peak RSS). */
function importInChild(file: string, heapMb?: number): ChildOutcome {
  const args = [
    '--import',
    'tsx',
    path.join(ROOT, 'test/unit/import-child.ts'),
    file,
    ...(heapMb ? [String(heapMb)] : []),
  ];
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 300_000,
  });
  assert.equal(r.status, 0, `child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildOutcome;
}

/**
 * The memory bound for refusing a bomb. Its time is printed, not asserted: a busy machine took 12 s where an
 * idle one takes 0.6 s. What keeps the refusal quick is the cap itself (inflating stops at 4 MB), which the
 * messages and the memory bound check.
 */
const PEAK_RSS_MB = 500;

describe('zip bombs in a .docx are refused quickly, in little memory', () => {
  test('a ~300 KB .docx whose document.xml inflates to 100 MB (headers tell the truth)', () => {
    const bytes = docxOf(100 * MB, 200 * 1024);
    assert.ok(bytes.length > 200 * 1024 && bytes.length < 600 * 1024, `file is ${bytes.length} bytes`);
    const out = importInChild(tmp('bomb.docx', bytes));
    console.log(`honest bomb (${Math.round(bytes.length / 1024)} KB): ${out.ms} ms, peak RSS ${out.maxRssMb} MB`);
    assert.equal(out.ok, false);
    assert.equal(out.code, 'too-large');
    assert.match(out.message!, /document\.xml”解压后超过 4 MB（声明为 100 MB）/);
    assert.ok(out.maxRssMb < PEAK_RSS_MB, `peak RSS ${out.maxRssMb} MB`);
  });

  test('the same bomb with headers that lie: document.xml said to be 1 KB', () => {
    const bytes = lieAboutSize(docxOf(100 * MB, 200 * 1024), 'word/document.xml', 1024);
    const out = importInChild(tmp('liar.docx', bytes));
    console.log(`lying bomb (${Math.round(bytes.length / 1024)} KB): ${out.ms} ms, peak RSS ${out.maxRssMb} MB`);
    assert.equal(out.ok, false);
    assert.equal(out.code, 'too-large');
    assert.match(out.message!, /document\.xml”解压后超过 4 MB，/);
    assert.ok(out.maxRssMb < PEAK_RSS_MB, `peak RSS ${out.maxRssMb} MB`);
  });

  test('lying headers on a small part change nothing: a real report still imports', async () => {
    const text = docxOf(20 * 1024);
    const r = await importFile(tmp('small-liar.docx', lieAboutSize(text, 'word/document.xml', 10)));
    assert.match(r.report.preamble + r.report.sections.map((s) => s.paragraphs.map((p) => p.text)).join(''), /青石镇/);
  });

  test('XML under the caps that needs more heap than the worker has ends the worker, not the process', () => {
    // Run in a child: Node ends a worker at its heap limit on a best-effort basis, so the test runner is kept apart.
    const file = tmp('heavy.docx', docxOf(2 * MB));
    const out = importInChild(file, 48);
    assert.equal(out.ok, false);
    assert.equal(out.code, 'too-large');
    assert.match(out.message!, /读取 Word 文件“heavy.docx”时所需内存超过限制，已停止/);
  });

  test('a parse that outlasts the time limit is stopped with a message', async () => {
    const limits = structuredClone(fileLimits);
    limits.docx.timeoutSeconds = 0.2;
    await assert.rejects(importFile(tmp('slow.docx', docxOf(2 * MB)), {}, { limits }), (err: unknown) => {
      assert.ok(err instanceof ImportError, String(err));
      assert.match(err.message, /读取 Word 文件“slow.docx”时超过 0.2 秒仍未读完，已停止/);
      return true;
    });
  });

  test('a part within the caps is read: a 1 MB document.xml imports', async () => {
    const r = await importFile(tmp('long.docx', docxOf(MB, 0, 40)));
    assert.ok(r.report.preamble.length + r.report.sections.length > 0);
  });

  test(
    'the built worker bundle (dist/parse-worker.cjs) refuses the bomb too',
    {
      skip: existsSync(path.join(ROOT, 'dist/parse-worker.cjs')) ? false : 'run npm run build first',
    },
    async () => {
      const bytes = lieAboutSize(docxOf(100 * MB), 'word/document.xml', 1024);
      const reply = await new Promise((resolve, reject) => {
        const w = new Worker(path.join(ROOT, 'dist/parse-worker.cjs'));
        w.on('message', (m) => void w.terminate().then(() => resolve(m)));
        w.on('error', reject);
        w.postMessage({ id: 1, task: 'docx-text', input: { bytes, limits: fileLimits.docx } });
      });
      const { ok, fault } = reply as { ok: boolean; fault: { name: string; code: string; message: string } };
      assert.equal(ok, false);
      assert.equal(fault.name, 'ImportError');
      assert.equal(fault.code, 'too-large');
      assert.match(fault.message, /解压后超过/);
    },
  );
});

describe('a backup file that parses into far more memory than its size', () => {
  test('JSON of millions of tiny objects is refused before it is parsed', async () => {
    const file = path.join(tempDir(), 'tiny-objects.json');
    writeFileSync(
      file,
      `{"format":"fazhi-report-backup","formatVersion":1,"createdAt":"x","appVersion":"x","data":[${'{},'.repeat(2_000_000)}{}]}`,
    );
    const limits = { ...fileLimits.backup, maxJsonValues: 1_000_000 };
    await assert.rejects(readBackupFile(file, limits), (err: unknown) => {
      assert.ok(err instanceof BackupError, String(err));
      assert.match(err.message, /数据项多得异常.*现有数据未改动/);
      return true;
    });
  });

  test('counting JSON values skips what is inside strings', () => {
    // { "a" "x,{[\"y" , "b" [ , — the escaped quote does not end the string
    assert.equal(jsonValueCount('{"a":"x,{[\\"y","b":[1,2]}', 100), 7);
    assert.equal(jsonValueCount('[' + '{},'.repeat(50) + '{}]', 10), 11);
  });
});
