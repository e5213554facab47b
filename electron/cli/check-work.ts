/** The check of one report file, loaded by check-cli only when there is a report to check. */
import { readFileSync } from 'node:fs';
import { parseReport, type Report } from '../core/report-model.ts';
import { checkReport } from '../core/check.ts';
import { toSimplified } from '../services/simplified.ts';
import { CliError } from './cli-run.ts';

export function loadReport(path: string): Report {
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

/** The checklist and the findings of the report in `file`, as the command prints them. */
export function checkFile(file: string, previous: Report | undefined, today: Date): string {
  const report = loadReport(file);
  const { checklist, completeness, findings } = checkReport(report, { previous, today, toSimplified });
  const out = { report: { id: report.id, title: report.title, year: report.year }, completeness, checklist, findings };
  return JSON.stringify(out, null, 2);
}
