/**
 * The whole review in one call: checklist, completeness score and lint findings, reading the report
 * (and last year's) once. This is what the editor runs on each change and what `npm run check` prints.
 */
import type { Report } from './report-model.ts';
import { buildView, cachedView } from './text/report-view.ts';
import { checklistView, completeness, type ChecklistItemResult } from './checklist/index.ts';
import { lintView, type Finding } from './lint/index.ts';
import { simplifiedForCheck, type ToSimplified } from './text/traditional.ts';

export interface CheckOptions {
  /** last year's report: 去年承诺 items and 照搬上年 */
  previous?: Report;
  /** today's date, for a 成文日期 in the future */
  today?: Date;
  /** traditional → simplified: a report kept in traditional characters is checked in simplified */
  toSimplified?: ToSimplified;
}

export interface CheckResult {
  checklist: ChecklistItemResult[];
  /** 0–100, see completeness() */
  completeness: number;
  findings: Finding[];
}

export function checkReport(report: Report, opts: CheckOptions = {}): CheckResult {
  const read = (r: Report) => (opts.toSimplified ? simplifiedForCheck(r, opts.toSimplified) : r);
  const view = buildView(read(report));
  const previous = opts.previous ? cachedView(read(opts.previous)) : undefined;
  const checklist = checklistView(view, previous);
  return {
    checklist,
    completeness: completeness(checklist),
    findings: lintView(view, { previous, today: opts.today }),
  };
}
