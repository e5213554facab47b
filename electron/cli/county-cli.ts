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
import { CliError, runCli } from './cli-run.ts';
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
  const rest: string[] = [];
  const out: Partial<CountyArgs> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') throw new CliError(USAGE, 2);
    if (a === '--docx' || a === '--sheets' || a === '--items' || a === '--year') {
      const v = argv[++i];
      if (!v) throw new CliError(`${a} 需要一个值 / ${a} needs a value\n${USAGE}`, 2);
      if (a === '--year') {
        if (v !== 'all' && !isReportYear(Number(v))) throw new CliError(`年度无效 / invalid --year: ${v}\n${USAGE}`, 2);
        out.year = v === 'all' ? 'all' : Number(v);
      } else out[a.slice(2) as 'docx' | 'sheets' | 'items'] = v;
    } else if (a.startsWith('-') && a !== '-') throw new CliError(`未知选项 / unknown option: ${a}\n${USAGE}`, 2);
    else rest.push(a);
  }
  const xlsx = rest.pop();
  if (!rest.length || !xlsx) throw new CliError(`需要输入和输出 / expected inputs and an output .xlsx\n${USAGE}`, 2);
  if (!xlsx.toLowerCase().endsWith('.xlsx'))
    throw new CliError(`输出文件应为 .xlsx / the output must end in .xlsx\n${USAGE}`, 2);
  if (out.docx && !out.docx.toLowerCase().endsWith('.docx'))
    throw new CliError(`--docx 应为 .docx 文件 / --docx must end in .docx\n${USAGE}`, 2);
  return { ...out, inputs: rest, xlsx };
}

async function run(argv: string[]): Promise<string> {
  const args = parseArgs(argv);
  const { runCounty } = await import('./county-work.ts');
  return runCounty(args);
}

runCli(() => run(process.argv.slice(2)), '汇总失败 / county summary failed');
