/**
 * The text of a field as stored, line by line, and masked for mechanical rules: statistic tokens ({{…}})
 * and web or mail addresses are blanked out so that no rule rewrites them, with offsets kept.
 */
import { BIDI_CONTROLS, sanitizeText } from '../text.ts';

/** Private-use character that replaces masked spans (never CJK, never punctuation). */
export const MASK = '\uE000';

const TOKEN = /\{\{[^{}\n]{1,80}\}\}/g;
const URL_LIKE = /(?:https?:\/\/|www\.)[\x21-\x7e]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Blank out statistic tokens and web/mail addresses, keeping the length. */
export function maskRaw(text: string): string {
  if (!text.includes('{{') && !text.includes('://') && !text.includes('@') && !text.includes('www.')) return text;
  const blank = (m: string) => MASK.repeat(m.length);
  return text.replace(TOKEN, blank).replace(URL_LIKE, blank);
}

const VISIBLE = new RegExp(`^[^\\u0000-\\u001F\\uD800-\\uDFFF\\uFFFE\\uFFFF${BIDI_CONTROLS}]`);

/** A non-blank line of a stored field, trimmed, with its offset in the field. */
export interface RawLine {
  text: string;
  start: number;
}

/** The non-blank lines of a stored field, trimmed, with their offsets in the field. */
export function rawLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  let pos = 0;
  for (const piece of text.split('\n')) {
    const line = piece.endsWith('\r') ? piece.slice(0, -1) : piece;
    const trimmedStart = line.trimStart();
    const t = trimmedStart.trimEnd();
    // A line of control characters only prints as nothing (sanitizeText drops them).
    if (t && (VISIBLE.test(t) || sanitizeText(t).trim()))
      out.push({ text: t, start: pos + (line.length - trimmedStart.length) });
    pos += piece.length + 1;
  }
  return out;
}
