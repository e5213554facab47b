/**
 * The reviewer's checklist (DOMAIN.md §3): which required items the report covers, partly covers or misses,
 * with the paragraph that covers each one. Items and cues live in assets/checklist.json; the county's
 * 工作要点 (report.countyItems) and last year's promises (the previous report's plan) become extra items.
 *
 * How an item is judged:
 * - a cue is looked for in the body as printed (导语 and sections, statistics resolved), outside the plan
 *   and shortfalls sections, which describe future work and problems rather than what was done;
 * - an item with figures expected is 'covered' only when a sentence holding a cue also gives a figure
 *   (an Arabic number that is not a year, date or ordinal; a sentence about another period such as
 *   "2018年以来" does not count), or when one of the item's statistics is filled in; otherwise 'partial';
 * - the four required (M) items have their own rules: chief, shortfalls, next-year, formalities (below);
 * - the user's marks (report.marks) override: 已确认 → 'confirmed', 不适用 with a reason → 'na'.
 */
import checklistData from '../../assets/checklist.json' with { type: 'json' };
import type { Mark, Report } from './report-model.ts';
import { hasFigure } from './text/figures.ts';
import { keyPhrases, type KeyPhraseConfig } from './text/key-phrases.ts';
import { isOtherPeriod, periodMentions, type PeriodMention } from './text/periods.ts';
import { buildView, cachedView, type ReportView } from './text/report-view.ts';
import { sentenceSpans } from './text/sentences.ts';
import { locate } from './text/text-index.ts';

export type ItemLevel = 'M' | 'R' | 'O';
export type ItemState = 'covered' | 'partial' | 'missing' | 'confirmed' | 'na';
export type ItemSource = 'standard' | 'county' | 'promise';

/** One item of assets/checklist.json. */
export interface ChecklistItemSpec {
  id: string;
  title: string;
  level: ItemLevel;
  /** phrases whose presence suggests the item is covered (any of them) */
  cues: string[];
  /** catalogue keys of the sections where the item belongs ("jump to") */
  sectionKeys: string[];
  /** what figures are expected, or null when none are */
  figures: string | null;
  /** statistic ids whose filled value counts as the figure */
  stats?: string[];
  /** phrases stating a zero figure (未发生 …), which counts as a figure */
  zeroCues?: string[];
  /** a special rule instead of the generic one */
  rule?: 'chief' | 'shortfalls' | 'next-year' | 'formalities';
  /** chief: what the 书记/乡长 did (亲自部署, 主持, 专题会议, 述法 …) */
  actionCues?: string[];
  /** chief: the slogan that alone does not cover the item */
  sloganCues?: string[];
  /** shortfalls: the analysis of causes the rules require */
  reasonCues?: string[];
}

export interface ChecklistSpec {
  version: number;
  items: ChecklistItemSpec[];
  keyPhrases: KeyPhraseConfig;
}

export const checklistSpec = checklistData as unknown as ChecklistSpec;

/** Key phrase settings with every checklist cue counted as a domain term too. */
const phraseConfig: KeyPhraseConfig = {
  ...checklistSpec.keyPhrases,
  terms: [
    ...(checklistSpec.keyPhrases.terms ?? []),
    ...checklistSpec.items.flatMap((i) => i.cues).filter((c) => !c.includes('{')),
  ],
};

/** The key phrases the checklist extracts from a county item or a promise (none inside another). */
export function itemKeyPhrases(text: string): string[] {
  const all = keyPhrases(text, phraseConfig);
  return all.filter((p) => !all.some((q) => q !== p && q.includes(p)));
}

/** The paragraph that covers an item (or, for a partial item, the one that comes closest). */
export interface Evidence {
  sectionId?: string;
  paragraphId?: string;
  /** "一、（三）", "导语", … */
  label: string;
  excerpt: string;
}

export interface ChecklistItemResult {
  id: string;
  title: string;
  level: ItemLevel;
  source: ItemSource;
  /** the state shown: the user's mark when there is a valid one, else the computed state */
  state: ItemState;
  /** what the text alone gives, before marks */
  computedState: 'covered' | 'partial' | 'missing';
  /** why, in Chinese */
  reason: string;
  evidence?: Evidence;
  /** catalogue keys of the sections where the item belongs */
  sectionKeys: string[];
  figures: string | null;
  cues: string[];
  /** the reason the user gave with a mark */
  markReason?: string;
}

export interface ChecklistOptions {
  /** last year's report: its plan becomes 去年承诺 items */
  previous?: Report;
}

const STATE_NAMES: Record<ItemState, string> = {
  covered: '已覆盖',
  partial: '部分覆盖',
  missing: '未覆盖',
  confirmed: '已确认',
  na: '不适用',
};

/** The Chinese name of a state, for lists and messages. */
export function stateName(state: ItemState): string {
  return STATE_NAMES[state];
}

/** A Chinese error message when a mark cannot be accepted (不适用 needs a reason), else null. */
export function validateMark(mark: Mark | undefined | null): string | null {
  if (!mark || (mark.state !== 'confirmed' && mark.state !== 'na')) return '标记无效：只能标记为“已确认”或“不适用”。';
  if (mark.state === 'na' && !(mark.reason ?? '').trim()) return '标记为“不适用”时必须写明理由。';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Shared look-ups over one report

interface Hit {
  unit: number;
  /** sentence span inside the unit's text */
  span: [number, number];
  /** offset of the cue inside the unit's text */
  off: number;
  cue: string;
}

/** ，,；;：:。！？!? */
const isClauseSep = (c: number) =>
  c === 0xff0c ||
  c === 44 ||
  c === 0xff1b ||
  c === 59 ||
  c === 0xff1a ||
  c === 58 ||
  c === 0x3002 ||
  c === 0xff01 ||
  c === 0xff1f ||
  c === 33 ||
  c === 63;

/** The clause holding offset `at` and the clause after it, within [from, to). */
function clauseWindow(text: string, from: number, to: number, at: number): [number, number] {
  let a = at;
  while (a > from && !isClauseSep(text.charCodeAt(a - 1))) a -= 1;
  let b = at;
  let seps = 0;
  while (b < to) {
    if (isClauseSep(text.charCodeAt(b)) && ++seps === 2) break;
    b += 1;
  }
  return [a, b];
}

const BODY_EXCLUDED = new Set(['plan', 'shortfalls']);

class Lookup {
  readonly view: ReportView;
  readonly year: number;
  private cueCache = new Map<string, Hit[]>();
  private spanCache = new Map<number, Array<[number, number]>>();
  private spanStartCache = new Map<number, number[]>();
  private figureCache = new Map<string, boolean>();
  private periodCache = new Map<string, PeriodMention | null>();

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

  spans(u: number): Array<[number, number]> {
    let s = this.spanCache.get(u);
    if (!s) {
      s = sentenceSpans(this.view.units[u].text);
      this.spanCache.set(u, s);
    }
    return s;
  }

  /** Every occurrence of a cue in the printed text, with its sentence; one hit per sentence. */
  hits(cue: string): Hit[] {
    let out = this.cueCache.get(cue);
    if (out) return out;
    out = [];
    const { starts, units } = this.view;
    let lastUnit = -1;
    let lastSpan = -1;
    for (const pos of this.view.find('printed', cue)) {
      const u = locate(starts, pos);
      const off = pos - starts[u];
      if (off + cue.length > units[u].text.length) continue;
      const spans = this.spans(u);
      let spanStarts = this.spanStartCache.get(u);
      if (!spanStarts) this.spanStartCache.set(u, (spanStarts = spans.map((s) => s[0])));
      const span = spans[locate(spanStarts, off)] ?? [0, units[u].text.length];
      if (u === lastUnit && span[0] === lastSpan) continue;
      lastUnit = u;
      lastSpan = span[0];
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
    const key = `${h.unit}:${h.off}`;
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
    const key = `${h.unit}:${h.span[0]}`;
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
}

function clip(text: string, max: number): string {
  const t = text.trim();
  return t.length > max ? t.slice(0, max) + '…' : t;
}

function quoteList(words: string[], n = 4): string {
  return words
    .slice(0, n)
    .map((w) => `“${w}”`)
    .join('、');
}

interface Computed {
  state: 'covered' | 'partial' | 'missing';
  reason: string;
  evidence?: Evidence;
}

/** Prefer hits in the item's own sections, then document order. */
function ordered(hits: Hit[], look: Lookup, keys: string[]): Hit[] {
  const own = (h: Hit) => look.view.units[h.unit].keys.some((k) => keys.includes(k));
  return [...hits].sort((a, b) => Number(own(b)) - Number(own(a)) || a.unit - b.unit || a.span[0] - b.span[0]);
}

function bodyHits(look: Lookup, cues: string[]): Hit[] {
  const out: Hit[] = [];
  for (const cue of cues) for (const h of look.hits(cue)) if (look.inBody(h.unit)) out.push(h);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The rules

function evalGeneric(spec: ChecklistItemSpec, look: Lookup): Computed {
  const hits = ordered(bodyHits(look, spec.cues), look, spec.sectionKeys);
  const stat = look.filledStat(spec.stats);
  if (!hits.length) {
    if (stat) {
      return {
        state: 'partial',
        reason: `统计表已填写“${stat.label}”${stat.value}${stat.unit}，但正文没有写到这一项。`,
      };
    }
    return { state: 'missing', reason: `正文没有写到这一项（可写：${quoteList(spec.cues)}等）。` };
  }
  const first = hits[0];
  if (!spec.figures) {
    return { state: 'covered', reason: `正文写到了“${first.cue}”。`, evidence: look.evidence(first.unit, first.span) };
  }
  const withFigure = hits.find((h) => look.figure(h) && !look.otherPeriod(h));
  if (withFigure) {
    return {
      state: 'covered',
      reason: `正文写到了“${withFigure.cue}”，并给出了数字。`,
      evidence: look.evidence(withFigure.unit, withFigure.span),
    };
  }
  const zero = spec.zeroCues?.length
    ? hits.find((h) => !look.otherPeriod(h) && spec.zeroCues!.some((z) => look.sentence(h).includes(z)))
    : undefined;
  if (zero) {
    return {
      state: 'covered',
      reason: `正文写明了本年度没有发生（0件也是数字）。`,
      evidence: look.evidence(zero.unit, zero.span),
    };
  }
  if (stat) {
    return {
      state: 'covered',
      reason: `正文写到了“${first.cue}”，数字见统计表“${stat.label}”${stat.value}${stat.unit}。`,
      evidence: look.evidence(first.unit, first.span),
    };
  }
  const stale = hits.map((h) => look.otherPeriod(h)).find((p): p is PeriodMention => p !== null);
  const reason = stale
    ? `只写了“${stale.match}”的情况，没有${look.year}年度的数字（应写：${spec.figures}）。`
    : `写到了“${first.cue}”，但没有数字（应写：${spec.figures}）。`;
  return { state: 'partial', reason, evidence: look.evidence(first.unit, first.span) };
}

/**
 * 第一责任人: covered by an account, not a slogan. A paragraph (in the chief section or anywhere in the body)
 * must name the 书记/乡长/镇长/主要负责人 together with a concrete action (亲自…, 主持, 专题会议, 专题研究, 述法);
 * with figures (专题会议次数, 述法人数) it is covered, without them partial. In the chief section itself an
 * action without naming who did it is partial. "主抓行政第一责任人" and the like alone leave it missing.
 */
function evalChief(spec: ChecklistItemSpec, look: Lookup): Computed {
  const actorUnits = new Set(bodyHits(look, spec.cues).map((h) => h.unit));
  const actionHits = bodyHits(look, spec.actionCues ?? []);
  const actionUnits = new Set(actionHits.map((h) => h.unit));
  const inChief = (u: number) => look.view.units[u].keys.includes('chief');
  const both = [...actorUnits]
    .filter((u) => actionUnits.has(u))
    .sort((a, b) => Number(inChief(b)) - Number(inChief(a)) || a - b);
  const stat = look.filledStat(spec.stats);
  if (both.length) {
    const withFigure = both.find((u) => hasFigure(look.view.units[u].text));
    if (withFigure !== undefined) {
      return {
        state: 'covered',
        reason: '写了党政主要负责人本人履职的具体做法，并给出了数字。',
        evidence: look.evidence(withFigure),
      };
    }
    if (stat) {
      return {
        state: 'covered',
        reason: `写了党政主要负责人本人履职的具体做法，数字见统计表“${stat.label}”${stat.value}${stat.unit}。`,
        evidence: look.evidence(both[0]),
      };
    }
    return {
      state: 'partial',
      reason: `写了党政主要负责人本人履职的做法，但没有数字（应写：${spec.figures}）。`,
      evidence: look.evidence(both[0]),
    };
  }
  const chiefUnits = look.unitsWithKey('chief').filter((u) => look.view.units[u].field === 'paragraph');
  const actionOnly = chiefUnits.find((u) => actionUnits.has(u));
  if (actionOnly !== undefined) {
    return {
      state: 'partial',
      reason: '第一责任人部分写了具体做法，但没有写明是党委书记、乡（镇）长本人（谁亲自部署、主持会议、述法）。',
      evidence: look.evidence(actionOnly),
    };
  }
  if (chiefUnits.length) {
    return {
      state: 'missing',
      reason:
        '第一责任人部分只有原则性表述，没有写党委书记、乡（镇）长本人做了什么（亲自部署、亲自过问、主持专题会议、年终述法等）。',
    };
  }
  const slogan = bodyHits(look, spec.sloganCues ?? [])[0];
  if (slogan) {
    const s = look.sentence(slogan);
    const at = s.indexOf(slogan.cue);
    const phrase = s.slice(Math.max(0, at - 6), at + slogan.cue.length).replace(/^.*[，,、；;。]/, '');
    return {
      state: 'missing',
      reason: `只有“${phrase}”这样的口号式表述，没有写党委书记、乡（镇）长本人履行第一责任人职责做了什么。`,
    };
  }
  return { state: 'missing', reason: '没有写党政主要负责人履行推进法治建设第一责任人职责的情况（必写部分）。' };
}

/** 存在的不足和原因: any text in the section states the shortfalls; covered only when causes are given too. */
function evalShortfalls(spec: ChecklistItemSpec, look: Lookup): Computed {
  const units = look.unitsWithKey('shortfalls');
  if (!units.length) return { state: 'missing', reason: '“存在的不足和原因”部分还没有写（必写部分）。' };
  for (const cue of spec.reasonCues ?? []) {
    const hit = look.hits(cue).find((h) => units.includes(h.unit));
    if (hit)
      return {
        state: 'covered',
        reason: `写了不足，也分析了原因（“${cue}”）。`,
        evidence: look.evidence(hit.unit, hit.span),
      };
  }
  return {
    state: 'partial',
    reason: '列了不足，但没有分析原因；按规定须写“存在的不足和原因”，每条不足后写明主观、客观原因。',
    evidence: look.evidence(units[0]),
  };
}

/** 下一年度安排: covered when the plan section (heading or text) names the next year. */
function evalNextYear(_spec: ChecklistItemSpec, look: Lookup): Computed {
  const paras = look.unitsWithKey('plan');
  const next = `${look.year + 1}年`;
  if (!paras.length) return { state: 'missing', reason: `还没有写${next}度的主要安排（必写部分）。` };
  const all = look.unitsWithKey('plan', ['heading', 'paragraph']);
  const named = all.find((u) => look.view.units[u].text.includes(next));
  if (named !== undefined)
    return { state: 'covered', reason: `写了下一年度安排，并写明了“${next}”。`, evidence: look.evidence(named) };
  return {
    state: 'partial',
    reason: `写了下一步安排，但没有写明年份“${next}”（标题或正文应点明${next}度）。`,
    evidence: look.evidence(paras[0]),
  };
}

/** 主送机关、落款单位、成文日期 all present. */
function evalFormalities(_spec: ChecklistItemSpec, look: Lookup): Computed {
  const r = look.view.report;
  const missing: string[] = [];
  if (!r.recipient.trim()) missing.push('主送机关');
  if (!r.signature.units.some((u) => u.trim())) missing.push('落款单位');
  if (!r.signature.date) missing.push('成文日期');
  if (!missing.length) return { state: 'covered', reason: '主送机关、落款单位、成文日期齐全。' };
  const state = missing.length === 3 ? 'missing' : 'partial';
  return {
    state,
    reason: `缺少${missing.join('、')}。报告须写明主送机关（县委、县政府），落款署党委、政府名称并写成文日期。`,
  };
}

// ---------------------------------------------------------------------------------------------
// County items and last year's promises

/** Count, per body paragraph, how many of the phrases it holds. */
function phraseCoverage(look: Lookup, phrases: string[], keep: (u: number) => boolean) {
  const perUnit = new Map<number, Set<string>>();
  const matched = new Set<string>();
  for (const p of phrases) {
    for (const h of look.hits(p)) {
      if (!keep(h.unit)) continue;
      matched.add(p);
      let s = perUnit.get(h.unit);
      if (!s) perUnit.set(h.unit, (s = new Set()));
      s.add(p);
    }
  }
  let best = -1;
  let bestCount = 0;
  for (const [u, s] of perUnit) {
    if (s.size > bestCount || (s.size === bestCount && u < best)) {
      best = u;
      bestCount = s.size;
    }
  }
  return { matched, best, bestCount };
}

function evalPhrases(
  look: Lookup,
  phrases: string[],
  keep: (u: number) => boolean,
  need: number,
  partialNeed: number,
  where: string,
): Computed {
  if (!phrases.length) return { state: 'missing', reason: '无法从这一条提取关键词，请核对后手动标记。' };
  const { matched, best, bestCount } = phraseCoverage(look, phrases, keep);
  const missed = phrases.filter((p) => !matched.has(p));
  if (bestCount >= need) {
    return {
      state: 'covered',
      reason: `${where}写到了：${quoteList([...matched], 6)}。`,
      evidence: look.evidence(best),
    };
  }
  if (matched.size >= partialNeed) {
    return {
      state: 'partial',
      reason: `${where}只写到部分要点：${quoteList([...matched], 4)}；未见${quoteList(missed, 4)}。`,
      evidence: best >= 0 ? look.evidence(best) : undefined,
    };
  }
  return { state: 'missing', reason: `${where}没有写到（关键词：${quoteList(phrases, 5)}）。` };
}

/** FNV-1a hash of a text, base 36: a short id that survives reordering of the lines it names. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The county's 工作要点, one item a line (leading numbers such as "1." or "（一）" are ignored). */
export function countyItemLines(report: Report): string[] {
  return report.countyItems
    .flatMap((l) => l.split('\n'))
    .map((l) => l.trim())
    .filter(Boolean);
}

function countyResults(report: Report, look: Lookup): Array<Computed & { id: string; title: string; cues: string[] }> {
  const seen = new Map<string, number>();
  return countyItemLines(report).map((line) => {
    let id = `county-${shortHash(line.replace(/\s+/g, ''))}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) id += `-${n}`;
    const phrases = itemKeyPhrases(line);
    const need = phrases.length <= 2 ? phrases.length : Math.ceil(phrases.length * 0.6);
    const c = evalPhrases(look, phrases, (u) => look.inBody(u), need, 1, '正文');
    return { ...c, id, title: `县工作要点：${clip(line, 30)}`, cues: phrases };
  });
}

const ENUM_MARKER = /(?<=^|[。；;：:，,！？!?\s])[一二三四五六七八九十]{1,3}是/g;

/**
 * Last year's plan split into its promises: the 一是/二是 items, or its sentences when there are none, with a
 * leading number (一是, （一）, 1.) taken off. Promise n is checklist item `promise-<n>`.
 */
export function promiseTexts(previous: Report | ReportView): string[] {
  const view = 'units' in previous ? previous : buildView(previous);
  const out: string[] = [];
  for (const u of view.units) {
    if (u.field !== 'paragraph' || !u.keys.includes('plan')) continue;
    const marks = [...u.text.matchAll(ENUM_MARKER)].map((m) => m.index!);
    const pieces: string[] = [];
    if (marks.length) {
      marks.forEach((at, i) => pieces.push(u.text.slice(at, marks[i + 1] ?? u.text.length)));
    } else {
      for (const [a, b] of sentenceSpans(u.text)) pieces.push(u.text.slice(a, b));
    }
    for (const p of pieces) {
      const t = p
        .trim()
        .replace(
          /^(?:[一二三四五六七八九十]{1,3}是|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,3}\s*[.．、](?!\d))\s*/,
          '',
        )
        .replace(/[。；;，,\s]+$/, '')
        .trim();
      if (t.replace(/[^\p{L}\p{N}]/gu, '').length >= 6) out.push(t);
    }
  }
  return out;
}

const promiseMemo = new WeakMap<ReportView, Array<{ text: string; phrases: string[] }>>();

function promiseResults(
  previous: ReportView,
  look: Lookup,
): Array<Computed & { id: string; title: string; cues: string[] }> {
  let promises = promiseMemo.get(previous);
  if (!promises) {
    promises = promiseTexts(previous).map((text) => ({ text, phrases: itemKeyPhrases(text) }));
    promiseMemo.set(previous, promises);
  }
  return promises.map(({ text, phrases }, i) => {
    const n = phrases.length;
    const need = n <= 2 ? n : Math.max(2, Math.ceil(n * 0.5));
    const inMeasures = (u: number) =>
      look.view.units[u].field === 'paragraph' && look.view.units[u].keys.includes('measures');
    const c = evalPhrases(look, phrases, inMeasures, need, Math.max(1, Math.ceil(n / 4)), '今年的举措和成效');
    return { ...c, id: `promise-${i + 1}`, title: `去年承诺：${clip(text, 30)}`, cues: phrases };
  });
}

// ---------------------------------------------------------------------------------------------

function withMark(report: Report, computed: Omit<ChecklistItemResult, 'state'>): ChecklistItemResult {
  // Key order as a reader of the JSON expects it: id, title, level, state first.
  const { id, title, level, source, computedState, ...rest } = computed;
  const base = { id, title, level, state: computedState as ItemState, computedState, source, ...rest };
  const mark = report.marks[base.id];
  if (!mark) return { ...base, state: base.computedState };
  const error = validateMark(mark);
  if (error)
    return {
      ...base,
      state: base.computedState,
      reason: `${base.reason}（${error}标记未生效。）`,
      markReason: mark.reason,
    };
  if (mark.state === 'confirmed') {
    const note = mark.reason?.trim() ? `：${mark.reason.trim()}` : '';
    return {
      ...base,
      state: 'confirmed',
      reason: `已由用户确认${note}（检查结果：${stateName(base.computedState)}——${base.reason}）`,
      markReason: mark.reason,
    };
  }
  return { ...base, state: 'na', reason: `用户标记为不适用：${mark.reason!.trim()}`, markReason: mark.reason };
}

const RULES = {
  chief: evalChief,
  shortfalls: evalShortfalls,
  'next-year': evalNextYear,
  formalities: evalFormalities,
} as const;

/**
 * Evaluate the checklist on a report: the standard items of assets/checklist.json, then one item per line of
 * report.countyItems (id `county-<hash of the line>`, stable when lines are reordered), then, with
 * opts.previous, one item per promise of last year's plan (id `promise-<n>`, in order).
 */
export function evaluateChecklist(report: Report, opts: ChecklistOptions = {}): ChecklistItemResult[] {
  return checklistView(buildView(report), opts.previous ? cachedView(opts.previous) : undefined);
}

/** evaluateChecklist on views already built (checkReport shares one view between the checklist and the lint). */
export function checklistView(view: ReportView, previous?: ReportView): ChecklistItemResult[] {
  const report = view.report;
  const look = new Lookup(view);
  const out: ChecklistItemResult[] = [];
  for (const spec of checklistSpec.items) {
    const c = spec.rule ? RULES[spec.rule](spec, look) : evalGeneric(spec, look);
    const cues = spec.cues.map((cue) =>
      cue.replaceAll('{nextYear}', String(report.year + 1)).replaceAll('{year}', String(report.year)),
    );
    out.push(
      withMark(report, {
        id: spec.id,
        title: spec.title,
        level: spec.level,
        source: 'standard',
        computedState: c.state,
        reason: c.reason,
        evidence: c.evidence,
        sectionKeys: spec.sectionKeys,
        figures: spec.figures,
        cues,
      }),
    );
  }
  for (const c of countyResults(report, look)) {
    out.push(
      withMark(report, {
        id: c.id,
        title: c.title,
        level: 'R',
        source: 'county',
        computedState: c.state,
        reason: c.reason,
        evidence: c.evidence,
        sectionKeys: ['measures'],
        figures: null,
        cues: c.cues,
      }),
    );
  }
  if (previous) {
    for (const c of promiseResults(previous, look)) {
      out.push(
        withMark(report, {
          id: c.id,
          title: c.title,
          level: 'R',
          source: 'promise',
          computedState: c.state,
          reason: c.reason,
          evidence: c.evidence,
          sectionKeys: ['measures'],
          figures: null,
          cues: c.cues,
        }),
      );
    }
  }
  return out;
}

/**
 * Weights of the completeness score. Standard items weigh by level: M (required by the rules) 3,
 * R (expected by reviewers) 2, O (optional for a township) 1; county items and last year's promises 1 each.
 */
export const COMPLETENESS_WEIGHTS = { M: 3, R: 2, O: 1, county: 1, promise: 1 } as const;

/**
 * A 0–100 score: Σ weight × credit / Σ weight, where covered and confirmed earn 1, partial 0.5 and missing 0.
 * Items marked 不适用 leave the sum, and so does an optional (O) item that is missing: an optional item
 * only ever adds. Nothing to check scores 100.
 */
export function completeness(results: ChecklistItemResult[]): number {
  let total = 0;
  let got = 0;
  for (const r of results) {
    if (r.state === 'na') continue;
    if (r.level === 'O' && r.state === 'missing') continue;
    const w = r.source === 'standard' ? COMPLETENESS_WEIGHTS[r.level] : COMPLETENESS_WEIGHTS[r.source];
    const credit = r.state === 'covered' || r.state === 'confirmed' ? 1 : r.state === 'partial' ? 0.5 : 0;
    total += w;
    got += w * credit;
  }
  return total === 0 ? 100 : Math.round((100 * got) / total);
}
