/**
 * The bounds every path into a report shares (the form, IPC, import, the command line, the stored file), so a
 * value one path accepts is never refused by another on the next start.
 */

/** Report years the app works with. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

/** The longest unit or county name (the longest real 乡镇街道 names are well under 30 characters). */
export const NAME_MAX_CHARS = 60;

/** Is `y` a report year the app accepts? */
export function isReportYear(y: number): boolean {
  return Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX;
}

/**
 * A report year as typed: "2025", "2025年", "2025年度", full-width digits, spaces around. NaN when it is not one:
 * a clerk who writes 年 after the year has filled the field, and must not be told to fill it.
 */
export function parseReportYear(text: string): number {
  const t = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\s*年度?$/, '');
  return /^\d{4}$/.test(t) ? Number(t) : NaN;
}

/**
 * How deep sections may nest in stored data. The form and the import make at most MAX_DEPTH (4) levels; stored
 * data is accepted a little deeper, but bounded: a payload nested hundreds deep would otherwise make validation
 * recurse until the stack overflows and throw instead of answering.
 */
export const SECTION_NESTING_MAX = 6;

/**
 * The largest figure a statistic may hold. No township counts near a trillion of anything; and from 1e21 up (or
 * below 1e-6) JavaScript writes a number in exponent notation, which would go into the Word file as "1e+21".
 */
export const STAT_VALUE_MAX = 1e12;

/** Is `v` a figure that prints as plain digits (no exponent) and lies within the bounds? */
export function isPrintableFigure(v: number): boolean {
  return Number.isFinite(v) && v >= 0 && v <= STAT_VALUE_MAX && !String(v).includes('e');
}
