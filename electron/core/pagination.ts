/**
 * An estimate of how the planned paragraphs fall into lines and pages, on the 22-line, 28-character grid of
 * layout.ts with the text widths of text-width.ts (Chinese exact, half-width digits and letters estimated),
 * following the line-breaking rules of assets/typography.json as Word applies them (no closing mark at the start
 * of a line, no opening mark at the end, nothing hung past the margin, no compression);
 * headings and the signature block keep with what follows. Used to warn when the 落款 would stand alone on the last page
 * (GB/T 9704-2012 7.3.5.5), which neither Word nor LibreOffice can be told to prevent reliably.
 * Pure: no Node or Electron imports.
 */
import { CHAR_SPACING_TWIPS, TEXT_BLOCK } from './layout.ts';
import { isAsciiAlnum, isHalfWidth, textWidthTwips } from './text-width.ts';
import { HANGING_MARKS as HANGING, NO_LINE_END as NO_END, NO_LINE_START as NO_START } from './typography.ts';
import type { PlannedParagraph } from './page-plan.ts';

/** How the reader of the file sets lines. */
export interface PaginationOptions {
  /**
   * Whether a line may end with 、。，． hung past the margin. The export turns it off, as Word reads it;
   * LibreOffice 7.x reads that setting inverted and hangs them.
   */
  hangingPunctuation: boolean;
  /**
   * Whether a quarter em stands between Chinese and Latin letters or digits. The export turns it off
   * (autoSpaceDE/DN), as Word reads it; LibreOffice's .docx import ignores that and sets the space.
   */
  autoSpace: boolean;
  /**
   * Whether the run character spacing is left off the last character of each script portion (a stretch of ASCII
   * characters or of Chinese ones): LibreOffice 7.4 sets it only between the characters of one portion, so every
   * portion on a line is 5 twips wider than Word sets it. Word adds it after every character (ECMA-376 Part 1,
   * 17.3.2.35).
   */
  portionSpacing: boolean;
}

/** Word with the settings the export writes: no hanging punctuation, no automatic space. */
export const WORD_READING: PaginationOptions = { hangingPunctuation: false, autoSpace: false, portionSpacing: false };
/**
 * LibreOffice 7.4 opening the same file: it hangs 、。，．, adds the automatic space and leaves the character
 * spacing off the end of each script portion.
 */
export const LIBREOFFICE_READING: PaginationOptions = {
  hangingPunctuation: true,
  autoSpace: true,
  portionSpacing: true,
};

export const DEFAULT_PAGINATION: PaginationOptions = WORD_READING;

interface Token {
  text: string;
  width: number;
  /** the automatic space in front of the piece, included in width; not set at the start of a line */
  lead: number;
  first: string;
  last: string;
}

/** End of the unbreakable piece that starts at i: a Latin word or a number (with . , % inside) is one piece. */
function pieceEnd(chars: string[], i: number): number {
  if (!isAsciiAlnum(chars[i])) return i + 1;
  const joins = (k: number) => isAsciiAlnum(chars[k]) || (/[.,%]/.test(chars[k]) && isAsciiAlnum(chars[k + 1] ?? ''));
  let j = i + 1;
  while (j < chars.length && joins(j)) j++;
  return chars[j] === '%' ? j + 1 : j;
}

/** Split text into unbreakable pieces, each with its width as set after the piece before it. */
function tokens(text: string, sizeHalfPoints: number, autoSpace: boolean): Token[] {
  const out: Token[] = [];
  const chars = [...text];
  let prev = '';
  for (let i = 0; i < chars.length;) {
    const j = pieceEnd(chars, i);
    const piece = chars.slice(i, j).join('');
    const width = textWidthTwips(piece, sizeHalfPoints, prev, autoSpace);
    out.push({
      text: piece,
      width,
      lead: width - textWidthTwips(piece, sizeHalfPoints, '', autoSpace),
      first: chars[i],
      last: chars[j - 1],
    });
    prev = chars[j - 1];
    i = j;
  }
  return out;
}

/** Whether a piece begins a new script portion on the line (LibreOffice sets ASCII and Chinese as separate portions). */
function startsPortion(line: Token[], t: Token): boolean {
  return !line.length || isHalfWidth(line[line.length - 1].last) !== isHalfWidth(t.first);
}

/** One line of a paragraph with its text, as the print preview draws it. */
export interface BrokenLine {
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

/** Break a planned paragraph into lines on the 28-character grid, as the reader in `options` does. */
export function breakLines(p: PlannedParagraph, options: PaginationOptions = DEFAULT_PAGINATION): BrokenLine[] {
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
  const toks = tokens(text, p.size, options.autoSpace);
  // Width a piece adds to the line: its own (no automatic space at the start of a line), and the spacing
  // LibreOffice leaves off a portion that ends before it.
  const added = (line: Token[], t: Token) =>
    (line.length ? t.width : t.width - t.lead) +
    (options.portionSpacing && startsPortion(line, t) ? -CHAR_SPACING_TWIPS : 0);
  const done: Array<{ toks: Token[]; hang: string }> = [];
  let avail = firstWidth;
  let line: Token[] = [];
  let x = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const w = added(line, t);
    if (x + w <= avail + 0.5) {
      line.push(t);
      x += w;
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
      x += added(line, c);
      line.push(c);
    }
  }
  // A mark hung at the very end leaves nothing after it: that line is the paragraph's last.
  if (line.length || !done.length) done.push({ toks: line, hang: '' });
  return done.map((l, i) => ({
    text: l.toks.map((tk) => tk.text).join(''),
    hang: l.hang,
    left: i === 0 ? firstStart : left,
    width: i === 0 ? firstWidth : otherWidth,
    first: i === 0,
    last: i === done.length - 1,
  }));
}

/** Number of lines a paragraph takes. */
export function countLines(p: PlannedParagraph, options: PaginationOptions = DEFAULT_PAGINATION): number {
  return breakLines(p, options).length;
}

export interface Pagination {
  /** lines each planned paragraph takes */
  lines: number[];
  /** page (1-based) and row (0–21) where each paragraph starts */
  starts: Array<{ page: number; row: number }>;
  pages: number;
  /** true when the 落款's page holds nothing of the body above it (7.3.5.5) */
  signatureAlone: boolean;
  /** body lines (not blank) on the 落款's page above it; undefined without a 落款 */
  linesAboveSignature?: number;
}

/** Lay the planned paragraphs out on pages of 22 rows. */
export function paginate(plan: PlannedParagraph[], options: PaginationOptions = DEFAULT_PAGINATION): Pagination {
  const rows = TEXT_BLOCK.linesPerPage;
  const lines = plan.map((p) => countLines(p, options));
  const starts: Array<{ page: number; row: number }> = [];
  let page = 1;
  let row = 0;
  plan.forEach((p, i) => {
    // At the start of a keep-with-next chain: the chain and the first line of what follows must share a page.
    if (p.keepNext && !(i > 0 && plan[i - 1].keepNext)) {
      let need = 0;
      let k = i;
      while (k < plan.length && plan[k].keepNext) need += lines[k++];
      if (k < plan.length) need += plan[k].keepLines ? lines[k] : 1;
      if (row > 0 && row + need > rows && need <= rows) {
        page += 1;
        row = 0;
      }
    }
    starts.push({ page, row });
    row += lines[i];
    while (row >= rows && !(row === rows && i === plan.length - 1)) {
      page += 1;
      row -= rows;
    }
  });
  const sig = plan.findIndex((p) => p.kind.startsWith('signature'));
  let signatureAlone = false;
  let linesAboveSignature: number | undefined;
  if (sig >= 0) {
    const sp = starts[sig].page;
    linesAboveSignature = 0;
    for (let i = 0; i < sig; i++) {
      if (plan[i].kind === 'blank') continue;
      const s = starts[i];
      for (let l = 0; l < lines[i]; l++) {
        const r = s.row + l;
        if (s.page + Math.floor(r / rows) === sp) linesAboveSignature += 1;
      }
    }
    signatureAlone = linesAboveSignature === 0;
  }
  return { lines, starts, pages: page, signatureAlone, linesAboveSignature };
}

/**
 * A Chinese warning when the 落款 would, or nearly would, stand alone on the last page (GB/T 9704-2012 7.3.5.5),
 * or null. Both the Word and the LibreOffice reading are tried, since either may open the file.
 */
export function signatureAloneWarning(plan: PlannedParagraph[]): string | null {
  const results = [paginate(plan, WORD_READING), paginate(plan, LIBREOFFICE_READING)];
  if (results.every((r) => r.linesAboveSignature === undefined)) return null;
  const fewest = Math.min(...results.map((r) => r.linesAboveSignature ?? Infinity));
  if (fewest > 1) return null;
  return fewest === 0
    ? '落款（发文机关署名和成文日期）将单独排在最后一页（GB/T 9704-2012 7.3.5.5 不允许）。请删减或增补正文，使落款与正文同页。'
    : '落款页上方可能只剩一行正文，落款有单独成页的风险（GB/T 9704-2012 7.3.5.5）。建议导出后检查最后一页，必要时增删正文。';
}
