/**
 * The commands start with V8's code cache made by the build, and still run when the cache is missing, made from
 * another bundle, or damaged (it is then not used, or V8 rejects it, and the bundle is compiled as usual).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliBundle, ROOT } from './cli-bundle.ts';

/** The docx command's three files in a folder of their own, so they can be spoiled. */
function copyOfDocx(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-code-cache-'));
  const from = path.dirname(cliBundle('docx'));
  for (const f of ['docx.cjs', 'docx.body.cjs', 'docx.body.v8cache', 'check.body.v8cache'])
    copyFileSync(path.join(from, f), path.join(dir, f));
  return dir;
}

/** Export the demo report with the copy; returns what the starter said about the cache. */
function exportWith(dir: string): string {
  const out = path.join(dir, `out-${Math.random().toString(36).slice(2)}.docx`);
  const r = spawnSync(process.execPath, [path.join(dir, 'docx.cjs'), 'assets/demo-report.json', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FZBG_CODE_CACHE: 'check' },
  });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(out).subarray(0, 2).toString(), 'PK', 'the Word file is written');
  return /code cache: (\w+)/.exec(r.stderr)?.[1] ?? '';
}

test('the docx command starts with the code cache the build made', () => {
  const dir = copyOfDocx();
  assert.equal(exportWith(dir), 'used');
  rmSync(dir, { recursive: true, force: true });
});

test('a cache made from another bundle is not used, nor a damaged one; a missing one is not needed', () => {
  const dir = copyOfDocx();
  const body = path.join(dir, 'docx.body.cjs');
  const cache = path.join(dir, 'docx.body.v8cache');
  const original = readFileSync(body);
  appendFileSync(body, '\n// another build\n');
  assert.equal(exportWith(dir), 'none', 'the bundle changed after the cache was made');
  writeFileSync(body, original);
  const bytes = readFileSync(cache);
  const head = bytes.indexOf(0x0a) + 1;
  const good = bytes.subarray(0, head);
  bytes.fill(0x5a, head + 64, head + 4096);
  writeFileSync(cache, bytes);
  assert.equal(exportWith(dir), 'none', 'damaged bytes are not handed to V8 (it would crash on them)');
  // Another command's cache under this one's first line: whole, but V8 finds it is not for this bundle.
  const other = readFileSync(path.join(dir, 'check.body.v8cache'));
  const data = other.subarray(other.indexOf(0x0a) + 1);
  const line = good.toString().trim().split(' ').slice(0, -1).join(' ');
  const sum = createHash('sha256').update(data).digest('hex').slice(0, 32);
  writeFileSync(cache, Buffer.concat([Buffer.from(`${line} ${sum}\n`), data]));
  assert.equal(exportWith(dir), 'rejected', 'V8 checks the cache itself');
  rmSync(cache);
  assert.equal(exportWith(dir), 'none');
  assert.equal(existsSync(cache), false, 'a normal run writes no cache');
  rmSync(dir, { recursive: true, force: true });
});
