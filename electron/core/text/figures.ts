/** Whether a text states a figure: the test behind 空话 and the checklist's "figures expected". */

/** Blank out the text inside 《》 (law and document titles carry years and numbers that are not figures). */
export function maskBookTitles(text: string): string {
  if (!text.includes('《')) return text;
  return text.replace(/《[^《》\n]*》/g, (m) => '《' + ' '.repeat(m.length - 2) + '》');
}

const NUMBER = /[0-9０-９]+(?:[.,．][0-9０-９]+)*/g;
const YEAR_FOLLOW = /^\s*(?:年|[—–\-－~～至到])/;
const NOT_FIGURE_FOLLOW = /^(?:月|日|号|时|点|:|：)/;

/**
 * True when the text states a figure: an Arabic number that is not a year, a date, an ordinal (第3),
 * a document number (〔2019〕28号) or part of a title in 《》. Chinese numerals are not counted
 * ("两个确立", "三项制度" are slogans, not figures); reports give counts in Arabic numerals.
 */
export function hasFigure(text: string): boolean {
  if (!/[0-9０-９]/.test(text)) return false;
  const t = maskBookTitles(text);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(t); m; m = NUMBER.exec(t)) {
    const before = t[m.index - 1];
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (before && /[A-Za-z〔[【_]/.test(before)) continue;
    if (before === '第') continue;
    if (/^(?:19|20)\d\d$/.test(m[0]) && YEAR_FOLLOW.test(after)) continue;
    if (NOT_FIGURE_FOLLOW.test(after)) continue;
    return true;
  }
  return false;
}
