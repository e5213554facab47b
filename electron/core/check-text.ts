/**
 * The report read once for the checks: every printed line with where it comes from, the same line as
 * stored (statistic tokens unresolved, for mechanical fixes), and small text tests shared by the checklist
 * and the lint (figures, sentences, key phrases, years used as a reporting period).
 * Pure code: runs in the main process, the renderer and the CLIs alike.
 */
import type { Paragraph, Report, Section, Stat } from './report-model.ts';
import { documentBlocks } from './document.ts';
import { sanitizeText } from './text.ts';

/** Where a line sits in the stored report; also the target of a fix. */
export type TextField = 'title' | 'recipient' | 'preamble' | 'heading' | 'paragraph' | 'attachment' | 'signature';

/** One printed line of the document (a body paragraph, a heading line, a title line, …). */
export interface TextUnit {
  field: TextField;
  /** the line as printed (statistics resolved) */
  text: string;
  /** the same line as stored, trimmed */
  raw: string;
  /** `raw` with statistic tokens and web addresses blanked out (same length), for mechanical rules */
  masked: string;
  /** offset of `raw` inside the stored field; -1 when it cannot be placed (no fix is offered then) */
  rawStart: number;
  sectionId?: string;
  paragraphId?: string;
  /** index in report.attachments / report.signature.units */
  index?: number;
  /** human path, e.g. "一、（三）", "导语", "标题", "落款" */
  label: string;
  /** 1-based position among the printed paragraphs of the same section (or field); 0 = the heading */
  para: number;
  /** 0-based line within the stored field (a field may hold several paragraphs) */
  line: number;
  /** key of the top-level section the line belongs to (measures, chief, shortfalls, plan, other), else null */
  top: string | null;
  /** keys of the line's section and all its ancestors */
  keys: string[];
}

export interface SectionInfo {
  section: Section;
  depth: number;
  parentId: string | null;
  top: string | null;
  keys: string[];
  /** printed label ("一、（三）"); null while the section has no text and so is not printed */
  label: string | null;
  /** id of the depth-2 ancestor (or itself at depth 2): the sub-area a line belongs to */
  subAreaId: string | null;
  /** position of the top-level ancestor in report.sections */
  rootIndex: number;
}

export interface ReportView {
  report: Report;
  units: TextUnit[];
  sections: Map<string, SectionInfo>;
  /** every section with a catalogue key, by key, in document order */
  byKey: Map<string, SectionInfo[]>;
  /** filled statistics by id (first filled one wins) */
  filledStats: Map<string, { stat: Stat; sectionId: string }>;
  /** printed texts joined by "\n"; unit i starts at starts[i] */
  corpus: string;
  starts: number[];
  /** masked stored texts joined by "\n"; unit i starts at rawStarts[i] */
  rawCorpus: string;
  rawStarts: number[];
  /** non-overlapping positions of a phrase in the printed corpus or the masked stored corpus (indexed on first use) */
  find(which: 'printed' | 'raw', needle: string): number[];
}

/** Private-use character that replaces masked spans (never CJK, never punctuation). */
export const MASK = '\uE000';

const TOKEN = /\{\{[^{}\n]{1,80}\}\}/g;
const URL_LIKE = /(?:https?:\/\/|www\.)[\x21-\x7e]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Blank out statistic tokens and web/mail addresses, keeping the length. */
export function maskRaw(text: string): string {
  if (!text.includes('{{') && !text.includes('://') && !text.includes('@') && !text.includes('www.')) return text;
  const blank = (m: string) => MASK.repeat(m.length);
  return text.replace(TOKEN, blank).replace(URL_LIKE, blank);
}

const VISIBLE = /^[^\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** The non-blank lines of a stored field, trimmed, with their offsets in the field. */
export function rawLines(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let pos = 0;
  for (const piece of text.split('\n')) {
    const line = piece.endsWith('\r') ? piece.slice(0, -1) : piece;
    const trimmedStart = line.trimStart();
    const t = trimmedStart.trimEnd();
    // A line of control characters only prints as nothing (sanitizeText drops them).
    if (t && (VISIBLE.test(t) || sanitizeText(t).trim()))
      out.push({ text: t, start: pos + (line.length - trimmedStart.length) });
    pos += piece.length + 1;
  }
  return out;
}

/** Build the view of a report the checks share. Linear in the report's size. */
export function buildView(report: Report): ReportView {
  const sections = new Map<string, SectionInfo>();
  const byKey = new Map<string, SectionInfo[]>();
  const paragraphs = new Map<string, Paragraph>();
  const filledStats = new Map<string, { stat: Stat; sectionId: string }>();

  const walk = (list: Section[], depth: number, parent: SectionInfo | null) => {
    for (const [k, s] of list.entries()) {
      const top = parent ? parent.top : s.key;
      const keys = parent ? [...parent.keys] : [];
      if (s.key) keys.push(s.key);
      const info: SectionInfo = {
        section: s,
        depth,
        parentId: parent ? parent.section.id : null,
        top,
        keys,
        label: null,
        subAreaId: depth === 2 ? s.id : depth > 2 && parent ? parent.subAreaId : null,
        rootIndex: parent ? parent.rootIndex : k,
      };
      sections.set(s.id, info);
      if (s.key) {
        const l = byKey.get(s.key);
        if (l) l.push(info);
        else byKey.set(s.key, [info]);
      }
      for (const p of s.paragraphs) paragraphs.set(p.id, p);
      for (const st of s.stats)
        if (st.value !== null && !filledStats.has(st.id)) filledStats.set(st.id, { stat: st, sectionId: s.id });
      walk(s.children, depth + 1, info);
    }
  };
  walk(report.sections, 1, null);

  const units: TextUnit[] = [];
  const rawCache = new Map<string, { text: string; start: number }[]>();
  const linesOf = (key: string, text: string) => {
    let l = rawCache.get(key);
    if (!l) {
      l = rawLines(text);
      rawCache.set(key, l);
    }
    return l;
  };
  const lineCounter = new Map<string, number>();
  const nextLine = (key: string) => {
    const n = lineCounter.get(key) ?? 0;
    lineCounter.set(key, n + 1);
    return n;
  };
  const paraCounter = new Map<string, number>();
  const nextPara = (key: string) => {
    const n = (paraCounter.get(key) ?? 0) + 1;
    paraCounter.set(key, n);
    return n;
  };
  const noKeys: string[] = [];
  const add = (
    u: Omit<TextUnit, 'masked' | 'top' | 'keys' | 'rawStart' | 'raw'> & { rawLine?: { text: string; start: number } },
  ) => {
    const info = u.sectionId ? sections.get(u.sectionId) : undefined;
    const raw = u.rawLine ? u.rawLine.text : u.text;
    units.push({
      field: u.field,
      text: u.text,
      raw,
      masked: maskRaw(raw),
      rawStart: u.rawLine ? u.rawLine.start : -1,
      sectionId: u.sectionId,
      paragraphId: u.paragraphId,
      index: u.index,
      label: u.label,
      para: u.para,
      line: u.line,
      top: info ? info.top : null,
      keys: info ? info.keys : noKeys,
    });
  };
  /** One unit per stored line of a plain field (no statistic tokens there). */
  const addField = (
    field: TextField,
    text: string,
    label: string,
    extra: { sectionId?: string; index?: number } = {},
    para?: number,
  ) => {
    rawLines(text).forEach((l, i) => {
      const printed = sanitizeText(l.text).trim();
      add({ field, text: printed, label, para: para ?? i + 1, line: i, rawLine: l, ...extra });
    });
  };

  for (const b of documentBlocks(report)) {
    switch (b.type) {
      case 'title':
        addField('title', report.title, '标题');
        break;
      case 'recipient':
        addField('recipient', report.recipient, '主送机关');
        break;
      case 'heading': {
        const info = sections.get(b.source.sectionId!)!;
        info.label = b.source.label;
        addField('heading', info.section.heading, b.source.label, { sectionId: info.section.id }, 0);
        break;
      }
      case 'paragraph': {
        if (b.source.field === 'preamble') {
          const i = nextLine('preamble');
          const rl = linesOf('preamble', report.preamble)[i];
          add({ field: 'preamble', text: b.text, label: '导语', para: i + 1, line: i, rawLine: rl });
        } else {
          const pid = b.source.paragraphId!;
          const sid = b.source.sectionId!;
          const p = paragraphs.get(pid);
          const i = nextLine(pid);
          const rl = p ? linesOf(pid, p.text)[i] : undefined;
          add({
            field: 'paragraph',
            text: b.text,
            label: b.source.label,
            sectionId: sid,
            paragraphId: pid,
            para: nextPara(sid),
            line: i,
            rawLine: rl,
          });
        }
        break;
      }
      case 'attachments':
        report.attachments.forEach((a, index) => addField('attachment', a, '附件说明', { index }, index + 1));
        break;
      case 'signature':
        report.signature.units.forEach((u, index) => addField('signature', u, '落款', { index }, index + 1));
        break;
    }
  }

  const starts: number[] = [];
  const rawStarts: number[] = [];
  let pos = 0;
  let rpos = 0;
  for (const u of units) {
    starts.push(pos);
    rawStarts.push(rpos);
    pos += u.text.length + 1;
    rpos += u.masked.length + 1;
  }
  const corpus = units.map((u) => u.text).join('\n');
  const rawCorpus = units.map((u) => u.masked).join('\n');
  let printedIndex: TextIndex | undefined;
  let rawIndex: TextIndex | undefined;
  const find = (which: 'printed' | 'raw', needle: string): number[] => {
    if (which === 'raw' && rawCorpus !== corpus) return (rawIndex ??= new TextIndex(rawCorpus)).find(needle);
    return (printedIndex ??= new TextIndex(corpus)).find(needle);
  };
  return { report, units, sections, byKey, filledStats, corpus, starts, rawCorpus, rawStarts, find };
}

const viewCache = new WeakMap<Report, { stamp: string; view: ReportView }>();

/** A cheap fingerprint of a report's content: ids, times and the length of every text. */
function stamp(report: Report): string {
  let n = report.title.length * 31 + report.preamble.length;
  let count = 0;
  const visit = (list: Section[]) => {
    for (const s of list) {
      n = (n * 33 + s.heading.length) % 2147483647;
      for (const p of s.paragraphs) {
        n = (n * 33 + p.text.length) % 2147483647;
        count += 1;
      }
      visit(s.children);
    }
  };
  visit(report.sections);
  return `${report.id}|${report.updatedAt}|${report.year}|${count}|${n}`;
}

/**
 * buildView for last year's report, kept while the same report object is passed again unchanged
 * (same ids, updatedAt and text lengths): the editor checks against the same previous report on every change.
 * Not for the report being edited, whose text changes in place.
 */
export function cachedView(report: Report): ReportView {
  const s = stamp(report);
  const hit = viewCache.get(report);
  if (hit && hit.stamp === s) return hit.view;
  const view = buildView(report);
  viewCache.set(report, { stamp: s, view });
  return view;
}

const bucketOf = (a: number, b: number, mask: number) => (Math.imul(a, 40503) ^ b) & mask;

/**
 * Positions of every character pair of a text, bucketed by a hash of the pair: finding a phrase costs
 * the occurrences of its first two characters instead of a scan of the whole text. Built in two passes.
 */
export class TextIndex {
  readonly text: string;
  private readonly starts: Uint32Array;
  private readonly order: Int32Array;
  private readonly mask: number;

  constructor(text: string) {
    this.text = text;
    const n = Math.max(0, text.length - 1);
    // About four positions per bucket (256 buckets for a page, at most 16,384).
    let buckets = 256;
    while (buckets < n / 4 && buckets < 1 << 14) buckets <<= 1;
    const mask = buckets - 1;
    const starts = new Uint32Array(buckets + 1);
    const keys = new Uint16Array(n);
    let prev = text.charCodeAt(0);
    for (let i = 0; i < n; i++) {
      const next = text.charCodeAt(i + 1);
      const k = bucketOf(prev, next, mask);
      prev = next;
      keys[i] = k;
      starts[k + 1] += 1;
    }
    for (let k = 0; k < buckets; k++) starts[k + 1] += starts[k];
    const fill = starts.slice(0, buckets);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[fill[keys[i]]++] = i;
    this.starts = starts;
    this.order = order;
    this.mask = mask;
  }

  /** Non-overlapping positions of a phrase, in order (same as repeated indexOf). */
  find(needle: string): number[] {
    if (needle.length < 2) return allIndexes(this.text, needle);
    const k = bucketOf(needle.charCodeAt(0), needle.charCodeAt(1), this.mask);
    const out: number[] = [];
    let next = 0;
    for (let j = this.starts[k], end = this.starts[k + 1]; j < end; j++) {
      const i = this.order[j];
      if (i >= next && this.text.startsWith(needle, i)) {
        out.push(i);
        next = i + needle.length;
      }
    }
    return out;
  }
}

/** Index of the last start ≤ pos (binary search). */
export function locate(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every position of a literal in a text. */
export function allIndexes(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Character classes

/**
 * A Chinese character or Chinese (full-width) punctuation, by character code: the context in which
 * punctuation must be full-width.
 */
export function isCJKCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x2014 ||
    c === 0x2026 ||
    c === 0xb7
  );
}

// ---------------------------------------------------------------------------------------------
// Figures

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

// ---------------------------------------------------------------------------------------------
// Years used as a reporting period

export interface PeriodMention {
  /** offset in the text */
  index: number;
  length: number;
  match: string;
  /** the year the period starts (or the single year) */
  year: number;
  /** end year of a range, when written */
  endYear?: number;
  kind: 'since' | 'range' | 'lead';
}

const SINCE = /(?:自|从)?((?:19|20)\d{2})年(?:以来|至今|来|起|开始|到现在)/g;
const RANGE = /((?:19|20)\d{2})\s*年?\s*[—–\-－~～至到]+\s*((?:19|20)\d{2})年/g;
const LEAD = /(?:^|[。！？；;!?])\s*((?:19|20)\d{2})年度?(?=[，,])/g;

/**
 * Years written as the period a sentence reports on: "2018年以来", "2019—2023年", and a sentence
 * opening with "2023年，". Titles in 《》 are ignored (纲要(2021—2025年) is a name, not a period).
 */
export function periodMentions(text: string): PeriodMention[] {
  if (!/(?:19|20)\d\d/.test(text)) return [];
  const t = maskBookTitles(text);
  const out: PeriodMention[] = [];
  for (const m of t.matchAll(SINCE))
    out.push({ index: m.index!, length: m[0].length, match: m[0], year: Number(m[1]), kind: 'since' });
  for (const m of t.matchAll(RANGE)) {
    out.push({
      index: m.index!,
      length: m[0].length,
      match: m[0],
      year: Number(m[1]),
      endYear: Number(m[2]),
      kind: 'range',
    });
  }
  for (const m of t.matchAll(LEAD)) {
    const at = m.index! + m[0].indexOf(m[1]);
    out.push({
      index: at,
      length: m[0].length - (at - m.index!),
      match: m[0].slice(at - m.index!),
      year: Number(m[1]),
      kind: 'lead',
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** True when a period mention is about some other time than the report year. */
export function isOtherPeriod(p: PeriodMention, year: number): boolean {
  // A range reaching past the report year is a planning period (规划 2021—2025年), not what is reported on.
  if (p.kind === 'range') return p.year !== year && (p.endYear ?? p.year) <= year;
  return p.year !== year;
}

// ---------------------------------------------------------------------------------------------
// Sentences

const SENTENCE_END = /[。！？；;!?]/g;

/** Sentence spans of a text (the terminator stays with its sentence). */
export function sentenceSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + 1;
    if (end > start) out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** A short excerpt around [start, end) of a text, with … where cut. */
export function excerptAround(text: string, start: number, end: number, context = 14): string {
  const a = Math.max(0, start - context);
  const b = Math.min(text.length, end + context);
  return `${a > 0 ? '…' : ''}${text.slice(a, b)}${b < text.length ? '…' : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Chinese numerals in enumerations (一是、二是 … 十九是)

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; NaN when not a numeral below 100. */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && s in CN_DIGIT ? CN_DIGIT[s] : NaN;
  const head = s.slice(0, ten);
  const tail = s.slice(ten + 1);
  const tens = head === '' ? 1 : head.length === 1 && head in CN_DIGIT ? CN_DIGIT[head] : NaN;
  const ones = tail === '' ? 0 : tail.length === 1 && tail in CN_DIGIT ? CN_DIGIT[tail] : NaN;
  return tens * 10 + ones;
}

// ---------------------------------------------------------------------------------------------
// Key phrases (county 工作要点 and last year's promises)

export interface KeyPhraseConfig {
  /** domain terms kept whole (规范性文件, 二十届三中全会 …), matched before anything is split */
  terms?: string[];
  /** function words and generic verbs that separate phrases and are dropped (的, 和, 加强, 推进 …) */
  splitWords: string[];
  minLength: number;
  maxLength: number;
}

const phraseSplitters = new WeakMap<KeyPhraseConfig, RegExp>();

function splitterFor(cfg: KeyPhraseConfig): RegExp {
  let re = phraseSplitters.get(cfg);
  if (!re) {
    const alt = (words: string[]) =>
      [...new Set(words)]
        .filter(Boolean)
        .sort((a, b) => b.length - a.length)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|');
    const terms = alt(cfg.terms ?? []);
    re = new RegExp(`${terms ? `(${terms})|` : '()'}(?:${alt(cfg.splitWords)})`, 'g');
    phraseSplitters.set(cfg, re);
  }
  return re;
}

/**
 * Key phrases of a line of text. The text is cut at punctuation and digits; in each piece, known domain
 * terms (cfg.terms) are taken whole, function words and generic verbs (的、和、加强、推进 …) are dropped,
 * and what is left between them is kept when it has minLength–maxLength characters; a longer remainder is
 * cut into even chunks of at most four characters ("普法强基补短板" → 普法强基 / 补短板), the usual length
 * of a 公文 word. Deduplicated, in order of appearance.
 */
export function keyPhrases(text: string, cfg: KeyPhraseConfig): string[] {
  const cleaned = text.replace(
    /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])\s*/,
    '',
  );
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (p: string) => {
    if (p.length >= cfg.minLength && !seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  };
  const fragment = (piece: string) => {
    if (piece.length < cfg.minLength) return;
    if (piece.length <= cfg.maxLength) return push(piece);
    const n = Math.ceil(piece.length / 4);
    const size = Math.ceil(piece.length / n);
    for (let i = 0; i < piece.length; i += size) push(piece.slice(i, i + size));
  };
  const re = splitterFor(cfg);
  for (const piece of cleaned.split(/[^\u3400-\u4dbf\u4e00-\u9fffA-Za-z]+/)) {
    let last = 0;
    re.lastIndex = 0;
    for (let m = re.exec(piece); m; m = re.exec(piece)) {
      if (m[0] === '') {
        re.lastIndex += 1;
        continue;
      }
      fragment(piece.slice(last, m.index));
      if (m[1]) push(m[1]);
      last = m.index + m[0].length;
    }
    fragment(piece.slice(last));
  }
  return out;
}

/** FNV-1a hash of a text, base 36: a short id that survives reordering of the lines it names. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

// ---------------------------------------------------------------------------------------------
// Similarity (照搬上年)

/** Text reduced to what a reader compares: letters, digits and Chinese characters only. */
export function normalizeForCompare(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The distinct character bigrams of a normalised text as sorted numbers (first code << 16 | second code);
 * a one-character text gives its own code.
 */
export function bigramCodes(norm: string): Uint32Array {
  const n = norm.length;
  if (n === 0) return new Uint32Array(0);
  if (n === 1) return Uint32Array.of(norm.charCodeAt(0));
  const a = new Uint32Array(n - 1);
  for (let i = 0; i + 1 < n; i++) a[i] = ((norm.charCodeAt(i) << 16) | norm.charCodeAt(i + 1)) >>> 0;
  a.sort();
  let k = 0;
  for (let i = 0; i < a.length; i++) if (k === 0 || a[i] !== a[k - 1]) a[k++] = a[i];
  return a.subarray(0, k);
}

/** Size of the intersection of two sorted code arrays. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n += 1;
      i += 1;
      j += 1;
    } else if (a[i] < b[j]) i += 1;
    else j += 1;
  }
  return n;
}

/**
 * How alike two paragraphs are, 0–1: 1 when they are the same after dropping punctuation and spaces,
 * otherwise the Jaccard index of their character-bigram sets. ≥ 0.9 reads as "nearly identical".
 */
export function similarity(a: string, b: string): number {
  const na = normalizeForCompare(a);
  const nb = normalizeForCompare(b);
  if (na === nb) return 1;
  if (!na || !nb) return 0;
  const A = bigramCodes(na);
  const B = bigramCodes(nb);
  const inter = intersectionSize(A, B);
  return inter / (A.length + B.length - inter);
}
