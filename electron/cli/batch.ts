/**
 * Batch mode shared by docx, check and import: many inputs (files, or folders whose files of the right kind are
 * taken) and one output folder, in one process. Each input is reported on stderr as it is done; a bad input is
 * reported and the others are still written; the exit code is 1 when any failed.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { inputFiles } from '../services/input-files.ts';
import { CliError } from './cli-run.ts';
import { overwrittenInput, sameFile } from './cli-files.ts';

export interface BatchJob {
  /** the inputs as given: files and folders */
  args: readonly string[];
  outDir: string;
  /** the file endings taken from a folder, lower case with the dot */
  extensions: readonly string[];
  /** files in a folder that are not inputs (e.g. this command's own earlier outputs) */
  skip?: (name: string) => boolean;
  /** the output file name for an input */
  outName(input: string): string;
  /** read one input and write its output; throw (a CliError for a clear message) when it cannot */
  work(input: string, output: string): Promise<string | void>;
}

function message(err: unknown): string {
  if (err instanceof CliError) return err.message;
  return err instanceof Error ? err.message : String(err);
}

/** Run a batch: returns the summary line; sets exit code 1 when any input failed. */
export async function runBatch(job: BatchJob): Promise<string> {
  const inputs = inputFiles(job.args, job.extensions, job.skip);
  if (!inputs.length) throw new CliError(`没有可处理的输入文件 / no input files found in: ${job.args.join(' ')}`, 1);
  try {
    await fs.mkdir(job.outDir, { recursive: true });
  } catch (err) {
    throw new CliError(`无法创建输出文件夹 / cannot create the output folder ${job.outDir}: ${message(err)}`, 1);
  }
  const written: string[] = [];
  let failed = 0;
  for (const [i, input] of inputs.entries()) {
    const output = path.join(job.outDir, job.outName(input));
    const step = `[${i + 1}/${inputs.length}] ${input}`;
    try {
      const clash = overwrittenInput(output, inputs);
      if (clash !== undefined) throw new CliError(`输出会覆盖输入 / the output would overwrite the input: ${clash}`, 1);
      const twin = written.find((w) => sameFile(w, output));
      if (twin) throw new CliError(`另一个输入已写到同名文件 / another input was written to ${twin}`, 1);
      const note = await job.work(input, output);
      written.push(output);
      process.stderr.write(`${step} → ${output}${note ? `  ${note}` : ''}\n`);
    } catch (err) {
      failed += 1;
      process.stderr.write(`${step}  失败 / failed: ${message(err).replace(/\n/g, ' ')}\n`);
    }
  }
  if (failed) process.exitCode = 1;
  return `完成 / done: ${written.length} 个已写出 / written, ${failed} 个失败 / failed → ${path.resolve(job.outDir)}`;
}

/** The output name of an input: its name with its extension replaced by `ending`. */
export function renamed(input: string, ending: string): string {
  return path.basename(input, path.extname(input)) + ending;
}
