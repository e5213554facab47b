/**
 * Quality checks a careful reviewer applies (DOMAIN.md §4). Each finding names the section and paragraph,
 * says what is wrong and why, and carries a fix when the fix is mechanical (punctuation, date form,
 * 必改 words). Word lists live in assets/lint-words.json, deadlines in assets/deadlines.json.
 *
 * Content rules read the text as printed (statistics resolved); mechanical rules read the text as stored,
 * with statistic tokens and web addresses blanked out, so a fix's offset points into the stored field.
 * The signature block sitting alone on the last page is a layout question left to the print/export module.
 *
 * One module per rule under rules/, listed in registry.ts; this file is the public face of the folder.
 */
export type { Ctx, Edit, Finding, Fix, Grade, LintOptions, LintRule, LintRuleModule, Severity } from './types.ts';
export { LINT_REGISTRY, LINT_RULES } from './registry.ts';
export { lintReport, lintView, runRules } from './run.ts';
export { applyFix, applyFixes, fixPreview } from './fixes.ts';
export { convertPunctuation, fullWidthPunctuation, type PunctuationChange } from './full-width.ts';
export { badDates } from './rules/dates.ts';
export { COPY_THRESHOLD } from './rules/copied.ts';
export { lintWords, type LintWords } from './words.ts';
export { similarity } from '../text/similarity.ts';
