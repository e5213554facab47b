/**
 * The yearly deadlines of the annual report (DOMAIN.md §1), from assets/deadlines.json, validated at load:
 * filed with the county by the filing date and made public by the publication date, both in the year after
 * the report year. The lint's 成文日期 rule reads them; so may anything else that speaks of the deadlines.
 */
import { z } from 'zod';
import deadlinesData from '../../assets/deadlines.json' with { type: 'json' };
import { loadAsset } from './asset.ts';
import { chineseDate, isoDate } from './dates.ts';

const monthDay = z
  .strictObject({
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    /** what the deadline is and where it comes from, for whoever edits the file */
    description: z.string().min(1),
  })
  .refine((d) => d.day <= new Date(Date.UTC(2001, d.month, 0)).getUTCDate(), 'no such day in that month');

const deadlinesSchema = z.strictObject({
  version: z.number().int(),
  filing: monthDay,
  publication: monthDay,
});

export type MonthDay = z.infer<typeof monthDay>;
export type Deadlines = z.infer<typeof deadlinesSchema>;

/** assets/deadlines.json; a malformed file fails at load with zod's account of where. */
export const deadlines: Deadlines = loadAsset('deadlines.json', deadlinesSchema, deadlinesData);

/** A deadline for a report year, as an ISO date (it falls in the following year): 2024 → "2025-03-01". */
export function deadlineIso(reportYear: number, d: MonthDay): string {
  return isoDate(reportYear + 1, d.month, d.day);
}

/** A deadline for a report year in Chinese: 2024 → "2025年3月1日". */
export function deadlineText(reportYear: number, d: MonthDay): string {
  return chineseDate(reportYear + 1, d.month, d.day);
}

/** The last month before a deadline, in which a report can still be written and filed (3月1日 → 2). */
export function lastMonthBefore(d: MonthDay): number {
  return d.day === 1 ? Math.max(1, d.month - 1) : d.month;
}
