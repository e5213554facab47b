/**
 * Import old reports from the command line:
 *   npm run import -- <file.txt|file.docx|file.doc|file.wps> <out.json> [--unit 汤郎乡] [--county 禄劝县] [--year 2024]
 *   npm run import -- <file|folder>... --out-dir <folder> [--county …] [--year …]
 * Writes the report JSON (validated against the report model) atomically; prints how the source's headings were
 * placed on the mandated sections, and any warnings, to stderr (in a batch: one progress line per file).
 * Exit codes: 0 written, 1 an input is not a report or an output cannot be written, 2 wrong arguments.
 */
import './zod-jitless.ts';
import path from 'node:path';
import type { ImportOptions } from '../services/import-file.ts';
import { runCli } from './cli-run.ts';
import { argError, checkFileCount, needsValue, readArgs } from './cli-args.ts';
import { renamed, runBatch } from './batch.ts';
import { refuseOverwrite } from './cli-files.ts';
import { isReportYear } from '../core/limits.ts';
import { checkUnitName } from '../core/unit-name.ts';

const USAGE =
  '用法 / usage: npm run import -- <file.txt|file.docx|file.doc|file.wps> <out.json> [--unit 单位] [--county 县] [--year 年度]\n' +
  '       npm run import -- <file.txt|file.docx|file.doc|file.wps|文件夹 folder>... --out-dir <输出文件夹 folder> [--county 县] [--year 年度]';

function parseArgs(argv: string[]): { files: string[]; outDir?: string; options: ImportOptions } {
  let outDir: string | undefined;
  const options: ImportOptions = {};
  const files = readArgs(argv, {
    usage: USAGE,
    inline: true,
    values: {
      '--unit': {
        missing: needsValue('--unit'),
        set: (v) => {
          const unit = checkUnitName(v);
          if (!unit.ok) throw argError(`${unit.message} / --unit must name a 乡, 镇 or 街道`, USAGE);
          options.unitName = unit.value;
        },
      },
      '--county': { missing: needsValue('--county'), set: (v) => (options.county = v) },
      '--out-dir': { missing: needsValue('--out-dir'), set: (v) => (outDir = v) },
      '--year': {
        missing: needsValue('--year'),
        set: (v) => {
          if (!isReportYear(Number(v))) throw argError(`年度无效 / invalid --year: ${v}`, USAGE);
          options.year = Number(v);
        },
      },
    },
  });
  checkFileCount(files, outDir, USAGE);
  return { files, outDir, options };
}

async function run(argv: string[]): Promise<string> {
  const { files, outDir, options } = parseArgs(argv);
  if (outDir !== undefined) {
    const { importOne } = await import('./import-work.ts');
    return runBatch({
      args: files,
      outDir,
      extensions: ['.txt', '.docx', '.doc', '.wps'],
      outName: (input) => renamed(input, '.json'),
      work: async (input, output) => {
        const lines = await importOne(input, output, options);
        return lines.at(-1);
      },
    });
  }
  const [input, output] = files;
  refuseOverwrite(output, [input]);
  const { importOne } = await import('./import-work.ts');
  const lines = await importOne(input, output, options);
  process.stderr.write(lines.join('\n') + '\n');
  return `已导入 / wrote ${path.resolve(output)}`;
}

runCli(() => run(process.argv.slice(2)), '导入失败 / import failed');
