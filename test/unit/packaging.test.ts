/**
 * The packaging configuration (package.json "build"): targets, appId, fuses, files. When an Electron
 * distribution is given (ELECTRON_DIST=/path/to/unpacked/electron), also builds the unpacked app and looks inside.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const build = pkg.build;

test('packaging: appId, Windows NSIS per-user + portable, Linux deb + AppImage for x64 and arm64', () => {
  assert.match(build.appId, /^[a-z0-9]+(\.[a-z0-9-]+){2,}$/, 'lowercase reverse-DNS appId');
  assert.equal(build.productName, '法治报告助手');
  assert.deepEqual(build.win.target.map((t: { target: string }) => t.target).sort(), ['nsis', 'portable']);
  assert.equal(build.nsis.perMachine, false, 'per-user install, no admin rights');
  assert.equal(build.nsis.allowElevation, false);
  assert.equal(build.nsis.oneClick, false);
  assert.deepEqual(build.nsis.installerLanguages, ['zh_CN']);
  assert.equal(build.nsis.createDesktopShortcut, true);
  assert.equal(build.nsis.createStartMenuShortcut, true);
  for (const target of ['deb', 'AppImage']) {
    const t = build.linux.target.find((x: { target: string }) => x.target === target);
    assert.deepEqual(t.arch.sort(), ['arm64', 'x64'], `${target} arches`);
  }
  assert.ok(existsSync(build.win.icon) && existsSync(build.linux.icon), 'the icon is in assets/');
  assert.match(readFileSync(build.linux.icon).subarray(1, 4).toString(), /PNG/);
});

test('packaging: only the bundled output goes in, inside asar, with no runtime node_modules', () => {
  assert.equal(build.asar, true);
  assert.deepEqual(build.files, ['dist/**/*', 'package.json', '!**/*.map', '!dist/cli/**']);
  assert.equal(pkg.main, 'dist/main.cjs');
  assert.equal(pkg.dependencies, undefined, 'everything is bundled by esbuild, so no runtime dependencies are packed');
});

test('packaging: Electron fuses are set', () => {
  assert.deepEqual(
    {
      runAsNode: build.electronFuses.runAsNode,
      nodeOptions: build.electronFuses.enableNodeOptionsEnvironmentVariable,
      inspect: build.electronFuses.enableNodeCliInspectArguments,
      asarIntegrity: build.electronFuses.enableEmbeddedAsarIntegrityValidation,
      onlyAsar: build.electronFuses.onlyLoadAppFromAsar,
    },
    { runAsNode: false, nodeOptions: false, inspect: false, asarIntegrity: true, onlyAsar: true },
  );
});

const electronDist = process.env.ELECTRON_DIST;
test(
  'electron-builder --dir packs main, preload and renderer into resources/app.asar',
  {
    skip: electronDist
      ? false
      : 'no Electron distribution: set ELECTRON_DIST to an unpacked Electron 45 to build the app here',
    timeout: 600_000,
  },
  () => {
    const out = mkdtempSync(path.join(tmpdir(), 'fzbg-pack-'));
    const r = spawnSync(
      'npx',
      ['electron-builder', '--dir', '--linux', `-c.electronDist=${electronDist}`, `-c.directories.output=${out}`],
      { stdio: 'inherit' },
    );
    assert.equal(r.status, 0);
    const asarFile = path.join(out, 'linux-unpacked', 'resources', 'app.asar');
    assert.ok(existsSync(asarFile));
    const asar = createRequire(import.meta.url)('@electron/asar') as { listPackage(p: string, o: object): string[] };
    const files = asar.listPackage(asarFile, {}).map((f) => f.replace(/\\/g, '/'));
    const packed = ['/dist/main.cjs', '/dist/preload.cjs', '/dist/parse-worker.cjs', '/dist/renderer/index.html'];
    for (const f of packed) assert.ok(files.includes(f), f);
    assert.ok(!files.some((f) => f.startsWith('/node_modules/')), 'no node_modules inside');
  },
);
