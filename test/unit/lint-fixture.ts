/** Helpers shared by the lint tests: lint a report with a fixed "today", and pick out one rule's findings. */
import { lintReport, type Finding, type LintRule } from '../../electron/core/lint/index.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { soundReport, type Fill } from './check-fixture.ts';

export function lint(report: Report, opts: Parameters<typeof lintReport>[1] = {}): Finding[] {
  return lintReport(report, { today: new Date(2025, 5, 1), ...opts });
}
/** One rule's findings place by place: a grouped finding (全文 N 处…) counts as its places. */
export function byRule(report: Report, rule: LintRule, opts: Parameters<typeof lintReport>[1] = {}): Finding[] {
  return lint(report, opts)
    .flatMap((f) => f.places ?? [f])
    .filter((f) => f.rule === rule);
}
/** A sound report with extra text in one section, and the findings of one rule. */
export function ruleOn(rule: LintRule, extra: Fill, opts: { year?: number } = {}): Finding[] {
  return byRule(soundReport(extra, opts), rule);
}
