/**
 * The county's 汇总 from the command line:
 *   npm run county -- <folder|file>... <out.xlsx> [--docx 汇总.docx] [--sheets <folder>] [--items 工作要点.txt]
 *                     [--year 2025|all]   (default: the newest year among the inputs; all: every report)
 * Reads every township report (.docx, .doc/.wps with LibreOffice, .txt, report .json, backup .json), checks each
 * (with last year's report of the same township when it is among the inputs) and writes the workbook, the Word
 * 汇总表 and one 审核意见单 per township. A file that cannot be read is reported on stderr and skipped.
 * Exit codes: 0 written (even when some inputs were skipped), 1 nothing could be read or an output cannot be
 * written, 2 wrong arguments.
 */
import './zod-jitless.ts';
import { runCli } from './cli-run.ts';
import { argError, needsValue, readArgs } from './cli-args.ts';
import { isReportYear } from '../core/limits.ts';

const USAGE =
  '用法 / usage: npm run county -- <文件夹 folder|文件 file>... <out.xlsx> [--docx 汇总.docx] [--sheets <文件夹 folder>]\n' +
  '              [--items 县工作要点.txt] [--year 年度|all]';

export interface CountyArgs {
  inputs: string[];
  xlsx: string;
  docx?: string;
  sheets?: string;
  items?: string;
  year?: number | 'all';
}

function parseArgs(argv: string[]): CountyArgs {
  const out: Partial<CountyArgs> = {};
  const outputs = (flag: '--docx' | '--sheets' | '--items') => ({
    missing: needsValue(flag),
    set: (v: string) => (out[flag.slice(2) as 'docx' | 'sheets' | 'items'] = v),
  });
  const rest = readArgs(argv, {
    usage: USAGE,
    values: {
      '--docx': outputs('--docx'),
      '--sheets': outputs('--sheets'),
      '--items': outputs('--items'),
      '--year': {
        missing: needsValue('--year'),
        set: (v) => {
          if (v !== 'all' && !isReportYear(Number(v))) throw argError(`年度无效 / invalid --year: ${v}`, USAGE);
          out.year = v === 'all' ? 'all' : Number(v);
        },
      },
    },
  });
  const xlsx = rest.pop();
  if (!rest.length || !xlsx) throw argError('需要输入和输出 / expected inputs and an output .xlsx', USAGE);
  if (!xlsx.toLowerCase().endsWith('.xlsx')) throw argError('输出文件应为 .xlsx / the output must end in .xlsx', USAGE);
  if (out.docx && !out.docx.toLowerCase().endsWith('.docx'))
    throw argError('--docx 应为 .docx 文件 / --docx must end in .docx', USAGE);
  return { ...out, inputs: rest, xlsx };
}

async function run(argv: string[]): Promise<string> {
  const args = parseArgs(argv);
  const { runCounty } = await import('./county-work.ts');
  return runCounty(args);
}

runCli(() => run(process.argv.slice(2)), '汇总失败 / county summary failed');
