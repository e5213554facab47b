/**
 * npm run check -- <report.json> [--previous <last-year.json>] [--today YYYY-MM-DD]
 *   Prints the checklist and the lint findings of a report as JSON on stdout, and nothing else.
 * npm run check -- <report.json|folder>... --out-dir <folder> [--previous …] [--today …]
 *   Writes one <name>.check.json per report into the folder; progress on stderr.
 * Errors (missing file, bad JSON, not a valid report, bad arguments) go to stderr with a non-zero exit:
 * 2 for bad arguments, 1 for a file that cannot be read or is not a report (in a batch: any of them).
 */
import './zod-jitless.ts';
import { CliError, runCli } from './cli-run.ts';
import { writeOutput } from './cli-files.ts';
import { renamed, runBatch } from './batch.ts';
import { argError, readArgs } from './cli-args.ts';

const USAGE =
  '用法：npm run check -- <report.json> [--previous <上年报告.json>] [--today YYYY-MM-DD]\n' +
  '      npm run check -- <report.json|文件夹>... --out-dir <输出文件夹> [--previous …] [--today …]';

interface Args {
  files: string[];
  outDir?: string;
  previous?: string;
  today?: Date;
}

function parseDay(v: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))
    throw new CliError(`--today 的日期格式应为 YYYY-MM-DD：${v}`, 2);
  const [y, m, d] = v.split('-').map(Number);
  return new Date(y, m - 1, d);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [] };
  const value = (flag: string, set: (v: string) => void) => ({ missing: `${flag} 后面缺少参数。`, set });
  args.files = readArgs(argv, {
    usage: USAGE,
    values: {
      '--previous': value('--previous', (v) => (args.previous = v)),
      '--today': value('--today', (v) => (args.today = parseDay(v))),
      '--out-dir': value('--out-dir', (v) => (args.outDir = v)),
    },
    // One report, unless --out-dir (anywhere) makes this a batch; its own words for what it refuses.
    other: (a, files) => {
      if (a.startsWith('--')) throw argError(`未知参数：${a}`, USAGE);
      if (files.length && args.outDir === undefined && !argv.includes('--out-dir'))
        throw argError(`多余的参数：${a}`, USAGE);
      files.push(a);
    },
  });
  if (!args.files.length) throw argError('缺少报告文件。', USAGE);
  return args;
}

async function main(argv: string[]): Promise<string> {
  const args = parseArgs(argv);
  const { checkFile, loadReport } = await import('./check-work.ts');
  const previous = args.previous ? loadReport(args.previous) : undefined;
  const today = args.today ?? new Date();
  if (args.outDir === undefined) return checkFile(args.files[0], previous, today);
  return runBatch({
    args: args.files,
    outDir: args.outDir,
    extensions: ['.json'],
    skip: (name) => name.endsWith('.check.json'),
    outName: (input) => renamed(input, '.check.json'),
    work: (input, output) => writeOutput(output, checkFile(input, previous, today) + '\n'),
  });
}

runCli(() => main(process.argv.slice(2)), '检查失败 / check failed');
