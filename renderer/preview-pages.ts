/**
 * The print preview's page layout: the planned paragraphs (page-plan.ts, the same plan the Word export writes)
 * broken into lines by pagination.ts's breakLines and placed with paginate()'s keep rules, so the preview has the
 * same lines and pages as Word's layout of the exported file.
 * Pure: no DOM, Node or Electron imports.
 */
import { TEXT_BLOCK } from '../electron/core/layout.ts';
import type { PlannedParagraph } from '../electron/core/page-plan.ts';
import { localDateTime } from '../electron/core/dates.ts';
import {
  breakLines,
  paginate,
  type BrokenLine,
  type Pagination,
  type PaginationOptions,
  WORD_READING,
} from '../electron/core/pagination.ts';

/**
 * How the preview breaks lines: as Word lays out the exported .docx with the settings the export writes (no
 * hanging punctuation, no automatic space between Chinese and digits, the 禁则 lists of assets/typography.json).
 * LibreOffice reads two of those settings differently; test/render measures it with a copy that makes it read
 * them as Word does.
 */
export const PREVIEW_PAGINATION: PaginationOptions = WORD_READING;

/** One line of a paragraph as the preview draws it. */
export type PreviewLine = BrokenLine;

/** The lines of one planned paragraph, broken as the pagination estimate breaks them. */
export function splitLines(p: PlannedParagraph, options: PaginationOptions = PREVIEW_PAGINATION): PreviewLine[] {
  return breakLines(p, options);
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
  const pages: PreviewPage[] = Array.from({ length: Math.max(1, pagination.pages) }, (_, i) => ({
    number: i + 1,
    lines: [],
  }));
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
  return localDateTime(d);
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
