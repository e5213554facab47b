/**
 * Statistics placed in a paragraph as fields: stored as {{label}} (so the value follows the statistic table),
 * shown and edited as their value ("21名"). The form's box holds the shown text; these functions carry an edit of
 * the shown text back to the stored one. Editing inside a shown value turns that field into plain text (what the
 * user typed is what stays); text typed beside it leaves the field as it is.
 */
import { walkSections, type Report, type Stat } from '../report-model.ts';
import { formatStat, statLookup, STAT_TOKEN } from '../text.ts';

export type StatFinder = (label: string) => Stat | undefined;

/** A run of the stored text: plain, or one field with the statistic it names. */
export interface StatPiece {
  stored: string;
  shown: string;
  stat?: Stat;
}

/** The stored text as runs; a token naming no statistic stays plain text, as the export prints it. */
export function statPieces(text: string, find: StatFinder): StatPiece[] {
  const out: StatPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(STAT_TOKEN)) {
    const stat = find(m[1].trim());
    if (!stat) continue;
    if (m.index > last) out.push({ stored: text.slice(last, m.index), shown: text.slice(last, m.index) });
    out.push({ stored: m[0], shown: formatStat(stat), stat });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ stored: text.slice(last), shown: text.slice(last) });
  return out;
}

/** The text as the box shows it: every field as its value. */
export function shownText(text: string, find: StatFinder): string {
  return text.includes('{{')
    ? statPieces(text, find)
        .map((p) => p.shown)
        .join('')
    : text;
}

/**
 * Replace the shown range [start, end) with `insert` (stored text: plain, or a token) and give the stored text.
 * A field cut by the range is kept as its shown value, as plain text.
 */
export function spliceShown(text: string, find: StatFinder, start: number, end: number, insert: string): string {
  let before = '';
  let after = '';
  let pos = 0;
  for (const piece of statPieces(text, find)) {
    const s = pos;
    const e = pos + piece.shown.length;
    pos = e;
    if (e <= start) before += piece.stored;
    else if (s < start) before += piece.shown.slice(0, start - s);
    if (s >= end) after += piece.stored;
    else if (e > end) after += piece.shown.slice(end - s);
  }
  return before + insert + after;
}

/** The range the user changed between two shown texts; the caret after the edit settles repeated characters. */
function changedRange(was: string, now: string, caret?: number): { start: number; end: number; typed: string } {
  const grew = now.length - was.length;
  if (caret !== undefined && grew >= 0) {
    const p = caret - grew;
    if (p >= 0 && was.slice(0, p) === now.slice(0, p) && was.slice(p) === now.slice(caret))
      return { start: p, end: p, typed: now.slice(p, caret) };
  }
  if (caret !== undefined && grew < 0) {
    if (now.slice(0, caret) === was.slice(0, caret) && was.slice(caret - grew) === now.slice(caret))
      return { start: caret, end: caret - grew, typed: '' };
  }
  let p = 0;
  while (p < was.length && p < now.length && was[p] === now[p]) p++;
  let q = 0;
  while (q < was.length - p && q < now.length - p && was[was.length - 1 - q] === now[now.length - 1 - q]) q++;
  return { start: p, end: was.length - q, typed: now.slice(p, now.length - q) };
}

/** The stored text after the user edited its shown text from what `text` shows to `now`. */
export function storedFromShown(text: string, find: StatFinder, now: string, caret?: number): string {
  if (!text.includes('{{')) return now;
  const was = shownText(text, find);
  if (was === now) return text;
  const { start, end, typed } = changedRange(was, now, caret);
  return spliceShown(text, find, start, end, typed);
}

/** How many fields of the report show `stat`: a value changed from one of them changes them all. */
export function statUses(report: Report, stat: Stat): number {
  let n = 0;
  for (const { section } of walkSections(report.sections)) {
    const find = statLookup(report, section);
    for (const p of section.paragraphs) {
      if (!p.text.includes('{{')) continue;
      for (const m of p.text.matchAll(STAT_TOKEN)) if (find(m[1].trim()) === stat) n += 1;
    }
  }
  return n;
}
