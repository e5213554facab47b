/** Which lines are numbered headings (一、 （一） 1. （1）, full- or half-width), at which level, with what text. */

const CN_NUM = '[一二三四五六七八九十百零〇]{1,4}';
/**
 * Heading styles, outermost first: 一、  （一）  1.  （1）. Brackets and points full- or half-width; "一)" with its
 * opening bracket lost (a common slip in typed reports) is still a （一） heading.
 */
const HEADING_STYLES: RegExp[] = [
  new RegExp(`^${CN_NUM}\\s*[、.．]\\s*`),
  new RegExp(`^[（(]?\\s*${CN_NUM}\\s*[）)]\\s*`),
  /^\d{1,3}\s*[.．、](?![\d.．])\s*/,
  /^[（(]\s*\d{1,3}\s*[）)]\s*/,
];

/** Longest heading text taken as a heading (longer numbered lines are numbered paragraphs). */
const MAX_HEADING = 60;

export interface HeadingLine {
  style: number; // 1..4
  prefix: string;
  heading: string;
  /** text run in after the heading's full stop */
  body: string;
}

/** A line that is a numbered heading (possibly with its text run in), or null for a body paragraph. */
export function headingOf(line: string): HeadingLine | null {
  for (let i = 0; i < HEADING_STYLES.length; i++) {
    const m = HEADING_STYLES[i].exec(line);
    if (!m) continue;
    const prefix = m[0];
    const rest = line.slice(prefix.length);
    if (!rest) return { style: i + 1, prefix, heading: '', body: '' };
    const stop = rest.search(/[。！？!?]/);
    if (stop < 0) {
      // No sentence end: a heading unless it is too long to be one.
      if (rest.length <= MAX_HEADING || (i < 2 && rest.length <= 200))
        return { style: i + 1, prefix, heading: rest, body: '' };
      return null;
    }
    if (stop > MAX_HEADING) return null;
    const after = rest.slice(stop + 1).trim();
    if (after) {
      // "(一)标题。正文…": the full stop separates heading and text; ！/？ stay with the heading.
      const heading = rest[stop] === '。' ? rest.slice(0, stop) : rest.slice(0, stop + 1);
      return { style: i + 1, prefix, heading, body: after };
    }
    // One short sentence: a heading (its stop kept) at the upper levels; a numbered paragraph otherwise.
    if (i < 2 && stop <= 30) return { style: i + 1, prefix, heading: rest, body: '' };
    return null;
  }
  return null;
}
