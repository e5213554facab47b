/** Look-ups over one report that the item evaluators share: cue hits by sentence, figures near them, evidence. */
import { hasFigure } from '../text/figures.ts';
import { isOtherPeriod, periodMentions, type PeriodMention } from '../text/periods.ts';
import type { ReportView } from '../text/report-view.ts';
import { sentenceSpans } from '../text/sentences.ts';
import { locate } from '../text/text-index.ts';
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

/** What the look-ups read from one line alone: its sentences and the 《》 titles that name others' documents. */
interface LineReading {
  spans: Array<[number, number]>;
  spanStarts: number[];
  titles: Array<[number, number]>;
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
  return { spans, spanStarts: spans.map((s) => s[0]), titles: otherTitles(text) };
});

/** Above any line's length: unit × HIT_KEY + offset is a unique number key. */
const HIT_KEY = 2 ** 24;

export class Lookup {
  readonly view: ReportView;
  readonly year: number;
  private cueCache = new Map<string, Hit[]>();
  /** per unit: its line's reading, shared with every check that sees the same line */
  private lines: Array<LineReading | undefined> = [];
  /** keyed by unit × HIT_KEY + offset: numbers, not strings, since a long report gives thousands of hits */
  private figureCache = new Map<number, boolean>();
  private periodCache = new Map<number, PeriodMention | null>();

  constructor(view: ReportView) {
    this.view = view;
    this.year = view.report.year;
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
    out = [];
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
    this.cueCache.set(cue, out);
    return out;
  }

  sentence(h: Hit): string {
    return this.view.units[h.unit].text.slice(h.span[0], h.span[1]);
  }

  /** A figure near the cue: in the cue's clause or the clause after it ("开展普法活动，共计12场次"). */
  figure(h: Hit): boolean {
    const key = h.unit * HIT_KEY + h.off;
    let v = this.figureCache.get(key);
    if (v === undefined) {
      const text = this.view.units[h.unit].text;
      const [a, b] = clauseWindow(text, h.span[0], h.span[1], h.off);
      v = hasFigure(text.slice(a, b));
      this.figureCache.set(key, v);
    }
    return v;
  }

  /** A mention of another period ("2018年以来") in the hit's sentence. */
  otherPeriod(h: Hit): PeriodMention | null {
    const key = h.unit * HIT_KEY + h.span[0];
    let v = this.periodCache.get(key);
    if (v === undefined) {
      v = periodMentions(this.sentence(h)).find((p) => isOtherPeriod(p, this.year)) ?? null;
      this.periodCache.set(key, v);
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
