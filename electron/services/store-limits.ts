/**
 * The limits the reader enforces, applied at the mutation that would break them: clamped where there is an
 * obvious smaller value (a copy's title), refused with a Chinese reason where there is not (one report too many,
 * a year past the last one the app handles). Without this a save returns OK and the next start refuses the file.
 */
import { ReportSchema, describeZodError, type Report } from '../core/report-model.ts';
import { YEAR_MAX } from '../core/limits.ts';
import { newId } from '../core/ids.ts';
import { MAX_REPORTS } from './store-layout.ts';
import { LimitError } from './store-errors.ts';

const TITLE_MAX = 500;
const COPY_MARK = '（副本）';

/** The title of a copy: …（副本）, the original shortened when it would pass the title limit. */
export function clampCopyTitle(title: string): string {
  const chars = [...title];
  const room = TITLE_MAX - COPY_MARK.length;
  return (chars.length > room ? chars.slice(0, room).join('') : title) + COPY_MARK;
}

/** Refuse a store of more than MAX_REPORTS reports. */
export function checkCount(n: number): void {
  if (n > MAX_REPORTS) {
    throw new LimitError(
      `报告数量将达到 ${n} 份，超过上限 ${MAX_REPORTS} 份，本次操作没有执行。请先删除不再需要的报告。`,
    );
  }
}

/** Refuse a report the reader would refuse, naming why (a carried-forward year past YEAR_MAX, …). */
export function checkReport(report: Report): void {
  if (report.year > YEAR_MAX) {
    throw new LimitError(`${report.year} 年超出本程序支持的年度范围（最晚 ${YEAR_MAX} 年），没有新建该报告。`);
  }
  const r = ReportSchema.safeParse(report);
  if (!r.success) throw new LimitError(`报告内容超出限制（${describeZodError(r.error)}），本次操作没有执行。`);
}

/** Reports with unique ids: a later report with an id already seen gets a new id (kept, never dropped). */
export function dedupeIds(reports: Report[]): Report[] {
  const seen = new Set<string>();
  return reports.map((r) => {
    const out = seen.has(r.id) ? { ...structuredClone(r), id: newId() } : structuredClone(r);
    seen.add(out.id);
    return out;
  });
}
