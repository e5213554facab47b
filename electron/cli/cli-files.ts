/** Files the command line reads and writes: an output must never replace one of the inputs. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { describeWriteError, writeFileDurable } from '../services/durable-write.ts';
import { CliError } from './cli-run.ts';

/** Whether two paths name one file: the same resolved path (without case where the disk ignores it), or one inode. */
export function sameFile(a: string, b: string): boolean {
  const fold = (p: string) =>
    process.platform === 'win32' || process.platform === 'darwin' ? path.resolve(p).toLowerCase() : path.resolve(p);
  if (fold(a) === fold(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    // A hard link or a symlink to the input is the input: writing it would replace the report.
    return sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** The input that `output` would overwrite, if any. */
export function overwrittenInput(output: string, inputs: readonly string[]): string | undefined {
  return inputs.find((input) => sameFile(output, input));
}

/** Refuse, before anything is read or written, an output that is one of the inputs. */
export function refuseOverwrite(output: string, inputs: readonly string[], exitCode = 2): void {
  const input = overwrittenInput(output, inputs);
  if (input !== undefined)
    throw new CliError(
      `输出文件就是输入文件，写出会覆盖它；请换一个输出文件名 / the output would overwrite the input: ${input}`,
      exitCode,
    );
}

/** Write an output whole or not at all (temp file, fsync, rename); a failure says why, in Chinese, with exit code 1. */
export async function writeOutput(file: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileDurable(file, data);
  } catch (err) {
    throw new CliError(`无法写入 / cannot write ${file}: ${describeWriteError(err)}`, 1);
  }
}
