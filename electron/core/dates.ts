/** Dates as the app writes them: the 公文 form (2026年1月15日) and the plain numeric forms of the UI. */

const two = (n: number) => String(n).padStart(2, '0');

/** A date the way a 公文 writes it, with no leading zeros: 2026年1月15日; without a day, 2026年1月. */
export function chineseDate(year: number, month: number, day?: number): string {
  return `${year}年${month}月${day === undefined ? '' : `${day}日`}`;
}

/** An ISO date (2026-01-15) the way a 公文 writes it (2026年1月15日); '' when it is not an ISO date. */
export function formatChineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? chineseDate(Number(m[1]), Number(m[2]), Number(m[3])) : '';
}

/** An ISO date from its parts: (2025, 3, 1) → 2025-03-01. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${two(month)}-${two(day)}`;
}

/** The calendar day of a moment on this computer's clock, as an ISO date. */
export function localIsoDate(d: Date): string {
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** A moment on this computer's clock to the minute: 2026-01-15 14:03. */
export function localDateTime(d: Date): string {
  return `${localIsoDate(d)} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Is `iso` a real calendar day (2024-02-29 yes, 2023-02-29 and 2024-13-45 no) in the years `min`..`max`? */
export function isCalendarDate(iso: string, min: number, max: number): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < min || y > max || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
