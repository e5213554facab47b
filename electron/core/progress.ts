/**
 * Where a report stands on its way out (DOMAIN.md §1): its stage (初稿 … 公开稿, from assets/versions.json) and
 * what has been done: filed with the county (date, 文号), 保密审查 (who, date), made public (date, address).
 * Stored with the report, and copied into the library's index line so the library can sort by what is due.
 */
import { z } from 'zod';
import { isCalendarDate } from './dates.ts';
import { YEAR_MAX, YEAR_MIN } from './limits.ts';

const day = z.string().refine((d) => d === '' || isCalendarDate(d, YEAR_MIN, YEAR_MAX + 1), {
  message: '日期不是有效的日期（应为 年-月-日，如 2025-02-20）',
});

export const ProgressSchema = z.object({
  /** a stage id of assets/versions.json, '' when none was chosen */
  stage: z.string().max(40),
  /** 报送: the day it was filed with the county ('' = not yet) and its 文号 if any */
  filed: z.object({ date: day, docNo: z.string().max(100) }),
  /** 保密审查: who reviewed it and when ('' = not yet) */
  reviewed: z.object({ by: z.string().max(100), date: day }),
  /** 公开: the day it was published and where (a web address or the paper's name) */
  published: z.object({ date: day, address: z.string().max(500) }),
});
export type Progress = z.infer<typeof ProgressSchema>;

export const EMPTY_PROGRESS: Progress = {
  stage: '',
  filed: { date: '', docNo: '' },
  reviewed: { by: '', date: '' },
  published: { date: '', address: '' },
};

/** A report's progress, or the empty one for a report that has none yet (older files, new reports). */
export function progressOf(r: { progress?: Progress }): Progress {
  return r.progress ?? EMPTY_PROGRESS;
}
