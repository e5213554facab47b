/**
 * The import of one old report file, loaded by import-cli only when there is a file to import (mammoth, the .docx
 * reader, is the heavy part of the command's start-up).
 */
import { parseReport } from '../core/report-model.ts';
import { documentBlocks } from '../core/document.ts';
import { countChars } from '../core/text.ts';
import { ImportError, importFile, type ImportOptions } from '../services/import-file.ts';
import { CliError } from './cli-run.ts';
import { writeOutput } from './cli-files.ts';

/** Import `input` and write the report JSON to `output`; returns how the headings were placed, for stderr. */
export async function importOne(input: string, output: string, options: ImportOptions): Promise<string[]> {
  let result;
  try {
    result = await importFile(input, options);
  } catch (err) {
    if (err instanceof ImportError) throw new CliError(`无法导入：${err.message}\nCannot import: ${err.english}`, 1);
    throw err;
  }
  const checked = parseReport(result.report);
  if (!checked.ok) throw new CliError(`导入结果不符合报告格式 / imported report is not valid: ${checked.reason}`, 1);
  const report = checked.report;

  const lines: string[] = [
    `${report.title.replace(/\n/g, '')}（${report.unitName || '单位未识别'}，${report.year}年度，顺序${report.order}）`,
  ];
  for (const m of result.mapping) lines.push(`${'  '.repeat(m.level - 1)}${m.sourceHeading} → ${m.targetLabel}`);
  for (const w of result.warnings) lines.push(`注意 / warning: ${w}`);
  for (const n of result.noise) lines.push(`已去掉网页信息行 / page line removed: ${n.text}`);
  if (result.yearChoices.length) {
    const named = result.yearChoices.map((c) => `${c.from} ${c.year}`).join('、');
    lines.push(
      `注意 / warning: 原文的年度不一致（${named}），已按 ${report.year} 年导入 / the source names different years`,
    );
  }
  const chars = documentBlocks(report).reduce((n, b) => {
    if (b.type === 'title') return n + b.lines.reduce((k, l) => k + countChars(l), 0);
    if (b.type === 'attachments') return n + b.items.reduce((k, l) => k + countChars(l), 0);
    if (b.type === 'signature') return n + b.units.reduce((k, l) => k + countChars(l), 0) + countChars(b.date);
    return n + countChars(b.text);
  }, 0);
  lines.push(
    `共 ${result.mapping.length} 个标题，${chars} 字 / ${result.mapping.length} headings, ${chars} characters`,
  );

  await writeOutput(output, JSON.stringify(report, null, 2) + '\n');
  return lines;
}
