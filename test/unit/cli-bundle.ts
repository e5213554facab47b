/**
 * Run a command-line tool the way users do: the built bundle (dist/cli/<name>.cjs, made by `npm run build`, which
 * `npm test` runs before the unit tests) with plain node, no TypeScript loader.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function cliBundle(name: 'docx' | 'check' | 'import' | 'eval' | 'public' | 'county'): string {
  const file = path.join(ROOT, 'dist', 'cli', `${name}.cjs`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return file;
}

export function runCliBundle(
  name: 'docx' | 'check' | 'import' | 'eval' | 'public' | 'county',
  args: string[],
  cwd = ROOT,
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cliBundle(name), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
}
