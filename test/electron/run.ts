/**
 * Real-Electron tests: run when an Electron binary is present (ELECTRON_OVERRIDE_DIST_PATH, or a normal
 * install of the electron package with its binary); otherwise print why they are skipped. A skip is a skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

function electronBinary(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const exe =
      process.platform === 'win32'
        ? 'electron.exe'
        : process.platform === 'darwin'
          ? 'Electron.app/Contents/MacOS/Electron'
          : 'electron';
    const p = path.join(override, exe);
    return existsSync(p) ? p : null;
  }
  const pathTxt = path.resolve('node_modules/electron/path.txt');
  if (!existsSync(pathTxt)) return null;
  const p = path.resolve('node_modules/electron/dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(p) ? p : null;
}

const bin = electronBinary();
if (!bin) {
  console.log(
    'SKIPPED test/electron (app starts, window loads, menu has its items): no Electron binary here. ' +
      'Set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 to run them.',
  );
  process.exit(0);
}
const r = spawnSync('npx', ['playwright', 'test', '--config', 'test/electron/playwright.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_BINARY: bin },
});
process.exit(r.status ?? 1);
