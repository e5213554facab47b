/**
 * The Word export of one report file, loaded by docx-cli only when there is work to do (the docx library is the
 * heavy part of the command's start-up).
 */
import { promises as fs } from 'node:fs';
import { parseReport, type Report } from '../core/report-model.ts';
import { buildDocx, type ExportOptions } from '../services/docx-export.ts';
import { CliError } from './cli-run.ts';
import { writeOutput } from './cli-files.ts';
import { exportReview, needsReview, type ExportReview } from '../core/export-review.ts';

/** What the app's review before export would list: the file is still written. */
export function reviewLines(review: ExportReview): string[] {
  if (!needsReview(review)) return [];
  return [
    ...review.items.map((i) => `必备项未写全 / incomplete mandatory item: ${i.title}`),
    ...review.findings.map((f) => `问题 / finding (${f.severity}): ${f.section}：${f.message}`),
    ...review.bareHeadings.map((h) => `标题下没有正文 / heading with no body: ${h}`),
    ...(review.layout ? [`版式 / layout: ${review.layout}`] : []),
  ];
}

/** Read and validate one report file; a CliError (exit 1) names what is wrong. */
export async function readReportFile(input: string): Promise<Report> {
  let raw: string;
  try {
    raw = await fs.readFile(input, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`找不到报告文件 / report file not found: ${input}`, 1);
    if (code === 'EISDIR') throw new CliError(`报告路径是文件夹 / report path is a folder: ${input}`, 1);
    throw new CliError(`无法读取报告文件 / cannot read report file: ${input} (${code ?? String(err)})`, 1);
  }

  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CliError(
      `报告文件不是有效的 JSON / report file is not valid JSON: ${input} (${(err as Error).message})`,
      1,
    );
  }

  const parsed = parseReport(data);
  if (!parsed.ok) throw new CliError(`报告内容不符合格式 / report is not valid: ${parsed.reason}`, 1);
  return parsed.report;
}

/** Read, validate and export one report; returns the review lines and the file's size. */
export async function exportFile(
  input: string,
  output: string,
  options: ExportOptions,
): Promise<{ review: string[]; bytes: number }> {
  const report = await readReportFile(input);
  const bytes = await buildDocx(report, options);
  await writeOutput(output, bytes);
  return {
    review: reviewLines(exportReview(report, { boldHeadings: options.boldHeadings })),
    bytes: bytes.byteLength,
  };
}
