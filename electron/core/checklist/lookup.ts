/** Look-ups over one report that the item evaluators share: cue hits by sentence, figures near them, evidence. */
import { hasFigure } from '../text/figures.ts';
import { isOtherPeriod, periodMentions, type PeriodMention } from '../text/periods.ts';
import type { ReportView } from '../text/report-view.ts';
import { sentenceSpans } from '../text/sentences.ts';
import { allIndexes, locate } from '../text/text-index.ts';
import { TextMemo } from '../text/text-memo.ts';
import { checklistSpec } from './spec.ts';
import type { Evidence } from './types.ts';

export interface Hit {
  unit: number;
  /** sentence span inside the unit's text */
  span: [number, number];
  /** offset of the cue inside the unit's text */
  off: number;
  cue: string;
}

/** ，,；;：:。！？!? */
const CLAUSE_SEPS = new Set([0xff0c, 44, 0xff1b, 59, 0xff1a, 58, 0x3002, 0xff01, 0xff1f, 33, 63]);

/** The clause holding offset `at` and the clause after it, within [from, to). */
function clauseWindow(text: string, from: number, to: number, at: number): [number, number] {
  let a = at;
  while (a > from && !CLAUSE_SEPS.has(text.charCodeAt(a - 1))) a -= 1;
  let b = at;
  let seps = 0;
  while (b < to) {
    if (CLAUSE_SEPS.has(text.charCodeAt(b)) && ++seps === 2) break;
    b += 1;
  }
  return [a, b];
}

/** Plan and shortfalls describe future work and problems, not what was done. */
const BODY_EXCLUDED = new Set(['plan', 'shortfalls']);

/** A text trimmed to at most `max` characters, with … when cut. */
export function clip(text: string, max: number): string {
  const t = text.trim();
  return t.length > max ? t.slice(0, max) + '…' : t;
}

/** “a”、“b”、… of the first n words. */
export function quoteList(words: string[], n = 4): string {
  return words
    .slice(0, n)
    .map((w) => `“${w}”`)
    .join('、');
}

/**
 * What the look-ups read from one line alone: its sentences, the 《》 titles that name others' documents, and
 * (filled as asked) whether a cue there has a figure near it and which other period a sentence names.
 */
interface LineReading {
  spans: Array<[number, number]>;
  spanStarts: number[];
  titles: Array<[number, number]>;
  /** by the cue's offset */
  figures: Map<number, boolean>;
  /** by sentence start × YEAR_KEY + year */
  periods: Map<number, PeriodMention | null>;
}

/**
 * The 《》 titles of a text that name another body's document, as [start, end) spans. A title issued in
 * the same clause ("出台了《…处罚案件集体讨论规定》") is the unit's own work and is not among them.
 */
function otherTitles(text: string): Array<[number, number]> {
  const t: Array<[number, number]> = [];
  if (!text.includes('《')) return t;
  for (const m of text.matchAll(/《[^《》\n]*》/g)) {
    const [a] = clauseWindow(text, 0, text.length, m.index);
    const lead = text.slice(a, m.index);
    if (!checklistSpec.ownDocumentVerbs.some((v) => lead.includes(v))) t.push([m.index, m.index + m[0].length]);
  }
  return t;
}

const LINES = new TextMemo<LineReading>((text) => {
  const spans = sentenceSpans(text);
  return {
    spans,
    spanStarts: spans.map((s) => s[0]),
    titles: otherTitles(text),
    figures: new Map(),
    periods: new Map(),
  };
});

/** Above any year: sentence start × YEAR_KEY + year is a unique number key. */
const YEAR_KEY = 2 ** 14;

/** The hits of a cue in one line (offsets in order, none overlapping, none inside another body's 《》 title). */
function lineHits(unit: number, text: string, line: LineReading, cue: string, out: Hit[]): void {
  for (const off of allIndexes(text, cue)) {
    if (line.titles.length && line.titles.some(([a, b]) => off > a && off < b)) continue;
    out.push({ unit, span: line.spans[locate(line.spanStarts, off)] ?? [0, text.length], off, cue });
  }
}

/**
 * The last look-up of each report, and how its lines map onto a new view of the same report: the editor
 * checks after every pause in typing, and all lines but those of the edited paragraph are the same. Lines
 * before the edit keep their number; lines after it move by the number of lines added or removed.
 */
interface Reuse {
  from: Lookup;
  /** lines [0, head) are the same in both views */
  head: number;
  /** lines [end, n) of the new view are lines [end - shift, …) of the old one */
  end: number;
  shift: number;
}

/** More changed lines than this and the cues are looked up afresh. */
const REUSE_MAX_LINES = 64;
const recent = new Map<string, Lookup>();

function reuseOf(from: Lookup | undefined, view: ReportView): Reuse | undefined {
  if (!from || from.view === view) return undefined;
  const a = from.view.units;
  const b = view.units;
  const min = Math.min(a.length, b.length);
  let head = 0;
  while (head < min && a[head].text === b[head].text) head++;
  let tail = 0;
  while (tail < min - head && a[a.length - 1 - tail].text === b[b.length - 1 - tail].text) tail++;
  const end = b.length - tail;
  if (end - head > REUSE_MAX_LINES) return undefined;
  return { from, head, end, shift: b.length - a.length };
}

export class Lookup {
  readonly view: ReportView;
  readonly year: number;
  private readonly cueCache = new Map<string, Hit[]>();
  /** per unit: its line's reading, shared with every check that sees the same line */
  private lines: Array<LineReading | undefined> = [];
  private readonly reuse: Reuse | undefined;

  constructor(view: ReportView) {
    this.view = view;
    this.year = view.report.year;
    this.reuse = reuseOf(recent.get(view.report.id), view);
    // Only one look-up back is kept: what it reused from its own predecessor is in its own cache by now.
    recent.delete(view.report.id);
    if (recent.size >= 4) recent.delete(recent.keys().next().value!);
    recent.set(view.report.id, this);
  }

  /** Body text: 导语 and section paragraphs, outside the plan and shortfalls sections. */
  inBody(u: number): boolean {
    const unit = this.view.units[u];
    if (unit.field === 'preamble') return true;
    return unit.field === 'paragraph' && !(unit.top !== null && BODY_EXCLUDED.has(unit.top));
  }

  private line(u: number): LineReading {
    return (this.lines[u] ??= LINES.get(this.view.units[u].text));
  }

  spans(u: number): Array<[number, number]> {
    return this.line(u).spans;
  }

  /**
   * Every occurrence of a cue in the printed text, with its sentence: a sentence may name the item early
   * ("落实“八五”普法规划") and give the work with its figure later ("开展主题普法活动40场"). A cue inside a
   * 《》 title names a document, not work done ("学习《…行政执法…条例》" does not account for enforcement).
   */
  hits(cue: string): Hit[] {
    let out = this.cueCache.get(cue);
    if (out) return out;
    out = this.reusedHits(cue) ?? this.foundHits(cue);
    this.cueCache.set(cue, out);
    return out;
  }

  /** The hits of the last look-up of this report, with only the changed lines searched again. */
  private reusedHits(cue: string): Hit[] | undefined {
    const r = this.reuse;
    const before = r?.from.cueCache.get(cue);
    if (!r || !before) return undefined;
    const out: Hit[] = [];
    let i = 0;
    for (; i < before.length && before[i].unit < r.head; i++) out.push(before[i]);
    const { units } = this.view;
    for (let u = r.head; u < r.end; u++) lineHits(u, units[u].text, this.line(u), cue, out);
    for (; i < before.length; i++) {
      const h = before[i];
      if (h.unit + r.shift >= r.end) out.push({ ...h, unit: h.unit + r.shift });
    }
    return out;
  }

  private foundHits(cue: string): Hit[] {
    const out: Hit[] = [];
    const { starts, units } = this.view;
    // Positions come in order, so the unit is found by walking forward, not by a search per position.
    let u = 0;
    for (const pos of this.view.find('printed', cue)) {
      if (u + 1 < starts.length && starts[u + 1] <= pos) u = locate(starts, pos);
      const off = pos - starts[u];
      if (off + cue.length > units[u].text.length) continue;
      const line = this.line(u);
      if (line.titles.length && line.titles.some(([a, b]) => off > a && off < b)) continue;
      const span = line.spans[locate(line.spanStarts, off)] ?? [0, units[u].text.length];
      out.push({ unit: u, span, off, cue });
    }
    return out;
  }

  sentence(h: Hit): string {
    return this.view.units[h.unit].text.slice(h.span[0], h.span[1]);
  }

  /** A figure near the cue: in the cue's clause or the clause after it ("开展普法活动，共计12场次"). */
  figure(h: Hit): boolean {
    const cache = this.line(h.unit).figures;
    let v = cache.get(h.off);
    if (v === undefined) {
      const text = this.view.units[h.unit].text;
      const [a, b] = clauseWindow(text, h.span[0], h.span[1], h.off);
      v = hasFigure(text.slice(a, b));
      cache.set(h.off, v);
    }
    return v;
  }

  /** A mention of another period ("2018年以来") in the hit's sentence. */
  otherPeriod(h: Hit): PeriodMention | null {
    const cache = this.line(h.unit).periods;
    const key = h.span[0] * YEAR_KEY + this.year;
    let v = cache.get(key);
    if (v === undefined) {
      v = periodMentions(this.sentence(h)).find((p) => isOtherPeriod(p, this.year)) ?? null;
      cache.set(key, v);
    }
    return v;
  }

  evidence(u: number, span?: [number, number]): Evidence {
    const unit = this.view.units[u];
    const text = span ? unit.text.slice(span[0], span[1]) : unit.text;
    return {
      sectionId: unit.sectionId,
      paragraphId: unit.paragraphId,
      label: unit.label,
      excerpt: clip(text, 80),
    };
  }

  /** Units of sections carrying a catalogue key (any depth). */
  unitsWithKey(key: string, fields: Array<'paragraph' | 'heading'> = ['paragraph']): number[] {
    const out: number[] = [];
    this.view.units.forEach((u, i) => {
      if (u.keys.includes(key) && (fields as string[]).includes(u.field)) out.push(i);
    });
    return out;
  }

  filledStat(ids: string[] | undefined): { label: string; value: number; unit: string } | null {
    for (const id of ids ?? []) {
      const hit = this.view.filledStats.get(id);
      if (hit && hit.stat.value !== null) return { label: hit.stat.label, value: hit.stat.value, unit: hit.stat.unit };
    }
    return null;
  }

  /** A 导语 sentence stating the guiding thought ("以习近平法治思想为指导") announces, it reports no work. */
  private inFormula(h: Hit): boolean {
    if (this.view.units[h.unit].field !== 'preamble') return false;
    const s = this.sentence(h);
    return checklistSpec.guidingFormula.some((w) => s.includes(w));
  }

  /** Hits of any of the cues in body text, leaving out the 导语's guiding-thought formula. */
  bodyHits(cues: string[]): Hit[] {
    const out: Hit[] = [];
    for (const cue of cues) for (const h of this.hits(cue)) if (this.inBody(h.unit) && !this.inFormula(h)) out.push(h);
    return out;
  }

  /** Hits in the given sections first, then in document order. */
  ordered(hits: Hit[], keys: string[]): Hit[] {
    // Decorated once: a long report gives hundreds of hits, and the comparator runs n·log n times.
    const ownUnit = new Map<number, boolean>();
    const own = (h: Hit) => {
      let v = ownUnit.get(h.unit);
      if (v === undefined) ownUnit.set(h.unit, (v = this.view.units[h.unit].keys.some((k) => keys.includes(k))));
      return v;
    };
    return [...hits].sort((a, b) => Number(own(b)) - Number(own(a)) || a.unit - b.unit || a.off - b.off);
  }
}
