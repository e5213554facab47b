/** The county command's work, loaded by county-cli once the arguments are right (the readers are the heavy part). */
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildMatrix, yearsLabel, type CountyEntryInput } from '../core/county/matrix.ts';
import { localIsoDate } from '../core/dates.ts';
import { describeWriteError, writeFileDurable } from '../services/durable-write.ts';
import { toSimplified } from '../services/simplified.ts';
import { readSource } from '../services/county/read-source.ts';
import { countySourceFiles } from '../services/county/source-files.ts';
import { buildWorkbook } from '../services/county/workbook.ts';
import { buildReviewSheet, buildSummaryDocx, reviewSheetName } from '../services/county/county-docx.ts';
import { sameFile } from './cli-files.ts';
import { CliError } from './cli-run.ts';
import type { CountyArgs } from './county-cli.ts';

function reason(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\n/g, ' ');
}

async function write(file: string, bytes: Uint8Array, inputs: string[]): Promise<void> {
  if (inputs.some((i) => sameFile(i, file)))
    throw new CliError(`输出会覆盖输入 / the output would overwrite an input: ${file}`, 1);
  try {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFileDurable(file, bytes);
  } catch (err) {
    throw new CliError(`无法写入 / cannot write ${file}: ${describeWriteError(err)}`, 1);
  }
}

/** Read every input, build the matrix and write the outputs; returns the summary line for stdout. */
export async function runCounty(args: CountyArgs): Promise<string> {
  const files = countySourceFiles(args.inputs);
  const entries: CountyEntryInput[] = [];
  let failed = 0;
  for (const [i, file] of files.entries()) {
    const step = `[${i + 1}/${files.length}] ${file}`;
    try {
      const sources = await readSource(file);
      const receivedAt = localIsoDate((await fs.stat(file)).mtime);
      sources.forEach((s, k) =>
        entries.push({ id: `${i + 1}-${k + 1}`, fileName: path.basename(file), receivedAt, report: s.report }),
      );
      const names = sources.map((s) => `${s.report.unitName || '单位未识别'} ${s.report.year}`).join('、');
      process.stderr.write(`${step} → ${names}\n`);
    } catch (err) {
      failed += 1;
      process.stderr.write(`${step}  失败 / failed: ${reason(err)}\n`);
    }
  }
  if (!entries.length)
    throw new CliError(`没有读到任何报告 / no report could be read from: ${args.inputs.join(' ')}`, 1);
  let countyItems: string[] | undefined;
  if (args.items) {
    try {
      countyItems = readFileSync(args.items, 'utf8').split('\n');
    } catch (err) {
      throw new CliError(`无法读取县工作要点 / cannot read --items ${args.items}: ${reason(err)}`, 1);
    }
  }
  const m = buildMatrix(entries, { year: args.year, countyItems, toSimplified, today: new Date() });
  await write(args.xlsx, await buildWorkbook(m), files);
  const written = [args.xlsx];
  if (args.docx) {
    await write(args.docx, await buildSummaryDocx(m), files);
    written.push(args.docx);
  }
  if (args.sheets) {
    for (const r of m.rows)
      await write(path.join(args.sheets, reviewSheetName(r)), await buildReviewSheet(m, r), files);
    written.push(`${m.rows.length} 份审核意见单 / review sheets in ${args.sheets}`);
  }
  return (
    `${yearsLabel(m)}年度 ${m.rows.length} 份报告，${failed} 个文件无法读取 / ${m.rows.length} reports of ${yearsLabel(m)}, ` +
    `${failed} unreadable → ${written.join(', ')}`
  );
}
