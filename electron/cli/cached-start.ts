/**
 * How a command starts: dist/cli/<name>.cjs is this file, which runs the command's bundle (<name>.body.cjs beside it)
 * with V8's code cache (<name>.body.v8cache, made by `npm run build` from a run of the command), so the bundle's
 * functions are not parsed and compiled again on every run. The cache is used only when it was made from exactly
 * this bundle (its hash), by this Node version on this machine type, and is whole (its own hash: V8 does not check
 * the bytes, and a damaged cache can crash it); V8 checks it once more and compiles afresh when it does not fit. A
 * missing or stale cache costs only its own saving.
 *
 * FZBG_CODE_CACHE=write makes the run write the cache when it ends (the build does this); =check reports on stderr
 * whether it was used.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** The bundle's file name, set by the build. */
declare const CLI_BODY: string;

const file = path.join(__dirname, CLI_BODY);
const source = readFileSync(file, 'utf8');
const cacheFile = file.replace(/\.cjs$/, '.v8cache');
const hash = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 32);
/** The first line of the cache file: what it was made from, then the hash of the bytes that follow. */
const made = `${hash(source)} ${process.version} ${process.arch}`;
const mode = process.env.FZBG_CODE_CACHE;

function readCache(): Buffer | undefined {
  try {
    const bytes = readFileSync(cacheFile);
    const end = bytes.indexOf(0x0a);
    const data = bytes.subarray(end + 1);
    return end > 0 && bytes.subarray(0, end).toString() === `${made} ${hash(data)}` ? data : undefined;
  } catch {
    return undefined;
  }
}

const cachedData = mode === 'write' ? undefined : readCache();
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
if (mode === 'check')
  process.stderr.write(`code cache: ${!cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
// Written when the run ends, so the functions the command ran are in it, compiled.
if (mode === 'write')
  process.once('exit', () => {
    const data = script.createCachedData();
    writeFileSync(cacheFile, Buffer.concat([Buffer.from(`${made} ${hash(data)}\n`), data]));
  });
const run = script.runInThisContext() as (...args: unknown[]) => void;
run.call(module.exports, module.exports, require, module, file, __dirname);
