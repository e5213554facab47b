/**
 * Security gate: electronegativity on the sources (no finding above LOW), and the navigation and request
 * policy the window runs with.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { guardContents, requestCheck, type ContentsLike } from '../../electron/navigation.ts';
import { appFolderCheck, appUrlCheck } from '../../electron/app-url.ts';

/**
 * Left out, with the reason:
 * - PRELOAD_JS_CHECK ("review the use of preload scripts") is raised for any preload at all; the review it asks
 *   for is test/unit/preload.test.ts, which checks the preload exposes exactly the contract's named methods.
 * - AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK needs Electron's online release list, which an offline machine cannot read.
 */
const EXCLUDED = ['PreloadJSCheck', 'AvailableSecurityFixesGlobalCheck'];

/**
 * The findings of the table electronegativity prints: a row "ID │ file │ line:col │ …" followed by a row
 * "SEVERITY | CONFIDENCE" (with "*Review Required*" between them when a person must look). Its CSV file is not used: the tool writes the header and the rows with two concurrent
 * writeFile calls, and the rows are sometimes lost or overwritten.
 */
function parseTable(stdout: string): Array<{ issue: string; severity: string; filename: string; location: string }> {
  const cells = stdout
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((l) => l.startsWith('│'))
    .map((l) => l.split('│').map((c) => c.trim()));
  const findings = [];
  for (let i = 0; i < cells.length; i++) {
    const [, issue, filename, location] = cells[i];
    if (!/^[A-Z0-9_]+_CHECK$/.test(issue)) continue;
    // The severity row follows, after a "*Review Required*" row for findings that ask for a manual review.
    const below = cells.slice(i + 1, i + 3).map((c) => /^([A-Z]+) \| [A-Z]+$/.exec(c[1] ?? '')?.[1]);
    const severity = below.find((x) => x !== undefined);
    assert.ok(severity, `no severity under ${issue}`);
    findings.push({ issue, severity, filename, location });
  }
  return findings;
}

function scan(src: string) {
  const r = spawnSync(
    'npx',
    ['electronegativity', '-i', src, '-e', '45.5.0', '-r', '-v', 'false', '-x', EXCLUDED.join(',')],
    {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--require ${path.resolve('test/fixtures/offline-got.cjs')}` },
    },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /check\(s\) successfully loaded/, 'the scan ran');
  return parseTable(r.stdout);
}

test('electronegativity finds nothing above LOW in electron/ and renderer/', { timeout: 180_000 }, (t) => {
  const src = mkdtempSync(path.join(tmpdir(), 'fzbg-en-'));
  cpSync('electron', path.join(src, 'electron'), { recursive: true });
  cpSync('renderer', path.join(src, 'renderer'), { recursive: true });
  const findings = scan(src);
  for (const f of findings) t.diagnostic(`${f.issue} ${f.severity} ${f.filename}:${f.location}`);
  t.diagnostic(`electronegativity: ${findings.length} findings, excluded checks: ${EXCLUDED.join(', ')}`);
  const serious = findings.filter((f) => !['LOW', 'INFORMATIONAL'].includes(f.severity));
  assert.deepEqual(
    serious.map((f) => `${f.issue} ${f.severity} ${f.filename}`),
    [],
  );
});

test('the window may not navigate away, open windows or attach webviews', () => {
  const listeners = new Map<string, (e: { preventDefault(): void }, url?: string) => void>();
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  const contents = {
    on(event: string, fn: (e: { preventDefault(): void }, url?: string) => void) {
      listeners.set(event, fn);
      return contents;
    },
    setWindowOpenHandler(h: (d: { url: string }) => { action: 'deny' }) {
      openHandler = h;
    },
  } as unknown as ContentsLike;
  const appUrl = 'file:///opt/app/resources/app.asar/dist/renderer/index.html';
  guardContents(contents, appUrlCheck(appUrl));
  const tryNav = (event: string, url: string) => {
    let prevented = false;
    listeners.get(event)!(
      {
        preventDefault: () => {
          prevented = true;
        },
      },
      url,
    );
    return prevented;
  };
  assert.equal(tryNav('will-navigate', 'https://example.com/'), true);
  assert.equal(tryNav('will-navigate', 'file:///etc/passwd'), true);
  assert.equal(tryNav('will-redirect', 'http://10.0.0.1/'), true);
  assert.equal(tryNav('will-navigate', appUrl + '#x'), false);
  assert.equal(tryNav('will-attach-webview', ''), true);
  assert.deepEqual(openHandler!({ url: 'https://example.com' }), { action: 'deny' });
});

test('only the app’s own files are requested; the network and other folders are refused', () => {
  const isAllowedRequest = requestCheck(appFolderCheck('file:///opt/app/dist/renderer', 'posix'));
  assert.equal(isAllowedRequest('file:///opt/app/dist/renderer/app.js'), true);
  // The check's worker, started from a blob the page's own script made.
  assert.equal(isAllowedRequest('blob:file:///0b6c1c5e-6a5e-4b1e-9a51-3f2f3c1d2e4f'), true);
  assert.equal(isAllowedRequest('file:///opt/app/dist/renderer/styles.css?v=1'), true);
  assert.equal(isAllowedRequest('devtools://devtools/bundled/inspector.html'), true);
  for (const url of [
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'ws://x',
    'ftp://x/y',
    'data:text/html,hi',
    'https://example.com/blob:x',
    'file:///etc/passwd',
    'file:///tmp/evil.js',
    'file:///opt/app/dist/preload.cjs',
    // a sibling folder whose name starts like the app's
    'file:///opt/app/dist/renderer-evil/app.js',
    // climbing out, plainly and encoded
    'file:///opt/app/dist/renderer/../main.cjs',
    'file:///opt/app/dist/renderer/%2e%2e/main.cjs',
    'file:///opt/app/dist/renderer/..%2fmain.cjs',
    'file://otherhost/opt/app/dist/renderer/app.js',
  ]) {
    assert.equal(isAllowedRequest(url), false, url);
  }
});

test('the scan does catch a weakened window (so a clean result means something)', { timeout: 180_000 }, () => {
  const src = mkdtempSync(path.join(tmpdir(), 'fzbg-en-bad-'));
  cpSync('electron', path.join(src, 'electron'), { recursive: true });
  const windowFile = path.join(src, 'electron', 'window.ts');
  writeFileSync(
    windowFile,
    readFileSync(windowFile, 'utf8').replace('contextIsolation: true', 'contextIsolation: false'),
  );
  const serious = scan(src)
    .filter((f) => !['LOW', 'INFORMATIONAL'].includes(f.severity))
    .map((f) => f.issue);
  assert.ok(serious.includes('CONTEXT_ISOLATION_JS_CHECK'), serious.join(','));
});
