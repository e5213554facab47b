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
import { CliError, runCli } from './cli-run.ts';
import { renamed, runBatch } from './batch.ts';
import { refuseOverwrite } from './cli-files.ts';
import { isReportYear } from '../core/limits.ts';
import { checkUnitName } from '../core/unit-name.ts';

const USAGE =
  '用法 / usage: npm run import -- <file.txt|file.docx|file.doc|file.wps> <out.json> [--unit 单位] [--county 县] [--year 年度]\n' +
  '       npm run import -- <file.txt|file.docx|file.doc|file.wps|文件夹 folder>... --out-dir <输出文件夹 folder> [--county 县] [--year 年度]';

function parseArgs(argv: string[]): { files: string[]; outDir?: string; options: ImportOptions } {
  const files: string[] = [];
  let outDir: string | undefined;
  const options: ImportOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string) => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) throw new CliError(`${name} 需要一个值 / ${name} needs a value\n${USAGE}`, 2);
      return v;
    };
    if (a === '-h' || a === '--help') throw new CliError(USAGE, 2);
    else if (a === '--unit' || a.startsWith('--unit=')) {
      const unit = checkUnitName(value('--unit'));
      if (!unit.ok) throw new CliError(`${unit.message} / --unit must name a 乡, 镇 or 街道\n${USAGE}`, 2);
      options.unitName = unit.value;
    } else if (a === '--county' || a.startsWith('--county=')) options.county = value('--county');
    else if (a === '--out-dir' || a.startsWith('--out-dir=')) outDir = value('--out-dir');
    else if (a === '--year' || a.startsWith('--year=')) {
      const v = value('--year');
      const y = Number(v);
      if (!isReportYear(y)) throw new CliError(`年度无效 / invalid --year: ${v}\n${USAGE}`, 2);
      options.year = y;
    } else if (a.startsWith('-') && a !== '-') throw new CliError(`未知选项 / unknown option: ${a}\n${USAGE}`, 2);
    else files.push(a);
  }
  if (outDir !== undefined && !files.length) throw new CliError(`缺少输入文件 / no input files given\n${USAGE}`, 2);
  if (outDir === undefined && files.length !== 2)
    throw new CliError(`需要输入和输出两个文件 / expected an input and an output file\n${USAGE}`, 2);
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
