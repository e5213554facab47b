/**
 * Import an old report from the command line:
 *   npm run import -- <file.txt|file.docx> <out.json> [--unit 汤郎乡] [--county 禄劝县] [--year 2024]
 * Writes the report JSON (validated against the report model) atomically; prints how the source's headings were
 * placed on the mandated sections, and any warnings, to stderr.
 * Exit codes: 0 written, 1 the input is not a report or the output cannot be written, 2 wrong arguments.
 */
import path from 'node:path';
import { parseReport } from '../core/report-model.ts';
import { documentBlocks } from '../core/document.ts';
import { countChars } from '../core/text.ts';
import { ImportError, importFile, type ImportOptions } from '../services/import-file.ts';
import { describeWriteError, writeFileDurable } from '../services/durable-write.ts';
import { CliError, runCli } from './cli-run.ts';
import { refuseOverwrite } from './cli-files.ts';
import { isReportYear } from '../core/limits.ts';
import { checkUnitName } from '../core/unit-name.ts';

const USAGE =
  '用法 / usage: npm run import -- <file.txt|file.docx> <out.json> [--unit 单位] [--county 县] [--year 年度]';

function parseArgs(argv: string[]): { input: string; output: string; options: ImportOptions } {
  const files: string[] = [];
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
    else if (a === '--year' || a.startsWith('--year=')) {
      const v = value('--year');
      const y = Number(v);
      if (!isReportYear(y)) throw new CliError(`年度无效 / invalid --year: ${v}\n${USAGE}`, 2);
      options.year = y;
    } else if (a.startsWith('-') && a !== '-') throw new CliError(`未知选项 / unknown option: ${a}\n${USAGE}`, 2);
    else files.push(a);
  }
  if (files.length !== 2)
    throw new CliError(`需要输入和输出两个文件 / expected an input and an output file\n${USAGE}`, 2);
  return { input: files[0], output: files[1], options };
}

async function run(argv: string[]): Promise<string> {
  const { input, output, options } = parseArgs(argv);
  refuseOverwrite(output, [input]);
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
  const chars = documentBlocks(report).reduce((n, b) => {
    if (b.type === 'title') return n + b.lines.reduce((k, l) => k + countChars(l), 0);
    if (b.type === 'attachments') return n + b.items.reduce((k, l) => k + countChars(l), 0);
    if (b.type === 'signature') return n + b.units.reduce((k, l) => k + countChars(l), 0) + countChars(b.date);
    return n + countChars(b.text);
  }, 0);
  lines.push(
    `共 ${result.mapping.length} 个标题，${chars} 字 / ${result.mapping.length} headings, ${chars} characters`,
  );
  process.stderr.write(lines.join('\n') + '\n');

  try {
    await writeFileDurable(output, JSON.stringify(report, null, 2) + '\n');
  } catch (err) {
    throw new CliError(`无法写入 / cannot write ${output}: ${describeWriteError(err)}`, 1);
  }
  return `已导入 / wrote ${path.resolve(output)}`;
}

runCli(() => run(process.argv.slice(2)), '导入失败 / import failed');
