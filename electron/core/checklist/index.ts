/**
 * The reviewer's checklist (DOMAIN.md §3): which required items the report covers, partly covers or misses,
 * with the paragraph that covers each one. Items and cues live in assets/checklist.json; the county's
 * 工作要点 (report.countyItems) and last year's promises (the previous report's plan) become extra items.
 *
 * How an item is judged:
 * - a cue is looked for in the body as printed (导语 and sections, statistics resolved), outside the plan
 *   and shortfalls sections, which describe future work and problems rather than what was done;
 * - an item with figures expected is 'covered' only when a sentence holding a cue also gives a figure
 *   (an Arabic number that is not a year, date or ordinal; a sentence about another period such as
 *   "2018年以来" does not count), or when one of the item's statistics is filled in; otherwise 'partial'
 *   (generic-item.ts);
 * - the four required (M) items have their own rules: chief, shortfalls, next-year, formalities
 *   (required-items.ts);
 * - the user's marks (report.marks) override: 已确认 → 'confirmed', 不适用 with a reason → 'na' (marks.ts).
 */
import type { Report } from '../report-model.ts';
import { buildView, cachedView, type ReportView } from '../text/report-view.ts';
import { countyResults, promiseResults, type ExtraItem } from './extra-items.ts';
import { evalGeneric } from './generic-item.ts';
import { Lookup } from './lookup.ts';
import { withMark } from './marks.ts';
import { REQUIRED_RULES } from './required-items.ts';
import { checklistSpec } from './spec.ts';
import type { ChecklistItemResult, ChecklistOptions } from './types.ts';

export type { ChecklistItemResult, ChecklistOptions, Evidence, ItemLevel, ItemSource, ItemState } from './types.ts';
export { checklistSpec, itemKeyPhrases, type ChecklistItemSpec, type ChecklistSpec } from './spec.ts';
export { countyItemLines, promiseTexts } from './extra-items.ts';
export { itemSectionsEmpty, markProblem, newMarkProblem, stateName, validateMark, type MarkTarget } from './marks.ts';
export { COMPLETENESS_WEIGHTS, completeness } from './completeness.ts';

/** The standard items of assets/checklist.json, each by its special rule or the generic one. */
function standardResults(report: Report, look: Lookup): ChecklistItemResult[] {
  return checklistSpec.items.map((spec) => {
    const c = spec.rule ? REQUIRED_RULES[spec.rule](spec, look) : evalGeneric(spec, look);
    const cues = spec.cues.map((cue) =>
      cue.replaceAll('{nextYear}', String(report.year + 1)).replaceAll('{year}', String(report.year)),
    );
    return withMark(report, {
      id: spec.id,
      title: spec.title,
      level: spec.level,
      source: 'standard',
      computedState: c.state,
      reason: c.reason,
      evidence: c.evidence,
      sectionKeys: spec.sectionKeys,
      figures: spec.figures,
      cues,
    });
  });
}

/** A county item or promise as a result: level R, belonging to 举措和成效. */
function extraResult(report: Report, source: 'county' | 'promise', c: ExtraItem): ChecklistItemResult {
  return withMark(report, {
    id: c.id,
    title: c.title,
    level: 'R',
    source,
    computedState: c.state,
    reason: c.reason,
    evidence: c.evidence,
    sectionKeys: ['measures'],
    figures: null,
    cues: c.cues,
  });
}

/**
 * Evaluate the checklist on a report: the standard items of assets/checklist.json, then one item per line of
 * report.countyItems (id `county-<hash of the line>`, stable when lines are reordered), then, with
 * opts.previous, one item per promise of last year's plan (id `promise-<n>`, in order).
 */
export function evaluateChecklist(report: Report, opts: ChecklistOptions = {}): ChecklistItemResult[] {
  return checklistView(buildView(report), opts.previous ? cachedView(opts.previous) : undefined);
}

/** evaluateChecklist on views already built (checkReport shares one view between the checklist and the lint). */
export function checklistView(view: ReportView, previous?: ReportView): ChecklistItemResult[] {
  const report = view.report;
  const look = new Lookup(view);
  const standard = standardResults(report, look);
  const county = countyResults(report, look).map((c) => extraResult(report, 'county', c));
  const promises = previous ? promiseResults(previous, look).map((c) => extraResult(report, 'promise', c)) : [];
  return [...standard, ...county, ...promises];
}
