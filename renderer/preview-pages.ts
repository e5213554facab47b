/**
 * The print preview's page layout: the planned paragraphs (page-plan.ts, the same plan the Word export writes)
 * broken into lines and placed on pages of 22 rows. Lines are broken here with exactly the rules of
 * electron/core/pagination.ts (which only counts them), and placed with paginate()'s keep rules, so the
 * preview has the same lines and pages as the LibreOffice render of the Word export.
 * Pure: no DOM, Node or Electron imports.
 */
import {
  AUTOSPACE_TWIPS,
  CHAR_SPACING_TWIPS,
  FONT_SIZE,
  TEXT_BLOCK,
  isHalfWidth,
} from '../electron/core/layout.ts';
import type { PlannedParagraph } from '../electron/core/page-plan.ts';
import { paginate, type Pagination, type PaginationOptions } from '../electron/core/pagination.ts';

/**
 * How the preview breaks lines: as LibreOffice lays out the exported .docx (it hangs 、。，． past the margin,
 * see pagination.ts and test/render/docx-render.test.ts), since that render is the reference measured here.
 */
export const PREVIEW_PAGINATION: PaginationOptions = { hangingPunctuation: true, halfWidthEm: 0.5 };

// The line-breaking rules of pagination.ts, character for character.
/** May not start a line. */
const NO_START = new Set([...'，。、；：？！）》」』】〕〉”’…·％,.;:?!)]}%']);
/** May not end a line. */
const NO_END = new Set([...'（《「『【〔〈“‘([{']);
/** Marks that may hang past the margin where hanging punctuation is on. */
const HANGING = new Set([...'、。，．']);

interface Token {
  text: string;
  width: number;
  first: string;
  last: string;
}

const isAlnum = (ch: string) => /^[0-9A-Za-z]$/.test(ch);
const isHan = (ch: string) => /^\p{Script=Han}$/u.test(ch);

/** Unbreakable pieces: a Latin word or a number (with . , % inside) is one piece, any other character is its own. */
function tokens(text: string, sizeHalfPoints: number, options: PaginationOptions): Token[] {
  const em = sizeHalfPoints * 10;
  const out: Token[] = [];
  const chars = [...text];
  let prev = '';
  for (let i = 0; i < chars.length; ) {
    let j = i + 1;
    if (isAlnum(chars[i])) {
      while (j < chars.length && (isAlnum(chars[j]) || (/[.,%]/.test(chars[j]) && isAlnum(chars[j + 1] ?? '')))) j++;
      if (chars[j] === '%') j++;
    }
    const piece = chars.slice(i, j);
    let width = 0;
    for (const ch of piece) width += (isHalfWidth(ch) ? em * options.halfWidthEm : em) + CHAR_SPACING_TWIPS;
    if (prev && ((isHan(prev) && isAlnum(piece[0])) || (isAlnum(prev) && isHan(piece[0])))) width += (AUTOSPACE_TWIPS * em) / (FONT_SIZE.body * 10);
    out.push({ text: piece.join(''), width, first: piece[0], last: piece[piece.length - 1] });
    prev = piece[piece.length - 1];
    i = j;
  }
  return out;
}

/** One line of a paragraph as the preview draws it. */
export interface PreviewLine {
  /** the text inside the line's box */
  text: string;
  /** a mark hung past the right edge of the box ('' when none) */
  hang: string;
  /** start of the box, twips from the left edge of the text block */
  left: number;
  /** width of the box in twips */
  width: number;
  first: boolean;
  last: boolean;
}

/** The lines of one planned paragraph: the line breaks of pagination.ts's countLines, with their text. */
export function splitLines(p: PlannedParagraph, options: PaginationOptions = PREVIEW_PAGINATION): PreviewLine[] {
  const ind = p.indent;
  const left = ind.left ?? 0;
  const right = ind.right ?? 0;
  const firstStart = left + (ind.firstLine ?? 0) - (ind.hanging ?? 0);
  const firstWidth = TEXT_BLOCK.widthTwips - firstStart - right;
  const otherWidth = TEXT_BLOCK.widthTwips - left - right;
  const text = p.texts.join('');
  if (!text || p.kind === 'signature-unit-pair') {
    return [{ text, hang: '', left: firstStart, width: firstWidth, first: true, last: true }];
  }
  const toks = tokens(text, p.size, options);
  const done: Array<{ toks: Token[]; hang: string }> = [];
  let avail = firstWidth;
  let line: Token[] = [];
  let x = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (x + t.width <= avail + 0.5) {
      line.push(t);
      x += t.width;
      continue;
    }
    if (options.hangingPunctuation && HANGING.has(t.first) && x <= avail) {
      // The mark hangs past the margin; the next line starts after it.
      done.push({ toks: line, hang: t.text });
      line = [];
      x = 0;
      avail = otherWidth;
      continue;
    }
    // Break before t; move pieces down while the break would put a closing mark first or an opening mark last.
    let carry: Token[] = [t];
    while (line.length > 1 && (NO_START.has(carry[0].first) || NO_END.has(line[line.length - 1].last))) {
      carry = [line.pop()!, ...carry];
    }
    done.push({ toks: line, hang: '' });
    avail = otherWidth;
    line = [];
    x = 0;
    for (const c of carry) {
      line.push(c);
      x += c.width;
    }
  }
  // A mark hung at the very end leaves nothing after it: that line is the paragraph's last.
  if (line.length || !done.length) done.push({ toks: line, hang: '' });
  return done.map((l, i) => ({
    text: l.toks.map((t) => t.text).join(''),
    hang: l.hang,
    left: i === 0 ? firstStart : left,
    width: i === 0 ? firstWidth : otherWidth,
    first: i === 0,
    last: i === done.length - 1,
  }));
}

/** A line placed on a page. */
export interface PlacedLine extends PreviewLine {
  /** index of the planned paragraph */
  para: number;
  /** index of the line within its paragraph */
  index: number;
  /** row of the text block, 0–21 */
  row: number;
}

export interface PreviewPage {
  /** 1-based */
  number: number;
  lines: PlacedLine[];
}

export interface PreviewLayout {
  pages: PreviewPage[];
  pagination: Pagination;
  /** lines of every planned paragraph */
  lines: PreviewLine[][];
}

/**
 * Lay the plan out on pages: each paragraph starts where paginate() puts it (its keep-with-next rules) and its
 * lines run on row by row, over the page end where they must.
 */
export function layoutPages(plan: PlannedParagraph[], options: PaginationOptions = PREVIEW_PAGINATION): PreviewLayout {
  const rows = TEXT_BLOCK.linesPerPage;
  const pagination = paginate(plan, options);
  const lines = plan.map((p) => splitLines(p, options));
  const pages: PreviewPage[] = Array.from({ length: Math.max(1, pagination.pages) }, (_, i) => ({ number: i + 1, lines: [] }));
  const at = (n: number) => {
    while (pages.length < n) pages.push({ number: pages.length + 1, lines: [] });
    return pages[n - 1];
  };
  plan.forEach((_, i) => {
    const start = pagination.starts[i];
    lines[i].forEach((l, k) => {
      const r = start.row + k;
      at(start.page + Math.floor(r / rows)).lines.push({ ...l, para: i, index: k, row: r % rows });
    });
  });
  return { pages, pagination, lines };
}

/** Text lines (not blank rows) on each page, for checks and the line numbers. */
export function textLineCounts(layout: PreviewLayout): number[] {
  return layout.pages.map((p) => p.lines.filter((l) => l.text || l.hang).length);
}

/** A time for the draft footer: 2026-01-15 09:05 (local time); '' for a missing or invalid time. */
export function formatStamp(time: Date | string): string {
  const d = typeof time === 'string' ? new Date(time) : time;
  if (!time || Number.isNaN(d.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The small line under the page number on a draft. */
export function draftFooterText(printedAt: Date, savedAt: string): string {
  const saved = formatStamp(savedAt);
  return `草稿　打印时间 ${formatStamp(printedAt)}　最后保存 ${saved || '未保存'}`;
}

/**
 * Split blocks of measured heights into pages of a given height, in order. A block taller than a page gets a
 * page of its own. `repeat(i)` gives the height of a header to repeat when block i starts a page (0 for none).
 */
export function fillPages(heights: number[], pageHeight: number, repeat: (i: number) => number = () => 0): number[][] {
  const pages: number[][] = [];
  let cur: number[] = [];
  let used = 0;
  heights.forEach((h, i) => {
    if (cur.length && used + h > pageHeight) {
      pages.push(cur);
      cur = [];
      used = 0;
    }
    if (!cur.length) used = repeat(i);
    cur.push(i);
    used += h;
  });
  if (cur.length) pages.push(cur);
  return pages;
}
