/**
 * Chinese text, character by character: which characters are Chinese, and Chinese numerals.
 * The one home for these tests in the core; pure and allocation-free where it is called per character.
 *
 * Character tests come in two kinds:
 * - by UTF-16 code unit (`isHanCode`, `isFullWidthCode`, `isCJKCode`), for hot loops over `charCodeAt`;
 *   they cover the Basic Multilingual Plane only (ideographs of the supplementary planes never occur
 *   in these reports' vocabulary, and a surrogate is never taken for Chinese);
 * - by character (`isHanChar`, `hanCount`), by Unicode script, for text measured or counted as a whole.
 */

/** A Han ideograph: CJK Unified Ideographs, Extension A and the compatibility ideographs (BMP only). */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** CJK symbols and punctuation (U+3000–303F: 、。〈〉「」〔〕…) or a full-width form (U+FF00–FFEF: ，：；（）…). */
export function isFullWidthCode(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
}

/** The marks Chinese text shares with Western typography: “ ” ‘ ’ — … · */
const SHARED_MARKS = new Set([0x201c, 0x201d, 0x2018, 0x2019, 0x2014, 0x2026, 0xb7]);

/**
 * A Chinese character or Chinese punctuation, by character code: the context in which punctuation must be
 * full-width. Han ideographs, full-width forms and CJK punctuation, and the quotes, dash, ellipsis and
 * middle dot Chinese text uses.
 */
export function isCJKCode(c: number): boolean {
  return isHanCode(c) || isFullWidthCode(c) || SHARED_MARKS.has(c);
}

/** True when text[from, to) holds a Han ideograph or full-width punctuation ("Chinese content" of a pair). */
export function hasChineseIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isHanCode(c) || isFullWidthCode(c)) return true;
  }
  return false;
}

/** A single character of the Han script (any plane; includes 〇). */
export function isHanChar(ch: string): boolean {
  return HAN_ONE.test(ch);
}
const HAN_ONE = /^\p{Script=Han}$/u;
const HAN_ALL = /\p{Script=Han}/gu;

/** Number of Han characters in a text. */
export function hanCount(text: string): number {
  return text.match(HAN_ALL)?.length ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Numerals

/** The numerals one to ten, in order: CN_NUMERALS[n - 1] is n (the 一是、二是 and （一） of a 公文). */
export const CN_NUMERALS = '一二三四五六七八九十';

/** Value of each Chinese digit, zero forms (〇 ○ 零) and 两 included. */
export const CN_DIGIT_VALUE: Readonly<Record<string, number>> = {
  〇: 0,
  '○': 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A digit one to nine (zero forms are not a numeral on their own or beside 十). */
function digit1to9(s: string): number {
  const v = s.length === 1 ? CN_DIGIT_VALUE[s] : undefined;
  return v !== undefined && v > 0 ? v : NaN;
}

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; NaN when not a numeral from 1 to 99. */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN;
  const ten = s.indexOf('十');
  if (ten < 0) return digit1to9(s);
  const head = s.slice(0, ten);
  const tail = s.slice(ten + 1);
  const tens = head === '' ? 1 : digit1to9(head);
  const ones = tail === '' ? 0 : digit1to9(tail);
  return tens * 10 + ones;
}

/** 1 → 一 … 10 → 十; other numbers in Arabic digits. */
export function chineseNumeral(n: number): string {
  return Number.isInteger(n) && n >= 1 && n <= 10 ? CN_NUMERALS[n - 1] : String(n);
}

/** A year written digit by digit: 2024 → 二〇二四. */
export function chineseYear(year: number): string {
  return [...String(year)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
}

/** 二〇二四 (or with ○/零) → 2024; NaN when not four Chinese digits. */
export function parseChineseYear(s: string): number {
  const digits = [...s].map((ch) => CN_DIGIT_VALUE[ch]);
  if (digits.length !== 4 || digits.some((d) => d === undefined) || s.includes('两')) return NaN;
  return Number(digits.join(''));
}
