/**
 * The county's 汇总 workspace over IPC. Files are picked in a dialog and added one call each, so the page can show
 * a progress bar and a line for every file that could not be read while the batch goes on; the page never names
 * a path of its own, only the index of a file the dialog gave.
 */
import { z } from 'zod';
import { newId } from '../core/ids.ts';
import { isReportYear } from '../core/limits.ts';
import type { CountyEntryView, CountyState, CountyTownship, ExportResult } from '../contract.ts';
import { summarizeMatrix } from '../core/county/matrix.ts';
import type { Services } from '../services/create-services.ts';
import { describeWriteError, writeFileDurable } from '../services/durable-write.ts';
import { CountyError, type CountyEntry } from '../services/county/workspace.ts';
import { SourceError } from '../services/county/read-source.ts';
import { buildWorkbook } from '../services/county/workbook.ts';
import { buildReviewSheet, buildSummaryDocx, reviewSheetName } from '../services/county/county-docx.ts';
import { countySourceFiles } from '../services/county/source-files.ts';
import { Id, IpcFailure, Token, type Routes } from './route.ts';
import path from 'node:path';
import { promises as fs } from 'node:fs';

type CountyChannel =
  | 'county:state'
  | 'county:pick'
  | 'county:add'
  | 'county:received'
  | 'county:remove'
  | 'county:items'
  | 'county:township'
  | 'county:export';

const Year = z.number().int().refine(isReportYear, '年度无效');

const view = (e: CountyEntry): CountyEntryView => ({
  id: e.id,
  fileName: e.fileName,
  unitName: e.unitName,
  year: e.year,
  receivedAt: e.receivedAt,
  format: e.format,
  mapping: e.mapping,
});

/** A failure of the workspace or of one file, as the page shows it. */
async function userFacing<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof SourceError) throw new IpcFailure('INVALID_PAYLOAD', e.message);
    if (e instanceof CountyError) throw new IpcFailure('INVALID_PAYLOAD', e.message);
    throw e;
  }
}

export function countyRoutes({ county, desktop }: Services): Routes<CountyChannel> {
  // The files of the latest pick: the page adds them by index.
  const picks = new Map<string, string[]>();
  const state = (year?: number): CountyState => ({
    entries: county.entries().map(view),
    countyItems: county.countyItems(),
    // The page gets states and totals only; one township's evidence and findings come when it is opened.
    matrix: summarizeMatrix(county.matrix(year)),
  });
  return {
    'county:state': { args: z.strictObject({ year: Year.nullable() }), handle: ({ year }) => state(year ?? undefined) },
    'county:pick': {
      args: z.strictObject({ folder: z.boolean() }),
      handle: async ({ folder }) => {
        const chosen = desktop.chooseCountySources ? await desktop.chooseCountySources(folder) : null;
        if (!chosen || !chosen.length) throw new IpcFailure('CANCELLED', '已取消添加。');
        const files = countySourceFiles(chosen);
        if (!files.length)
          throw new IpcFailure(
            'INVALID_PAYLOAD',
            '所选文件夹中没有可读取的报告文件（.docx、.doc、.wps、.txt、.json）。',
          );
        const token = newId();
        picks.clear();
        picks.set(token, files);
        return { token, files: files.map((f) => path.basename(f)) };
      },
    },
    'county:add': {
      args: z.strictObject({ token: Token, index: z.number().int().min(0).max(10_000) }),
      handle: ({ token, index }) =>
        userFacing(async () => {
          const files = picks.get(token);
          const file = files?.[index];
          if (!files || !file) throw new IpcFailure('NOT_FOUND', '请重新选择要添加的文件。');
          // Each report is written as it is added; the list once, after the pick's last file (read or not).
          try {
            return { added: (await county.addFile(file, { batch: true })).map(view) };
          } finally {
            if (index === files.length - 1) await county.endBatch();
          }
        }),
    },
    'county:received': {
      args: z.strictObject({ id: Id, date: z.string().max(20) }),
      handle: ({ id, date }) => userFacing(async () => (await county.setReceived(id, date), { ok: true as const })),
    },
    'county:remove': {
      args: z.strictObject({ id: Id }),
      handle: ({ id }) => userFacing(async () => (await county.remove(id), { ok: true as const })),
    },
    'county:items': {
      args: z.strictObject({ lines: z.array(z.string().max(2000)).max(1000) }),
      handle: ({ lines }) => userFacing(async () => (await county.setCountyItems(lines), { ok: true as const })),
    },
    'county:township': {
      args: z.strictObject({ id: Id, year: Year.nullable() }),
      handle: ({ id, year }) => userFacing(async () => township(county, id, year ?? undefined)),
    },
    'county:export': {
      args: z.strictObject({ kind: z.enum(['xlsx', 'docx', 'sheets']), year: Year.optional() }),
      handle: ({ kind, year }) => exportCounty({ county, desktop }, kind, year),
    },
  };
}

/** One township's report and full row, from the matrix the page shows (or the report's own year's). */
function township(county: Services['county'], id: string, year: number | undefined): CountyTownship {
  const report = county.report(id);
  for (const m of [county.matrix(year), county.matrix(report.year)]) {
    const row = m.rows.find((r) => r.entryId === id);
    if (row) return { report, row, columns: m.columns };
  }
  throw new CountyError('汇总中没有这份报告，可能已被移除。');
}

async function write(target: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileDurable(target, bytes);
  } catch (e) {
    throw new IpcFailure('WRITE_FAILED', `无法写入 ${target}：${describeWriteError(e)}。`);
  }
}

/** Ask where, then write the workbook, the 汇总表, or every 审核意见单 into a folder. */
async function exportCounty(
  { county, desktop }: Pick<Services, 'county' | 'desktop'>,
  kind: 'xlsx' | 'docx' | 'sheets',
  year: number | undefined,
): Promise<ExportResult> {
  const m = county.matrix(year);
  if (!m.rows.length) throw new IpcFailure('INVALID_PAYLOAD', '汇总中还没有该年度的报告，无法导出。');
  const name = { xlsx: `${m.year}年度报告汇总.xlsx`, docx: `${m.year}年度报告汇总表.docx`, sheets: '审核意见单' }[kind];
  const target = desktop.chooseCountyOutput ? await desktop.chooseCountyOutput(kind, name) : null;
  if (!target) throw new IpcFailure('CANCELLED', '已取消导出。');
  if (kind === 'sheets') {
    await fs.mkdir(target, { recursive: true }).catch(() => undefined);
    let bytes = 0;
    for (const r of m.rows) {
      const data = await buildReviewSheet(m, r);
      await write(path.join(target, reviewSheetName(r)), data);
      bytes += data.byteLength;
    }
    return { path: target, bytes };
  }
  const data = kind === 'xlsx' ? await buildWorkbook(m) : await buildSummaryDocx(m);
  await write(target, data);
  return { path: target, bytes: data.byteLength };
}
