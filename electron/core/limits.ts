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
