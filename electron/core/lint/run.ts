/** Running the lint rules over a report: one context, every rule in order, findings in document order. */
import type { Report } from '../report-model.ts';
import { buildView, cachedView, type ReportView } from '../text/report-view.ts';
import { groupFindings } from './group.ts';
import { runPerLine } from './line-memo.ts';
import { LINT_REGISTRY } from './registry.ts';
import type { Ctx, Finding, LintOptions, LintRuleModule } from './types.ts';

/**
 * Run the given rules over a view: each rule in list order, then duplicate ids dropped (the first stays),
 * findings sorted into document order (stable: ties keep rule order) and grouping rules' findings grouped.
 */
export function runRules(
  view: ReportView,
  rules: readonly LintRuleModule[],
  opts: { previous?: ReportView; today?: Date } = {},
): Finding[] {
  const report = view.report;
  const ctx: Ctx = {
    view,
    report,
    year: report.year,
    previous: opts.previous,
    today: opts.today,
    out: [],
    order: new Map(),
  };
  for (const rule of rules) {
    if (rule.perLine) runPerLine(ctx, rule);
    else rule.run(ctx);
  }
  const seen = new Set<string>();
  const sorted = ctx.out
    .filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)))
    .sort((a, b) => ctx.order.get(a)! - ctx.order.get(b)!);
  return groupFindings(sorted, rules);
}

/** lintReport on views already built (checkReport shares one view between the checklist and the lint). */
export function lintView(view: ReportView, opts: { previous?: ReportView; today?: Date } = {}): Finding[] {
  return runRules(view, LINT_REGISTRY, opts);
}

/**
 * Lint a report. Findings come in document order (title, 导语, sections, 落款), each with a stable id.
 * With opts.previous, paragraphs identical or nearly identical to last year's are flagged (照搬上年);
 * opts.today enables the check for a 成文日期 in the future.
 */
export function lintReport(report: Report, opts: LintOptions = {}): Finding[] {
  return lintView(buildView(report), {
    previous: opts.previous ? cachedView(opts.previous) : undefined,
    today: opts.today,
  });
}
