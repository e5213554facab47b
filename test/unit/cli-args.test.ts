/**
 * The argument walk every command shares: what is a flag, a flag's value and a file, and that every complaint is
 * exit code 2 with the usage after it. The commands' own messages are tested through the built bundles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArgs, type ArgSpec } from '../../electron/cli/cli-args.ts';
import { CliError } from '../../electron/cli/cli-run.ts';

const USAGE = '用法：青石镇 <in> <out>';

/** A spec that records what each flag was given; `inline` as asked. */
function spec(inline: boolean) {
  const got: Record<string, string | boolean | undefined> = {};
  const s: ArgSpec = {
    usage: USAGE,
    inline,
    switches: { '--bold': () => (got.bold = true) },
    values: {
      '--out-dir': { missing: '--out-dir 需要一个文件夹', set: (v) => (got.outDir = v) },
      '--preset': { check: (v) => (got.preset = v) },
    },
  };
  return { s, got };
}

function refused(argv: string[], inline: boolean, message: string) {
  assert.throws(
    () => readArgs(argv, spec(inline).s),
    (e: unknown) => e instanceof CliError && e.exitCode === 2 && e.message === `${message}\n${USAGE}`,
    argv.join(' '),
  );
}

test('flags in order, their values, and the rest as files; `-` alone is a file', () => {
  const { s, got } = spec(true);
  assert.deepEqual(readArgs(['a.json', '--bold', '--out-dir', 'od', '-', '--preset=uos'], s), ['a.json', '-']);
  assert.deepEqual(got, { bold: true, outDir: 'od', preset: 'uos' });
});

test('--name=value only where the command reads it so, and never for a switch', () => {
  const { s, got } = spec(true);
  readArgs(['--out-dir=甲=乙'], s);
  assert.equal(got.outDir, '甲=乙');
  refused(['--out-dir=od'], false, '未知选项 / unknown option: --out-dir=od');
  refused(['--bold=1'], true, '未知选项 / unknown option: --bold=1');
});

test('a missing or empty value is the flag’s own complaint; a checking flag gets undefined and judges it', () => {
  refused(['a', '--out-dir'], true, '--out-dir 需要一个文件夹');
  refused(['--out-dir=', 'a'], true, '--out-dir 需要一个文件夹');
  const { s, got } = spec(true);
  readArgs(['--preset'], s);
  assert.ok('preset' in got && got.preset === undefined);
});

test('help and unknown options are refused with the usage', () => {
  assert.throws(
    () => readArgs(['a', '-h'], spec(false).s),
    (e: unknown) => e instanceof CliError && e.exitCode === 2 && e.message === USAGE,
  );
  for (const a of ['-x', '--', '--bolder']) refused([a], true, `未知选项 / unknown option: ${a}`);
});

test('names every object has (constructor, __proto__) are files, not flags', () => {
  const { s, got } = spec(true);
  assert.deepEqual(readArgs(['constructor', '__proto__', 'toString'], s), ['constructor', '__proto__', 'toString']);
  assert.deepEqual(got, {});
});
