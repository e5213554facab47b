/** Finding word-list entries in a report's text, and which lines are body text. */
import type { ReportView, TextField } from '../text/report-view.ts';
import { MASK } from '../text/stored-text.ts';
import { locate } from '../text/text-index.ts';
import type { Ctx } from './types.ts';
import type { WordEntry } from './words.ts';

/** Body text: 导语 and section paragraphs (not headings, title or 落款). */
export const BODY_FIELDS: ReadonlySet<TextField> = new Set<TextField>(['preamble', 'paragraph']);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compiled = new Map<WordEntry, RegExp>();
function entryRe(e: WordEntry): RegExp {
  let re = compiled.get(e);
  if (!re) {
    re = new RegExp(e.regex ? e.pattern : escapeRe(e.pattern), 'g');
    compiled.set(e, re);
  }
  return re;
}

type Match = { index: number; text: string };

/** Every non-empty match of a global pattern in a text, at `offset` + its place there. */
function regexMatches(re: RegExp, text: string, offset: number, out: Match[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    out.push({ index: offset + m.index, text: m[0] });
  }
}

/** All matches of an entry in the printed or masked stored corpus: literals via the index, patterns by regex. */
function matchesIn(view: ReportView, which: 'printed' | 'raw', e: WordEntry): Match[] {
  if (!e.regex) return view.find(which, e.pattern).map((index) => ({ index, text: e.pattern }));
  const re = entryRe(e);
  const out: Match[] = [];
  const starts = which === 'raw' ? view.rawStarts : view.starts;
  // A match never spans two lines (see eachMatch), so each line is searched on its own.
  if (!e.anchor) {
    view.units.forEach((u, ui) => regexMatches(re, which === 'raw' ? u.masked : u.text, starts[ui], out));
    return out;
  }
  // A pattern's anchor is a literal every match holds: only the lines that hold it are searched.
  let last = -1;
  for (const at of view.find(which, e.anchor)) {
    const ui = locate(starts, at);
    if (ui === last) continue;
    last = ui;
    const unit = view.units[ui];
    regexMatches(re, which === 'raw' ? unit.masked : unit.text, starts[ui], out);
  }
  return out;
}

/** Visit every match of a word entry across the printed (or masked stored) texts, one line at a time. */
export function eachMatch(
  ctx: Ctx,
  e: WordEntry,
  onRaw: boolean,
  visit: (ui: number, at: number, text: string) => void,
): void {
  const starts = onRaw ? ctx.view.rawStarts : ctx.view.starts;
  for (const m of matchesIn(ctx.view, onRaw ? 'raw' : 'printed', e)) {
    const ui = locate(starts, m.index);
    const at = m.index - starts[ui];
    const len = onRaw ? ctx.view.units[ui].masked.length : ctx.view.units[ui].text.length;
    if (at + m.text.length > len) continue; // spans two lines
    if (m.text.includes(MASK)) continue;
    visit(ui, at, m.text);
  }
}
