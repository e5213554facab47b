/**
 * Heading numbers 一、 （一） 1. （1）, computed from position. Users never type them.
 * Only untouched catalogue sections are left out of the document, and so get no number: whatever the user wrote,
 * a heading with no body included, is part of it.
 */
import { fillYear, specFor } from './catalogue.ts';
import type { Report, Section } from './report-model.ts';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (enough for any report). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** ① … ⑳: the fifth level's numbers; past 20 (never in a real report) "21）". */
function circledNumber(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `${n}）`;
}

/**
 * The number prefix for the n-th (1-based) heading at a depth: 一、 （一） 1. （1） and, for a fifth level, ①.
 * Deeper headings (rare; an import may bring them) are numbered as the fifth.
 */
export function headingNumber(depth: number, n: number): string {
  switch (depth) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
    default:
      return circledNumber(n);
  }
}

/** True when a paragraph has something besides blanks. */
function hasText(text: string): boolean {
  return text.trim().length > 0;
}

/** A section has a body when it, or any sub-section, has text (a required part without one is empty). */
export function hasContent(section: Section): boolean {
  return section.paragraphs.some((p) => hasText(p.text)) || section.children.some(hasContent);
}

/** A heading the user wrote: any heading of their own section, or a catalogue heading changed from the generated one. */
function hasOwnHeading(section: Section, year: number): boolean {
  const heading = section.heading.trim();
  if (!heading) return false;
  const spec = specFor(section.key);
  return !spec || heading !== fillYear(spec.heading, year).trim();
}

/**
 * A section is part of the document unless it is an untouched catalogue section: its generated heading, no text,
 * and nothing of the document under it. A section the user headed but left without a body is exported as a bare
 * heading, so nothing they wrote or imported disappears from the Word file. A filled-in figure alone does not
 * print a catalogue heading: the figure reaches the document only through the text that cites it.
 */
export function isInDocument(section: Section, year: number): boolean {
  return (
    hasOwnHeading(section, year) ||
    section.paragraphs.some((p) => hasText(p.text)) ||
    section.children.some((c) => isInDocument(c, year))
  );
}

/** Map of section id → number prefix for every section that is part of the document (year: the report's). */
export function computeNumbers(
  sections: Section[],
  year: number,
  depth = 1,
  out = new Map<string, string>(),
): Map<string, string> {
  let n = 0;
  for (const s of sections) {
    if (!isInDocument(s, year)) continue;
    n += 1;
    out.set(s.id, headingNumber(depth, n));
    computeNumbers(s.children, year, depth + 1, out);
  }
  return out;
}

/** Numbers for a whole report. */
export function reportNumbers(report: Report): Map<string, string> {
  return computeNumbers(report.sections, report.year);
}
