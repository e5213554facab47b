/**
 * npm run check -- <report.json> [--previous <last-year.json>] [--today YYYY-MM-DD]
 * Prints the checklist and the lint findings of a report as JSON on stdout, and nothing else.
 * Errors (missing file, bad JSON, not a valid report, bad arguments) go to stderr with a non-zero exit:
 * 2 for bad arguments, 1 for a file that cannot be read or is not a report.
 */
import { readFileSync } from 'node:fs';
import { parseReport, type Report } from '../core/report-model.ts';
import { checkReport } from '../core/check.ts';
import { toSimplified } from '../services/simplified.ts';
import { CliError, runCli } from './cli-run.ts';

const USAGE = '用法：npm run check -- <report.json> [--previous <上年报告.json>] [--today YYYY-MM-DD]';

function parseArgs(argv: string[]): { file: string; previous?: string; today?: Date } {
  let file: string | undefined;
  let previous: string | undefined;
  let today: Date | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--previous' || a === '--today') {
      const v = argv[++i];
      if (!v) throw new CliError(`${a} 后面缺少参数。\n${USAGE}`, 2);
      if (a === '--previous') previous = v;
      else {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))
          throw new CliError(`--today 的日期格式应为 YYYY-MM-DD：${v}`, 2);
        const [y, m, d] = v.split('-').map(Number);
        today = new Date(y, m - 1, d);
      }
    } else if (a === '-h' || a === '--help') {
      throw new CliError(USAGE, 2);
    } else if (a.startsWith('--')) {
      throw new CliError(`未知参数：${a}\n${USAGE}`, 2);
    } else if (file === undefined) {
      file = a;
    } else {
      throw new CliError(`多余的参数：${a}\n${USAGE}`, 2);
    }
  }
  if (!file) throw new CliError(`缺少报告文件。\n${USAGE}`, 2);
  return { file, previous, today };
}

function loadReport(path: string): Report {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `找不到文件：${path}` : `无法读取文件 ${path}：${(e as Error).message}`, 1);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(`${path} 不是有效的 JSON：${(e as Error).message}`, 1);
  }
  const parsed = parseReport(data);
  if (!parsed.ok) throw new CliError(`${path} 不是有效的报告：${parsed.reason}`, 1);
  return parsed.report;
}

async function main(argv: string[]): Promise<string> {
  const args = parseArgs(argv);
  const report = loadReport(args.file);
  const previous = args.previous ? loadReport(args.previous) : undefined;
  const { checklist, completeness, findings } = checkReport(report, {
    previous,
    today: args.today ?? new Date(),
    toSimplified,
  });
  const out = { report: { id: report.id, title: report.title, year: report.year }, completeness, checklist, findings };
  return JSON.stringify(out, null, 2);
}

runCli(() => main(process.argv.slice(2)), '检查失败 / check failed');
