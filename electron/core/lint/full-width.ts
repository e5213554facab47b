/**
 * Half-width punctuation in Chinese text → full-width, number- and address-aware. Used by the punctuation
 * rule and its fix; exported for the editor's paste handling and for tests.
 */
import { hasChineseIn, isCJKCode } from '../text/chinese.ts';

const HALF_TO_FULL: Record<number, string> = { 44: '，', 58: '：', 59: '；', 63: '？', 33: '！', 40: '（', 41: '）' };
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** The half-width marks that have a full-width form in Chinese text: , : ; ? ! ( ) " ' */
const HALF_MARK = /[,:;?!()"']/;
const HALF_MARKS = /[,:;?!()"']/g;

/** The result of converting a line's punctuation: the new text, how many marks changed, the first one. */
export interface PunctuationChange {
  text: string;
  count: number;
  /** offset of the first changed mark, -1 when none */
  first: number;
  /** the half-width marks that were changed, once each */
  kinds: string[];
}

/** Replacements by position, applied in order; a position is set at most once in practice. */
class Edits {
  readonly at: number[] = [];
  readonly to: string[] = [];
  set(i: number, ch: string): void {
    this.at.push(i);
    this.to.push(ch);
  }

  apply(text: string): PunctuationChange {
    const { at, to } = this;
    if (!at.length) return { text, count: 0, first: -1, kinds: [] };
    const order = at.map((_, k) => k).sort((x, y) => at[x] - at[y]);
    const parts: string[] = [];
    const kinds: string[] = [];
    let last = 0;
    let count = 0;
    for (const k of order) {
      const i = at[k];
      if (i < last) continue;
      parts.push(text.slice(last, i), to[k]);
      if (!kinds.includes(text[i])) kinds.push(text[i]);
      last = i + 1;
      count += 1;
    }
    parts.push(text.slice(last));
    return { text: parts.join(''), count, first: at[order[0]], kinds };
  }
}

/**
 * Half-width , : ; ? ! ( ) and ASCII quotes → full-width, only where they touch Chinese text.
 * Number-aware: 1,200 · 10:30 · 3.5% · 2026-01-15 are left alone (a comma or colon between two digits
 * is part of the number; . - % are never touched), as are web addresses and statistic tokens ({{…}}),
 * and runs of ASCII-only text (GB/T 9704-2012, e.g. "ok"). A mark counts as touching Chinese only when the
 * character directly before or after it is Chinese (or full-width punctuation); a pair of brackets or quotes
 * also when what it encloses holds Chinese.
 * `masked` is `text` with protected spans replaced by MASK (see maskRaw); it defaults to `text`.
 */
export function convertPunctuation(text: string, masked: string = text): PunctuationChange {
  const n = masked.length;
  // A native scan finds the marks; most of a Chinese paragraph is never looked at character by character.
  if (n !== text.length || !HALF_MARK.test(masked)) return { text, count: 0, first: -1, kinds: [] };
  // Adjacent means directly next to it: "(layout) 执行" keeps its ASCII brackets, "(新时代)执行" does not.
  const prevCJK = (i: number) => i > 0 && isCJKCode(masked.charCodeAt(i - 1));
  const nextCJK = (i: number) => i + 1 < n && isCJKCode(masked.charCodeAt(i + 1));
  const edits = new Edits();
  const parens: number[] = [];
  const lone: number[] = [];
  const dq: number[] = [];
  const sq: number[] = [];
  HALF_MARKS.lastIndex = 0;
  for (let m = HALF_MARKS.exec(masked); m; m = HALF_MARKS.exec(masked)) {
    const i = m.index;
    const c = masked.charCodeAt(i);
    if (c === 40) parens.push(i);
    else if (c === 41) {
      if (parens.length) {
        // Parentheses in pairs: converted when the content holds Chinese or the pair sits next to Chinese.
        const a = parens.pop()!;
        if (hasChineseIn(masked, a + 1, i) || prevCJK(a) || nextCJK(i)) {
          edits.set(a, '（');
          edits.set(i, '）');
        }
      } else lone.push(i);
    } else if (c === 34) dq.push(i);
    else if (c === 39) sq.push(i);
    else {
      // , : ; ? ! next to Chinese, except a comma or colon between two digits (1,200 · 10:30).
      if ((c === 44 || c === 58) && isDigitCode(masked.charCodeAt(i - 1)) && isDigitCode(masked.charCodeAt(i + 1)))
        continue;
      if (prevCJK(i) || nextCJK(i)) edits.set(i, HALF_TO_FULL[c]);
    }
  }
  for (const i of lone) if (prevCJK(i) || nextCJK(i)) edits.set(i, HALF_TO_FULL[masked.charCodeAt(i)]);
  for (const i of parens) if (prevCJK(i) || nextCJK(i)) edits.set(i, HALF_TO_FULL[masked.charCodeAt(i)]);
  // Quotes in pairs, in order: “…” and ‘…’ when the quoted text or its surroundings are Chinese.
  const quotes = (at: number[], open: string, close: string) => {
    for (let k = 0; k + 1 < at.length; k += 2) {
      const a = at[k];
      const b = at[k + 1];
      if (hasChineseIn(masked, a + 1, b) || prevCJK(a) || nextCJK(b)) {
        edits.set(a, open);
        edits.set(b, close);
      }
    }
    if (at.length % 2 === 1) {
      const i = at[at.length - 1];
      const before = prevCJK(i);
      const after = nextCJK(i);
      if (before || after) edits.set(i, before && !after ? close : open);
    }
  };
  if (dq.length) quotes(dq, '“', '”');
  if (sq.length) quotes(sq, '‘', '’');
  return edits.apply(text);
}

/** convertPunctuation's text only. */
export function fullWidthPunctuation(text: string, masked: string = text): string {
  return convertPunctuation(text, masked).text;
}
