import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCliBundle } from './cli-bundle.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('check CLI', () => {
  const run = (args: string[]) => runCliBundle('check', args);
  const dir = mkdtempSync(join(tmpdir(), 'check-cli-'));

  test('prints pure JSON: checklist and findings of the demo', () => {
    const res = run(['assets/demo-report.json']);
    assert.equal(res.status, 0, res.stderr);
    const out = JSON.parse(res.stdout);
    const chief = out.checklist.find((c: { id: string }) => c.id === 'chief');
    assert.equal(chief.state, 'missing');
    assert.ok(
      out.findings.some(
        (f: { rule: string; section: string; paragraph: number }) =>
          f.rule === 'year-period' && f.section === '一、（七）4.' && f.paragraph === 1,
      ),
    );
    for (const f of out.findings) assert.ok('rule' in f && 'section' in f && 'paragraph' in f && 'message' in f);
    assert.equal(typeof out.completeness, 'number');
  });

  test("--previous adds last year's promises", () => {
    const res = run(['assets/demo-report.json', '--previous', 'assets/demo-report.json', '--today', '2025-02-01']);
    assert.equal(res.status, 0, res.stderr);
    const out = JSON.parse(res.stdout);
    assert.ok(out.checklist.some((c: { id: string }) => c.id === 'promise-1'));
    assert.ok(out.findings.some((f: { rule: string }) => f.rule === 'copied'));
  });

  test('missing file, bad JSON, invalid report, bad arguments: stderr and non-zero exit, nothing on stdout', () => {
    const badJson = join(dir, 'bad.json');
    writeFileSync(badJson, '{ not json');
    const notReport = join(dir, 'not-report.json');
    writeFileSync(notReport, JSON.stringify({ hello: 1 }));
    for (const [args, pattern] of [
      [[join(dir, 'nope.json')], /找不到文件/],
      [[badJson], /不是有效的 JSON/],
      [[notReport], /不是有效的报告/],
      [[], /缺少报告文件/],
      [['assets/demo-report.json', '--bogus'], /未知参数/],
      [['assets/demo-report.json', '--previous'], /缺少参数/],
    ] as const) {
      const res = run([...args]);
      assert.notEqual(res.status, 0, args.join(' '));
      assert.equal(res.stdout, '', args.join(' '));
      assert.match(res.stderr, pattern);
    }
  });

  test('npm run --silent check prints nothing but JSON', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const res = spawnSync(npm, ['run', '--silent', 'check', '--', 'assets/demo-report.json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(res.status, 0, res.stderr);
    assert.doesNotThrow(() => JSON.parse(res.stdout));
  });
});
