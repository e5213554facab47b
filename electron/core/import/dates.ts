/** Dates and years as reports write them: 2025年1月15日, 二〇二五年一月十五日, 2024年度. */
import { isReportYear } from '../limits.ts';
import { parseChineseNumeral, parseChineseYear } from '../text/chinese.ts';

function isoDate(y: number, m: number, d: number): string | null {
  if (!(isReportYear(y) && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_ARABIC = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const DATE_CHINESE =
  /^([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$/;

/** A 成文日期 line: 'iso' when it is a valid date, 'invalid' when it looks like one but is not, null otherwise. */
export function parseDateLine(line: string): { iso: string } | { invalid: true } | null {
  const a = DATE_ARABIC.exec(line);
  const c = a ? null : DATE_CHINESE.exec(line);
  if (!a && !c) return null;
  const iso = a
    ? isoDate(Number(a[1]), Number(a[2]), Number(a[3]))
    : isoDate(parseChineseYear(c![1]), parseChineseNumeral(c![2]), parseChineseNumeral(c![3]));
  return iso ? { iso } : { invalid: true };
}

const YEAR_IN_TEXT = /(?<!\d)((?:19|20)\d{2})\s*年/;
const CN_YEAR_IN_TEXT = /([〇○零一二三四五六七八九]{4})\s*年/;

/** The first year written in a text (2024年 or 二〇二四年) and where it starts. */
export function findYear(text: string): { year: number; index: number } | null {
  const a = YEAR_IN_TEXT.exec(text);
  const c = CN_YEAR_IN_TEXT.exec(text);
  const ca = c ? parseChineseYear(c[1]) : NaN;
  if (a && (!c || Number.isNaN(ca) || a.index <= c.index)) return { year: Number(a[1]), index: a.index };
  if (c && !Number.isNaN(ca)) return { year: ca, index: c.index };
  return null;
}
