/**
 * The one estimate of how wide text sets on the page, in twips: the signature layout places names and dates by
 * it, the line breaker fills lines by it. A full-width character takes 1 em, a half-width one ½ em (仿宋 and
 * the Noto CJK fallbacks set ASCII at half an em), each plus the run character spacing; where the reader adds
 * space between Chinese and Latin letters or digits, that too. Exact for Chinese text, an estimate for Latin.
 * Pure: no Node or Electron imports.
 */
import { CHAR_SPACING_TWIPS, FONT_SIZE } from './layout.ts';
import { isHanChar } from './text/chinese.ts';

/** Advance of a half-width character, in ems of the font size. */
const HALF_WIDTH_EM = 0.5;
/**
 * Extra space LibreOffice puts between Chinese characters and Latin letters or digits (its "Asian and non-Asian
 * text" spacing, which its .docx import does not let the file turn off): a fifth of an em, 3.2 pt at 16 pt in the
 * PDF of LibreOffice 7.4, and none at the start of a line. Word adds it only
 * where autoSpaceDE/autoSpaceDN are on; the export turns them off, so the Word reading has none.
 */
const AUTOSPACE_EM = 0.2;

/** True for a character that a Chinese font sets half-width (ASCII letters, digits, punctuation, space). */
export function isHalfWidth(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xff61 && c <= 0xff9f);
}

/** An ASCII letter or digit: the characters that get the automatic space next to Chinese. */
export function isAsciiAlnum(ch: string): boolean {
  return /^[0-9A-Za-z]$/.test(ch);
}

/** Whether the automatic space stands between two adjacent characters. */
function autospaced(prev: string, next: string): boolean {
  return (isAsciiAlnum(prev) && isHanChar(next)) || (isHanChar(prev) && isAsciiAlnum(next));
}

/**
 * Width of `text` set at a size in half-points (body text by default), in twips ("2026年1月15日" at 3号 ≈ 7.75
 * em). `prev` is the character just before the text on the same line, for the automatic space in front of it;
 * `autoSpace`: whether that space is set (LibreOffice's reading; Word's with the settings we write has none).
 */
export function textWidthTwips(
  text: string,
  sizeHalfPoints: number = FONT_SIZE.body,
  prev = '',
  autoSpace = false,
): number {
  const em = sizeHalfPoints * 10;
  let w = 0;
  for (const ch of text) {
    w += (isHalfWidth(ch) ? em * HALF_WIDTH_EM : em) + CHAR_SPACING_TWIPS;
    if (autoSpace && prev && autospaced(prev, ch)) w += em * AUTOSPACE_EM;
    prev = ch;
  }
  return w;
}
