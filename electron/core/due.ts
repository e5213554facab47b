/**
 * What is due for a report: its 报送 and 公开 deadlines for its year (assets/deadlines.json, or the county's own
 * dates from 设置), the days left by the main process's clock, and whether each is done. The library sorts and
 * marks reports by this, and the start-up notice lists what falls due soon (limits in assets/due.json).
 */
import { z } from 'zod';
import dueData from '../../assets/due.json' with { type: 'json' };
import { loadAsset } from './asset.ts';
import { formatChineseDate, isoDate } from './dates.ts';
import { deadlines } from './deadlines.ts';
import { progressOf, type Progress } from './progress.ts';

const dueSchema = z.strictObject({
  version: z.number().int(),
  noticeWithinDays: z.number().int().min(0).max(366),
  overdueShownDays: z.number().int().min(0).max(3660),
  description: z.string(),
});
export const dueLimits = loadAsset('due.json', dueSchema, dueData);

/** A month and day in the year after the report year. */
export interface MonthDayOnly {
  month: number;
  day: number;
}
/** The two deadlines a county uses. */
export interface DueDates {
  filing: MonthDayOnly;
  publication: MonthDayOnly;
}

/** The national dates of assets/deadlines.json, used unless 设置 gives the county's own. */
export const DEFAULT_DUE_DATES: DueDates = {
  filing: { month: deadlines.filing.month, day: deadlines.filing.day },
  publication: { month: deadlines.publication.month, day: deadlines.publication.day },
};

export type DueKind = 'filing' | 'publication';
export const DUE_LABEL: Record<DueKind, string> = { filing: '报送', publication: '公开' };

export interface DueItem {
  kind: DueKind;
  /** ISO date of the deadline */
  date: string;
  /** days from today to the deadline (negative when past) */
  daysLeft: number;
  done: boolean;
  /** still to be acted on: not done, and not so long past that the report is history */
  open: boolean;
}

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Whole days from `fromIso` to `toIso` (both ISO dates). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round(dayNumber(toIso) - dayNumber(fromIso));
}

/** A report's two deadlines, as of `today` (ISO date). */
export function dueItems(
  r: { year: number; progress?: Progress },
  today: string,
  dates: DueDates = DEFAULT_DUE_DATES,
): DueItem[] {
  const p = progressOf(r);
  const done: Record<DueKind, boolean> = { filing: p.filed.date !== '', publication: p.published.date !== '' };
  return (['filing', 'publication'] as const).map((kind) => {
    const date = isoDate(r.year + 1, dates[kind].month, dates[kind].day);
    const daysLeft = daysBetween(today, date);
    return {
      kind,
      date,
      daysLeft,
      done: done[kind],
      open: !done[kind] && daysLeft >= -dueLimits.overdueShownDays,
    };
  });
}

/** The first deadline still open, or null. */
export function nextDue(items: DueItem[]): DueItem | null {
  return items.find((i) => i.open) ?? null;
}

/** 还有 5 天 / 今天到期 / 已逾期 3 天. */
export function daysText(daysLeft: number): string {
  if (daysLeft > 0) return `还有 ${daysLeft} 天`;
  if (daysLeft === 0) return '今天到期';
  return `已逾期 ${-daysLeft} 天`;
}

/** 报送期限 2025年3月1日，还有 5 天. */
export function dueText(i: DueItem): string {
  return `${DUE_LABEL[i.kind]}期限 ${formatChineseDate(i.date)}，${i.done ? '已完成' : daysText(i.daysLeft)}`;
}

/** Reports with an open deadline first, nearest first; the others keep their order. */
export function sortByDue<T extends { year: number; progress?: Progress }>(
  reports: T[],
  today: string,
  dates?: DueDates,
): T[] {
  const key = (r: T) => nextDue(dueItems(r, today, dates))?.daysLeft ?? Infinity;
  return reports
    .map((r, i) => ({ r, i, k: key(r) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.r);
}

/** What the start-up notice says: each open deadline within `noticeWithinDays` (or past), one line a report. */
export function dueNotices(
  reports: Array<{ title: string; year: number; progress?: Progress }>,
  today: string,
  dates?: DueDates,
): string[] {
  const out: string[] = [];
  for (const r of sortByDue(reports, today, dates)) {
    const soon = dueItems(r, today, dates).filter((i) => i.open && i.daysLeft <= dueLimits.noticeWithinDays);
    if (soon.length) out.push(`《${r.title}》${soon.map(dueText).join('；')}。`);
  }
  return out;
}
