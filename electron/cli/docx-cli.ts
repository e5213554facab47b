/**
 * Word export from the command line, for batch use and tests:
 *   npm run docx -- <report.json> <out.docx> [--preset windows|gb2312] [--bold]
 * Exit codes: 0 written, 1 the report or the output file is at fault, 2 wrong arguments.
 * Errors go to stderr in Chinese and English; the output file is written atomically or not at all.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseReport } from '../core/report-model.ts';
import { buildDocx, type ExportOptions } from '../services/docx-export.ts';
import { describeWriteError, writeFileDurable } from '../services/durable-write.ts';
import { CliError, runCli } from './cli-run.ts';
import { refuseOverwrite } from './cli-files.ts';
import { exportReview, needsReview, type ExportReview } from '../core/export-review.ts';

const USAGE = '用法 / usage: npm run docx -- <report.json> <out.docx> [--preset windows|gb2312] [--bold]';

interface Args {
  input: string;
  output: string;
  options: ExportOptions;
}

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  const options: ExportOptions = { fontPreset: 'windows', boldHeadings: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--bold') options.boldHeadings = true;
    else if (a === '--preset' || a.startsWith('--preset=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'windows' && v !== 'gb2312') {
        throw new CliError(
          `字体方案只能是 windows 或 gb2312 / --preset must be windows or gb2312 (got ${v ?? 'nothing'})\n${USAGE}`,
          2,
        );
      }
      options.fontPreset = v;
    } else if (a === '-h' || a === '--help') throw new CliError(USAGE, 2);
    else if (a.startsWith('-') && a !== '-') throw new CliError(`未知选项 / unknown option: ${a}\n${USAGE}`, 2);
    else files.push(a);
  }
  if (files.length !== 2)
    throw new CliError(`需要输入和输出两个文件 / expected an input and an output file\n${USAGE}`, 2);
  return { input: files[0], output: files[1], options };
}

/** What the app's review before export would list, as warnings on stderr: the file is still written. */
function warnReview(review: ExportReview): void {
  if (!needsReview(review)) return;
  const lines = [
    ...review.items.map((i) => `必备项未写全 / incomplete mandatory item: ${i.title}`),
    ...review.findings.map((f) => `问题 / finding (${f.severity}): ${f.section}：${f.message}`),
    ...review.bareHeadings.map((h) => `标题下没有正文 / heading with no body: ${h}`),
    ...(review.layout ? [`版式 / layout: ${review.layout}`] : []),
  ];
  process.stderr.write(`导出前请核对 / review before sending:\n${lines.map((l) => `  - ${l}`).join('\n')}\n`);
}

async function run(argv: string[]): Promise<string> {
  const { input, output, options } = parseArgs(argv);
  refuseOverwrite(output, [input]);

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

  const bytes = await buildDocx(parsed.report, options);
  try {
    await writeFileDurable(output, bytes);
  } catch (err) {
    throw new CliError(`无法写入 / cannot write ${output}: ${describeWriteError(err)}`, 1);
  }
  warnReview(exportReview(parsed.report, { boldHeadings: options.boldHeadings }));
  const kb = Math.max(1, Math.round(bytes.byteLength / 1024));
  return `已导出 / wrote ${path.resolve(output)} (${kb} KB, ${options.fontPreset}${options.boldHeadings ? ', bold headings' : ''})`;
}

runCli(() => run(process.argv.slice(2)), '导出失败 / export failed');
