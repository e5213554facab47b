/** The shapes every lint rule shares: findings, fixes, the context a rule runs in, and a rule module. */
import type { Report } from '../report-model.ts';
import type { ReportView, TextField } from '../text/report-view.ts';
import type { LintRule } from './registry.ts';

export type { LintRule };
export type Severity = 'error' | 'warning' | 'info';
export type Grade = '必改' | '疑似';

/** A mechanical change: replace `from` at `offset` of the stored field with `to`. */
export interface Edit {
  field: TextField;
  sectionId?: string;
  paragraphId?: string;
  /** index in report.attachments / report.signature.units */
  index?: number;
  from: string;
  to: string;
  /** offset of `from` in the stored field text */
  offset: number;
}

/**
 * A finding's fix: one edit, or for a grouped finding (全文 N 处…) the edits of every place, applied together as
 * one change. `edits` then lists them all, the fix's own edit (the first place) included.
 */
export interface Fix extends Edit {
  edits?: Edit[];
}

export interface Finding {
  /** stable: rule + location + offset */
  id: string;
  rule: LintRule;
  severity: Severity;
  grade?: Grade;
  sectionId?: string;
  paragraphId?: string;
  /** where: a text field, 'section' for a whole section, 'date' for the 成文日期 */
  field: TextField | 'section' | 'date';
  /** "一、（三）", "导语", "标题", "落款", … */
  section: string;
  /** 1-based printed paragraph within the section; 0 = the heading or the section as a whole */
  paragraph: number;
  message: string;
  excerpt: string;
  fix?: Fix;
  /** a grouped finding: the finding of each place, in document order (the group itself points at the first) */
  places?: Finding[];
}

export interface LintOptions {
  /** last year's report, for 照搬上年 */
  previous?: Report;
  /** today's date, for a 成文日期 in the future */
  today?: Date;
}

/** What a rule reads and where it writes its findings. */
export interface Ctx {
  view: ReportView;
  report: Report;
  year: number;
  /** last year's report, already read (照搬上年) */
  previous?: ReportView;
  /** today's date (a 成文日期 in the future) */
  today?: Date;
  out: Finding[];
  /** document order of each finding: unit index (or a section's first unit) */
  order: Map<Finding, number>;
}

/**
 * One lint rule: its id (the `rule` of its findings), its Chinese name for filters and reports, and the check.
 * Severity is per finding, not per rule: several rules grade what they find (必改 → error, 疑似 → warning).
 * To add a rule, write a module exporting one of these and append it to LINT_REGISTRY (registry.ts).
 */
export interface LintRuleModule<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  run(ctx: Ctx): void;
  /**
   * Set when the rule's findings on a line depend on that line alone (and the report's year and unit name):
   * its findings on lines unchanged since the last check are then kept, and it runs on the changed lines only
   * (line-memo.ts). Such a rule reads no other line, no section and no whole-report text.
   */
  readonly perLine?: true;
  /**
   * Set for a mechanical per-line rule: two or more of its findings become one group (全文 N 处…) with this
   * message, listing the places and fixing them all at once (group.ts).
   */
  readonly group?: (places: Finding[]) => string;
}
