/**
 * Every lint rule, in the order they run. A rule's id and label are declared once, in its module; the LintRule
 * id type and the LINT_RULES label record are derived from this list. Adding a rule: write its module under
 * rules/ and append it here.
 */
import { bidi } from './rules/bidi.ts';
import { copied } from './rules/copied.ts';
import { dates } from './rules/dates.ts';
import { doubled } from './rules/doubled.ts';
import { emptySections } from './rules/empty-sections.ts';
import { filingDate } from './rules/filing-date.ts';
import { headingNumber } from './rules/heading-number.ts';
import { noFigure } from './rules/no-figure.ts';
import { numberForm } from './rules/number-form.ts';
import { outOfScope } from './rules/out-of-scope.ts';
import { placeholders } from './rules/placeholders.ts';
import { punctuation } from './rules/punctuation.ts';
import { sequence } from './rules/sequence.ts';
import { stale } from './rules/stale.ts';
import { straySpace } from './rules/stray-space.ts';
import { fazhi, proofread } from './rules/word-list.ts';
import { yearPeriod, yearPlan, yearSection, yearTitle } from './rules/years.ts';
import { yearLead } from './rules/year-lead.ts';
import { unbalanced } from './rules/unbalanced.ts';
import { unitWord } from './rules/unit-word.ts';
import { yu } from './rules/yu.ts';
import { yearRange } from './rules/year-range.ts';
import { strayFigure } from './rules/stray-figure.ts';

/** The rules in run order; findings are sorted into document order afterwards, so order matters only for ties. */
export const LINT_REGISTRY = [
  yearTitle,
  yearLead,
  yearSection,
  yearPlan,
  yearPeriod,
  emptySections,
  placeholders,
  noFigure,
  yu,
  punctuation,
  straySpace,
  unbalanced,
  doubled,
  yearRange,
  dates,
  fazhi,
  proofread,
  stale,
  outOfScope,
  unitWord,
  sequence,
  filingDate,
  copied,
  headingNumber,
  numberForm,
  bidi,
  strayFigure,
] as const;

/** The id of a lint rule: the `rule` of its findings. */
export type LintRule = (typeof LINT_REGISTRY)[number]['id'];

/** Every rule's Chinese name, in run order (for filters in the UI). */
export const LINT_RULES = Object.fromEntries(LINT_REGISTRY.map((r) => [r.id, r.label])) as Record<LintRule, string>;
