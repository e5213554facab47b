/**
 * Quality checks a careful reviewer applies (DOMAIN.md §4). Each finding names the section and paragraph,
 * says what is wrong and why, and carries a fix when the fix is mechanical (punctuation, date form,
 * 必改 words). Word lists live in assets/lint-words.json.
 *
 * Content rules read the text as printed (statistics resolved); mechanical rules read the text as stored,
 * with statistic tokens and web addresses blanked out, so a fix's offset points into the stored field.
 * The signature block sitting alone on the last page is a layout question left to the print/export module.
 */
import lintWordsData from '../../assets/lint-words.json' with { type: 'json' };
import type { Report } from './report-model.ts';
import { specFor } from './catalogue.ts';
import { hasContent } from './numbering.ts';
import { isCJKCode, parseChineseNumeral } from './text/chinese.ts';
import { hasFigure } from './text/figures.ts';
import { isOtherPeriod, periodMentions } from './text/periods.ts';
import { buildView, cachedView, type ReportView, type TextField, type TextUnit } from './text/report-view.ts';
import { excerptAround, sentenceSpans } from './text/sentences.ts';
import { bigramCodes, normalizeForCompare, similarity } from './text/similarity.ts';
import { MASK, maskRaw, rawLines } from './text/stored-text.ts';
import { allIndexes, locate } from './text/text-index.ts';

export { similarity };

export type Severity = 'error' | 'warning' | 'info';
export type Grade = '必改' | '疑似';

export type LintRule =
  | 'year-title'
  | 'year-section'
  | 'year-plan'
  | 'year-period'
  | 'section-empty'
  | 'placeholder'
  | 'no-figure'
  | 'yu-after-digit'
  | 'punctuation'
  | 'date-format'
  | 'fazhi'
  | 'stale-phrase'
  | 'out-of-scope'
  | 'sequence'
  | 'proofread'
  | 'filing-date'
  | 'copied'
  | 'heading-number';

/** Every rule, in the order a reviewer reads them (for filters in the UI). */
export const LINT_RULES: Record<LintRule, string> = {
  'year-title': '标题年度',
  'year-section': '举措成效部分年度',
  'year-plan': '下一年度安排年份',
  'year-period': '报告期年份',
  'section-empty': '必写部分为空',
  placeholder: '占位符未替换',
  'no-figure': '空话（无数字）',
  'yu-after-digit': '“余”的用法',
  punctuation: '半角标点',
  'date-format': '日期格式',
  fazhi: '法治/法制',
  'stale-phrase': '过时表述',
  'out-of-scope': '超出乡镇职权',
  sequence: '“一是、二是”序号',
  proofread: '错别字',
  'filing-date': '成文日期',
  copied: '照搬上年',
  'heading-number': '标题手写序号',
};

/** A mechanical change: replace `from` at `offset` of the stored field with `to`. */
export interface Fix {
  field: TextField;
  sectionId?: string;
  paragraphId?: string;
  /** index in report.attachments / report.signature.units */
  index?: number;
  from: string;
  to: string;
  /** offset of `from` in the stored field text */
  offset: number;
}

export interface Finding {
  /** stable: rule + location + offset */
  id: string;
  rule: LintRule;
  severity: Severity;
  grade?: Grade;
  sectionId?: string;
  paragraphId?: string;
  /** where: a text field, 'section' for a whole section, 'date' for the 成文日期 */
  field: TextField | 'section' | 'date';
  /** "一、（三）", "导语", "标题", "落款", … */
  section: string;
  /** 1-based printed paragraph within the section; 0 = the heading or the section as a whole */
  paragraph: number;
  message: string;
  excerpt: string;
  fix?: Fix;
}

export interface LintOptions {
  /** last year's report, for 照搬上年 */
  previous?: Report;
  /** today's date, for a 成文日期 in the future */
  today?: Date;
}

// ---------------------------------------------------------------------------------------------
// Word lists

interface WordEntry {
  pattern: string;
  regex?: boolean;
  /** for a regex: a literal every match contains (a quick pre-check) */
  anchor?: string;
  to?: string;
  grade?: Grade;
  note?: string;
  unless?: string[];
  message?: string;
}
interface StaleEntry extends WordEntry {
  id: string;
  fromYear: number;
  toYear?: number;
  once?: boolean;
  severity: Severity;
  message: string;
}
export interface LintWords {
  version: number;
  placeholders: WordEntry[];
  stale: StaleEntry[];
  outOfScope: Array<WordEntry & { message: string }>;
  proofread: Array<WordEntry & { to: string; grade: Grade; note: string }>;
  fazhi: Array<WordEntry & { to: string; grade: Grade; note: string }>;
}

export const lintWords = lintWordsData as unknown as LintWords;

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

/** All matches of an entry in the printed or masked stored corpus: literals via the index, patterns by regex. */
function matchesIn(view: ReportView, which: 'printed' | 'raw', e: WordEntry): Array<{ index: number; text: string }> {
  if (!e.regex) return view.find(which, e.pattern).map((index) => ({ index, text: e.pattern }));
  // A pattern's anchor is a literal every match holds: when it is absent the pattern cannot match.
  if (e.anchor && !view.find(which, e.anchor).length) return [];
  const corpus = which === 'raw' ? view.rawCorpus : view.corpus;
  const re = entryRe(e);
  re.lastIndex = 0;
  const out: Array<{ index: number; text: string }> = [];
  for (let m = re.exec(corpus); m; m = re.exec(corpus)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    out.push({ index: m.index, text: m[0] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Mechanical conversions (exported for the editor's paste handling and for tests)

const HALF_TO_FULL: Record<number, string> = { 44: '，', 58: '：', 59: '；', 63: '？', 33: '！', 40: '（', 41: '）' };
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** , : ; ? ! ( ) " ' */
/** The half-width marks that have a full-width form in Chinese text: , : ; ? ! ( ) " ' */
const HALF_MARK = /[,:;?!()"']/;
const HALF_MARKS = /[,:;?!()"']/g;

function hasHanCode(m: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = m.charCodeAt(i);
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef)
    )
      return true;
  }
  return false;
}

/** The result of converting a line's punctuation: the new text, how many marks changed, the first one. */
export interface PunctuationChange {
  text: string;
  count: number;
  /** offset of the first changed mark, -1 when none */
  first: number;
  /** the half-width marks that were changed, once each */
  kinds: string[];
}

/**
 * Half-width , : ; ? ! ( ) and ASCII quotes → full-width, only where they touch Chinese text.
 * Number-aware: 1,200 · 10:30 · 3.5% · 2026-01-15 are left alone (a comma or colon between two digits
 * is part of the number; . - % are never touched), as are web addresses and statistic tokens ({{…}}),
 * and runs of ASCII-only text (GB/T 9704-2012, e.g. "ok"). A mark counts as touching Chinese only when the
 * character directly before or after it is Chinese (or full-width punctuation); a pair of brackets or quotes
 * also when what it encloses holds Chinese.
 * `masked` is `text` with protected spans replaced by MASK (see maskRaw); it defaults to `text`.
 */
export function convertPunctuation(text: string, masked: string = text): PunctuationChange {
  const n = masked.length;
  // A native scan finds the marks; most of a Chinese paragraph is never looked at character by character.
  if (n !== text.length || !HALF_MARK.test(masked)) return { text, count: 0, first: -1, kinds: [] };
  // Adjacent means directly next to it: "(layout) 执行" keeps its ASCII brackets, "(新时代)执行" does not.
  const prevCJK = (i: number) => i > 0 && isCJKCode(masked.charCodeAt(i - 1));
  const nextCJK = (i: number) => i + 1 < n && isCJKCode(masked.charCodeAt(i + 1));
  // Replacements by position; a position is set at most once in practice (pairs and marks are disjoint).
  const at: number[] = [];
  const to: string[] = [];
  const set = (i: number, ch: string) => {
    at.push(i);
    to.push(ch);
  };

  const parens: number[] = [];
  const lone: number[] = [];
  const dq: number[] = [];
  const sq: number[] = [];
  HALF_MARKS.lastIndex = 0;
  for (let m = HALF_MARKS.exec(masked); m; m = HALF_MARKS.exec(masked)) {
    const i = m.index;
    const c = masked.charCodeAt(i);
    if (c === 40) parens.push(i);
    else if (c === 41) {
      if (parens.length) {
        // Parentheses in pairs: converted when the content holds Chinese or the pair sits next to Chinese.
        const a = parens.pop()!;
        if (hasHanCode(masked, a + 1, i) || prevCJK(a) || nextCJK(i)) {
          set(a, '（');
          set(i, '）');
        }
      } else lone.push(i);
    } else if (c === 34) dq.push(i);
    else if (c === 39) sq.push(i);
    else {
      // , : ; ? ! next to Chinese, except a comma or colon between two digits (1,200 · 10:30).
      if ((c === 44 || c === 58) && isDigitCode(masked.charCodeAt(i - 1)) && isDigitCode(masked.charCodeAt(i + 1)))
        continue;
      if (prevCJK(i) || nextCJK(i)) set(i, HALF_TO_FULL[c]);
    }
  }
  for (const i of lone) if (prevCJK(i) || nextCJK(i)) set(i, HALF_TO_FULL[masked.charCodeAt(i)]);
  for (const i of parens) if (prevCJK(i) || nextCJK(i)) set(i, HALF_TO_FULL[masked.charCodeAt(i)]);
  // Quotes in pairs, in order: “…” and ‘…’ when the quoted text or its surroundings are Chinese.
  const quotes = (at: number[], open: string, close: string) => {
    for (let k = 0; k + 1 < at.length; k += 2) {
      const a = at[k];
      const b = at[k + 1];
      if (hasHanCode(masked, a + 1, b) || prevCJK(a) || nextCJK(b)) {
        set(a, open);
        set(b, close);
      }
    }
    if (at.length % 2 === 1) {
      const i = at[at.length - 1];
      const before = prevCJK(i);
      const after = nextCJK(i);
      if (before || after) set(i, before && !after ? close : open);
    }
  };
  if (dq.length) quotes(dq, '“', '”');
  if (sq.length) quotes(sq, '‘', '’');
  if (!at.length) return { text, count: 0, first: -1, kinds: [] };
  const order = at.map((_, k) => k).sort((x, y) => at[x] - at[y]);
  const parts: string[] = [];
  const kinds: string[] = [];
  let last = 0;
  let count = 0;
  for (const k of order) {
    const i = at[k];
    if (i < last) continue;
    parts.push(text.slice(last, i), to[k]);
    if (!kinds.includes(text[i])) kinds.push(text[i]);
    last = i + 1;
    count += 1;
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), count, first: at[order[0]], kinds };
}

/** convertPunctuation's text only. */
export function fullWidthPunctuation(text: string, masked: string = text): string {
  return convertPunctuation(text, masked).text;
}

const ISO_DATE = /(?<![0-9０-９])((?:19|20)\d{2})([-/.．])(\d{1,2})\2(\d{1,2})(?![0-9０-９]|[.．]\d)/g;
const CN_DATE = /(?<![0-9０-９])((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?/g;
const CN_MONTH_DAY = /(?<![0-9０-９年])(\d{1,2})月(\d{1,2})日/g;

/** A date in the 公文 form: 2026年1月15日 (no leading zeros). */
function cnDate(y: string, m: string, d?: string): string {
  return `${Number(y)}年${Number(m)}月${d === undefined ? '' : `${Number(d)}日`}`;
}
const validMonthDay = (m: string, d?: string) =>
  Number(m) >= 1 && Number(m) <= 12 && (d === undefined || (Number(d) >= 1 && Number(d) <= 31));

/** Dates written other than as 2026年1月15日, with their replacement (in masked text: addresses are skipped). */
export function badDates(masked: string): Array<{ index: number; from: string; to: string }> {
  if (!/\d/.test(masked)) return [];
  const out: Array<{ index: number; from: string; to: string }> = [];
  for (const m of masked.matchAll(ISO_DATE)) {
    if (!validMonthDay(m[3], m[4])) continue;
    out.push({ index: m.index!, from: m[0], to: cnDate(m[1], m[3], m[4]) });
  }
  for (const m of masked.matchAll(CN_DATE)) {
    const lead = /^0/.test(m[2]) || (m[3] !== undefined && /^0/.test(m[3]));
    if (lead && validMonthDay(m[2], m[3])) out.push({ index: m.index!, from: m[0], to: cnDate(m[1], m[2], m[3]) });
  }
  for (const m of masked.matchAll(CN_MONTH_DAY)) {
    if ((/^0/.test(m[1]) || /^0/.test(m[2])) && validMonthDay(m[1], m[2])) {
      out.push({ index: m.index!, from: m[0], to: `${Number(m[1])}月${Number(m[2])}日` });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------------------------------------

interface Ctx {
  view: ReportView;
  report: Report;
  year: number;
  out: Finding[];
  /** document order of each finding: unit index (or a section's first unit) */
  order: Map<Finding, number>;
}

function locKey(u: TextUnit): string {
  switch (u.field) {
    case 'paragraph':
      return `${u.paragraphId}.${u.line}`;
    case 'heading':
      return `h.${u.sectionId}.${u.line}`;
    case 'attachment':
    case 'signature':
      return `${u.field}.${u.index}.${u.line}`;
    default:
      return `${u.field}.${u.line}`;
  }
}

interface UnitFinding {
  rule: LintRule;
  severity: Severity;
  grade?: Grade;
  message: string;
  /** offset in the unit's text (printed) or raw text (mechanical), as `onRaw` says */
  at: number;
  length: number;
  onRaw?: boolean;
  fix?: { from: string; to: string };
}

function pushUnit(ctx: Ctx, ui: number, f: UnitFinding): void {
  const u = ctx.view.units[ui];
  const text = f.onRaw ? u.raw : u.text;
  // Offsets are into the stored field when the line could be placed there.
  const base = f.onRaw && u.rawStart >= 0 ? u.rawStart : 0;
  // Plain assignments, not spreads: a long report yields thousands of findings per check.
  const finding: Finding = {
    id: `${f.rule}:${locKey(u)}:${base + f.at}`,
    rule: f.rule,
    severity: f.severity,
    field: u.field,
    section: u.label,
    paragraph: u.para,
    message: f.message,
    excerpt: excerptAround(text, f.at, f.at + f.length),
  };
  if (f.grade) finding.grade = f.grade;
  if (u.sectionId) finding.sectionId = u.sectionId;
  if (u.paragraphId) finding.paragraphId = u.paragraphId;
  if (f.fix && f.onRaw && u.rawStart >= 0) {
    const fix: Fix = { field: u.field, from: f.fix.from, to: f.fix.to, offset: u.rawStart + f.at };
    if (u.sectionId && (u.field === 'heading' || u.field === 'paragraph')) fix.sectionId = u.sectionId;
    if (u.paragraphId) fix.paragraphId = u.paragraphId;
    if (u.index !== undefined) fix.index = u.index;
    finding.fix = fix;
  }
  ctx.out.push(finding);
  ctx.order.set(finding, ui * 1e6 + f.at);
}

function pushSection(
  ctx: Ctx,
  sectionId: string,
  rule: LintRule,
  severity: Severity,
  message: string,
  label: string,
  order: number,
): void {
  const finding: Finding = {
    id: `${rule}:s.${sectionId}:0`,
    rule,
    severity,
    sectionId,
    field: 'section',
    section: label,
    paragraph: 0,
    message,
    excerpt: '',
  };
  ctx.out.push(finding);
  ctx.order.set(finding, order);
}

/** Visit every match of a word entry across the printed (or masked stored) texts. */
function eachMatch(
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

function sentenceAt(text: string, at: number): string {
  for (const [a, b] of sentenceSpans(text)) if (at >= a && at < b) return text.slice(a, b);
  return text;
}

const BODY_FIELDS = new Set<TextField>(['preamble', 'paragraph']);

// ---------------------------------------------------------------------------------------------
// Rules

const OTHER_YEAR = /(?:19|20)\d{2}(?=年)/g;

function ruleYears(ctx: Ctx): void {
  const { view, year } = ctx;
  const units = view.units;
  const next = year + 1;

  // Title
  const titleUnits = units.map((u, i) => [u, i] as const).filter(([u]) => u.field === 'title');
  const title = titleUnits.map(([u]) => u.text).join('');
  if (!titleUnits.length) {
    const f: Finding = {
      id: 'year-title:title:0',
      rule: 'year-title',
      severity: 'error',
      field: 'title',
      section: '标题',
      paragraph: 1,
      message: `标题为空；标题应写明单位和报告年度（如“${ctx.report.unitName}${year}年度法治政府建设工作情况报告”）。`,
      excerpt: '',
    };
    ctx.out.push(f);
    ctx.order.set(f, -1);
  } else {
    for (const [u, i] of titleUnits) {
      for (const m of u.text.matchAll(OTHER_YEAR)) {
        if (Number(m[0]) !== year) {
          pushUnit(ctx, i, {
            rule: 'year-title',
            severity: 'error',
            at: m.index!,
            length: 5,
            message: `标题中的“${m[0]}年”与报告年度${year}年不一致。`,
          });
        }
      }
    }
    if (!title.includes(`${year}年`)) {
      pushUnit(ctx, titleUnits[0][1], {
        rule: 'year-title',
        severity: 'error',
        at: 0,
        length: 0,
        message: `标题没有写报告年度“${year}年”。`,
      });
    }
  }

  // Headings naming another year (plan headings must name the next year)
  units.forEach((u, i) => {
    if (u.field !== 'heading') return;
    const want = u.top === 'plan' ? next : year;
    for (const m of u.text.matchAll(OTHER_YEAR)) {
      if (Number(m[0]) === want) continue;
      const rule: LintRule = u.top === 'plan' ? 'year-plan' : 'year-section';
      const what = u.top === 'plan' ? `下一年度安排应写${next}年` : `报告年度是${year}年`;
      pushUnit(ctx, i, {
        rule,
        severity: 'error',
        at: m.index!,
        length: 5,
        message: `标题写的是“${m[0]}年”，${what}。`,
      });
    }
  });

  // Section 一 (举措和成效) names the report year
  for (const info of view.byKey.get('measures') ?? []) {
    if (info.depth !== 1 || !hasContent(info.section)) continue;
    const own = units
      .map((u, i) => [u, i] as const)
      .filter(([u]) => u.top === 'measures' && (u.field === 'heading' || u.field === 'paragraph'));
    if (!own.length) continue;
    const headingIdx = own.find(([u]) => u.field === 'heading' && u.sectionId === info.section.id)?.[1] ?? own[0][1];
    const named = own.some(([u]) => u.text.includes(`${year}年`));
    if (!named) {
      pushUnit(ctx, headingIdx, {
        rule: 'year-section',
        severity: 'warning',
        at: 0,
        length: 0,
        message: `“主要举措和成效”部分的标题和正文都没有写明报告年度“${year}年”（如“${year}年度推进法治政府建设的主要举措和成效”）。`,
      });
    }
  }

  // The plan names the next year; sentences opening with another year
  for (const info of view.byKey.get('plan') ?? []) {
    if (info.depth !== 1 || !hasContent(info.section)) continue;
    const own = units
      .map((u, i) => [u, i] as const)
      .filter(([u]) => u.top === 'plan' && (u.field === 'heading' || u.field === 'paragraph'));
    if (!own.length) continue;
    if (!own.some(([u]) => u.text.includes(`${next}年`))) {
      pushUnit(ctx, own[0][1], {
        rule: 'year-plan',
        severity: 'warning',
        at: 0,
        length: 0,
        message: `下一年度安排没有写明“${next}年”；标题或正文应点明是${next}年度的安排。`,
      });
    }
    for (const [u, i] of own) {
      if (u.field !== 'paragraph') continue;
      for (const p of periodMentions(u.text)) {
        if (p.kind === 'lead' && p.year !== next) {
          pushUnit(ctx, i, {
            rule: 'year-plan',
            severity: 'warning',
            at: p.index,
            length: 4,
            message: `下一年度安排写的是“${p.year}年”，应为${next}年。`,
          });
        }
      }
    }
  }

  // Other years used as the reporting period (outside the plan)
  units.forEach((u, i) => {
    if (!BODY_FIELDS.has(u.field) || u.top === 'plan') return;
    for (const p of periodMentions(u.text)) {
      if (!isOtherPeriod(p, year)) continue;
      const message =
        p.kind === 'lead'
          ? `这句以“${p.year}年”开头，报告期应为${year}年度；可能沿用了其他年度的旧稿。`
          : `以“${p.match}”作为报告期：年度报告应写${year}年度的情况和数字，其他年份只作对比。`;
      pushUnit(ctx, i, { rule: 'year-period', severity: 'warning', at: p.index, length: p.length, message });
    }
  });
}

function ruleEmptySections(ctx: Ctx): void {
  ctx.report.sections.forEach((s, k) => {
    const spec = specFor(s.key);
    if (!spec?.required || hasContent(s)) return;
    const heading =
      s.heading.trim() ||
      spec.heading.replaceAll('{nextYear}', String(ctx.year + 1)).replaceAll('{year}', String(ctx.year));
    // In document order: just before the first line of the next top-level section.
    const next = ctx.view.units.findIndex(
      (u) => u.sectionId !== undefined && ctx.view.sections.get(u.sectionId)!.rootIndex > k,
    );
    const order = (next < 0 ? ctx.view.units.length : next) * 1e6 - 1;
    pushSection(
      ctx,
      s.id,
      'section-empty',
      'error',
      `必写部分“${heading}”没有内容；按规定年度报告必须写这一部分。`,
      `〔${heading}〕`,
      order,
    );
  });
}

function rulePlaceholders(ctx: Ctx): void {
  for (const e of lintWords.placeholders) {
    eachMatch(ctx, e, false, (ui, at, text) => {
      const u = ctx.view.units[ui];
      const fromStat = u.raw.includes('{{') && /^[XxＸｘ]+$/.test(text);
      pushUnit(ctx, ui, {
        rule: 'placeholder',
        severity: 'error',
        at,
        length: text.length,
        message: fromStat ? `“${text}”：引用的统计数字还没有填写。` : `含占位符“${text}”，请换成实际内容。`,
      });
    });
  }
  ctx.view.units.forEach((u, i) => {
    if (!u.text.includes('{{')) return;
    for (const m of u.text.matchAll(/\{\{([^{}]{1,80})\}\}/g)) {
      pushUnit(ctx, i, {
        rule: 'placeholder',
        severity: 'error',
        at: m.index!,
        length: m[0].length,
        message: `引用的统计项“${m[1]}”不存在，打印时会原样输出“${m[0]}”。`,
      });
    }
  });
}

/** 空话: a sub-area of 举措和成效 whose text gives no figure at all. */
function ruleNoFigure(ctx: Ctx): void {
  const { view } = ctx;
  const bySub = new Map<string, { units: number[]; heading: number }>();
  view.units.forEach((u, i) => {
    if (u.top !== 'measures' || !u.sectionId) return;
    const sub = view.sections.get(u.sectionId)?.subAreaId;
    if (!sub) return;
    let g = bySub.get(sub);
    if (!g) bySub.set(sub, (g = { units: [], heading: -1 }));
    if (u.field === 'heading' && u.sectionId === sub && g.heading < 0) g.heading = i;
    if (u.field === 'paragraph') g.units.push(i);
  });
  for (const [sub, g] of bySub) {
    if (!g.units.length || g.units.some((i) => hasFigure(view.units[i].text))) continue;
    const info = view.sections.get(sub)!;
    const filled = info.section.stats.filter((s) => s.value !== null);
    const hint = filled.length
      ? `统计表已填写${filled.map((s) => `“${s.label}”`).join('、')}，可用“插入”把数字写进正文。`
      : `可写${(specFor(info.section.key)?.figures ?? []).map((f) => `“${f.label}”`).join('、') || '次数、件数、人次等'}。`;
    const at = g.heading >= 0 ? g.heading : g.units[0];
    pushUnit(ctx, at, {
      rule: 'no-figure',
      severity: 'warning',
      at: 0,
      length: 0,
      message: `这一分项只有表述，没有一个数字（空话）；${hint}`,
    });
  }
}

const YU = /(?<![0-9０-９.．])[1-9１-９]余/g;

function ruleYu(ctx: Ctx): void {
  ctx.view.units.forEach((u, i) => {
    if (!u.text.includes('余')) return;
    for (const m of u.text.matchAll(YU)) {
      pushUnit(ctx, i, {
        rule: 'yu-after-digit',
        severity: 'warning',
        at: m.index!,
        length: 2,
        message: `“${m[0]}”：“余”表示概数，只用在10、20、100等整数之后；个位数应写确数（如“${m[0][0]}次”）。`,
      });
    }
  });
}

function rulePunctuation(ctx: Ctx): void {
  ctx.view.units.forEach((u, i) => {
    const c = convertPunctuation(u.raw, u.masked);
    if (!c.count) return;
    const heading = u.field === 'heading' || u.field === 'title' ? '标题' : '中文';
    pushUnit(ctx, i, {
      rule: 'punctuation',
      severity: 'warning',
      at: c.first,
      length: 1,
      onRaw: true,
      message: `${heading}中有${c.count}处半角标点（${c.kinds.join(' ')}），中文里应使用全角标点（，：；（）“”）。`,
      fix: { from: u.raw, to: c.text },
    });
    // The fix replaces the whole line; the finding points at the first mark.
    const f = ctx.out[ctx.out.length - 1];
    if (f.fix) f.fix.offset = u.rawStart;
    f.id = `punctuation:${locKey(u)}:${u.rawStart >= 0 ? u.rawStart : 0}`;
  });
}

function ruleDates(ctx: Ctx): void {
  ctx.view.units.forEach((u, i) => {
    for (const d of badDates(u.masked)) {
      pushUnit(ctx, i, {
        rule: 'date-format',
        severity: 'warning',
        at: d.index,
        length: d.from.length,
        onRaw: true,
        message: `日期“${d.from}”应写作“${d.to}”（公文日期用阿拉伯数字写全年月日，月、日不加“0”）。`,
        fix: d,
      });
    }
  });
}

function ruleWordList(ctx: Ctx, rule: 'fazhi' | 'proofread'): void {
  const list = rule === 'fazhi' ? lintWords.fazhi : lintWords.proofread;
  const mixed =
    rule === 'fazhi' && ctx.view.find('raw', '法治审核').length > 0 && ctx.view.find('raw', '法制审核').length > 0;
  for (const e of list) {
    eachMatch(ctx, e, true, (ui, at, text) => {
      const must = e.grade === '必改';
      let message = `“${text}”${must ? '应为' : '疑为'}“${e.to}”：${e.note}。`;
      if (mixed && e.pattern === '法治审核') message += '本报告中“法制审核”与“法治审核”混用。';
      pushUnit(ctx, ui, {
        rule,
        severity: must ? 'error' : 'warning',
        grade: e.grade,
        at,
        length: text.length,
        onRaw: true,
        message,
        ...(must ? { fix: { from: text, to: e.to } } : {}),
      });
    });
  }
}

function ruleStale(ctx: Ctx): void {
  const fill = (s: string) => s.replaceAll('{year}', String(ctx.year));
  for (const e of lintWords.stale) {
    if (ctx.year < e.fromYear || (e.toYear !== undefined && ctx.year > e.toYear)) continue;
    if (e.once && e.unless?.some((w) => ctx.view.corpus.includes(w))) continue;
    let done = false;
    eachMatch(ctx, e, false, (ui, at, text) => {
      if (done) return;
      const u = ctx.view.units[ui];
      if (u.field === 'title') return;
      if (!e.once && e.unless?.some((w) => sentenceAt(u.text, at).includes(w))) return;
      pushUnit(ctx, ui, {
        rule: 'stale-phrase',
        severity: e.severity,
        at,
        length: text.length,
        message: fill(e.message),
      });
      if (e.once) done = true;
    });
  }
}

function ruleOutOfScope(ctx: Ctx): void {
  for (const e of lintWords.outOfScope) {
    eachMatch(ctx, e, false, (ui, at, text) => {
      const u = ctx.view.units[ui];
      if (!BODY_FIELDS.has(u.field)) return;
      const sentence = sentenceAt(u.text, at);
      if (e.unless?.some((w) => sentence.includes(w))) return;
      pushUnit(ctx, ui, {
        rule: 'out-of-scope',
        severity: 'info',
        at,
        length: text.length,
        message: `“${text}”：${e.message}`,
      });
    });
  }
}

const CN_NUMERAL = '一二三四五六七八九十';
const ENUM_BOUNDARY = '。；;：:，,！？!?“"（( \t\u3000';

/** Enumeration markers in a text: "一是" … "十九是" at the start or after punctuation. */
function enumMarkers(text: string): Array<{ at: number; n: number; text: string }> {
  const out: Array<{ at: number; n: number; text: string }> = [];
  for (let i = text.indexOf('是'); i >= 0; i = text.indexOf('是', i + 1)) {
    let a = i;
    while (a > 0 && i - a < 3 && CN_NUMERAL.includes(text[a - 1])) a -= 1;
    if (a === i || (a > 0 && !ENUM_BOUNDARY.includes(text[a - 1]))) continue;
    const n = parseChineseNumeral(text.slice(a, i));
    if (Number.isFinite(n)) out.push({ at: a, n, text: text.slice(a, i + 1) });
  }
  return out;
}

/** 一是、二是 … within a section: no number skipped, none repeated. A new paragraph may restart at 一是. */
function ruleSequence(ctx: Ctx): void {
  const groups = new Map<string, number[]>();
  ctx.view.units.forEach((u, i) => {
    if (!BODY_FIELDS.has(u.field) || !u.text.includes('是')) return;
    const key = u.sectionId ?? u.field;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  const cn = (n: number) => (n >= 1 && n <= 10 ? CN_NUMERAL[n - 1] : String(n));
  for (const list of groups.values()) {
    let expected = 1;
    for (const ui of list) {
      let inUnit = 0;
      for (const m of enumMarkers(ctx.view.units[ui].text)) {
        const { n, at } = m;
        if (n === expected) expected += 1;
        else if (n === 1 && inUnit === 0)
          expected = 2; // a new list in a new paragraph
        else if (n < expected) {
          pushUnit(ctx, ui, {
            rule: 'sequence',
            severity: 'warning',
            at,
            length: m.text.length,
            message: `“${m.text}”与前文重复：前面已经写到“${cn(expected - 1)}是”，这里应为“${cn(expected)}是”。`,
          });
          expected = n + 1;
        } else {
          const missing = Array.from({ length: n - expected }, (_, k) => `“${cn(expected + k)}是”`).join('、');
          pushUnit(ctx, ui, {
            rule: 'sequence',
            severity: 'warning',
            at,
            length: m.text.length,
            message: `“${m.text}”之前缺少${missing}：序号跳号。`,
          });
          expected = n + 1;
        }
        inUnit += 1;
      }
    }
  }
}

function ruleFilingDate(ctx: Ctx, today?: Date): void {
  const date = ctx.report.signature.date;
  if (!date) return;
  const y = ctx.year;
  const push = (severity: Severity, message: string) => {
    const f: Finding = {
      id: `filing-date:date:0`,
      rule: 'filing-date',
      severity,
      field: 'date',
      section: '落款',
      paragraph: 0,
      message,
      excerpt: `成文日期 ${date}`,
    };
    ctx.out.push(f);
    ctx.order.set(f, 2e12);
  };
  const shown = (iso: string) =>
    iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, a, b, c) => `${Number(a)}年${Number(b)}月${Number(c)}日`);
  if (date > `${y + 1}-03-01`) {
    push(
      'warning',
      `成文日期${shown(date)}晚于报送期限：${y}年度报告应在${y + 1}年3月1日前报送县委、县政府，并在4月1日前向社会公开。`,
    );
  } else if (date <= `${y}-12-31`) {
    push('warning', `成文日期${shown(date)}在${y}年度结束之前：年度报告应在年度结束后成文（${y + 1}年1月至2月）。`);
  }
  if (today) {
    const t = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    if (date > t) {
      const f: Finding = {
        id: `filing-date:date:1`,
        rule: 'filing-date',
        severity: 'info',
        field: 'date',
        section: '落款',
        paragraph: 0,
        message: `成文日期${shown(date)}晚于今天（${shown(t)}），请核对。`,
        excerpt: `成文日期 ${date}`,
      };
      ctx.out.push(f);
      ctx.order.set(f, 2e12 + 1);
    }
  }
}

/** Paragraphs shorter than this (after normalising) are not compared with last year: too short to mean copying. */
const COPY_MIN_CHARS = 20;
/** Bigram Jaccard index from which a paragraph reads as "nearly identical" to last year's. */
export const COPY_THRESHOLD = 0.9;

interface PreviousParagraphs {
  units: TextUnit[];
  exact: Map<string, number>;
  size: Int32Array;
  postings: Map<number, number[]>;
}
const previousMemo = new WeakMap<ReportView, PreviousParagraphs>();

/** Last year's body paragraphs, normalised, with an inverted index bigram → paragraphs (kept per view). */
function previousParagraphs(view: ReportView): PreviousParagraphs {
  const hit = previousMemo.get(view);
  if (hit) return hit;
  const units = view.units.filter((u) => BODY_FIELDS.has(u.field));
  const exact = new Map<string, number>();
  const size = new Int32Array(units.length);
  const postings = new Map<number, number[]>();
  units.forEach((u, k) => {
    const norm = normalizeForCompare(u.text);
    if (norm.length < COPY_MIN_CHARS) return;
    if (!exact.has(norm)) exact.set(norm, k);
    const codes = bigramCodes(norm);
    size[k] = codes.length;
    for (const c of codes) {
      const l = postings.get(c);
      if (l) l.push(k);
      else postings.set(c, [k]);
    }
  });
  const out = { units, exact, size, postings };
  previousMemo.set(view, out);
  return out;
}

function ruleCopied(ctx: Ctx, previous?: ReportView): void {
  const units = ctx.view.units;
  const flagged = new Set<number>();
  if (previous) {
    const { units: prev, exact, size: prevSize, postings } = previousParagraphs(previous);
    const counts = new Int32Array(prev.length);
    const touched: number[] = [];
    const where = (k: number) => `${prev[k].label}第${prev[k].para}段`;
    units.forEach((u, i) => {
      if (!BODY_FIELDS.has(u.field)) return;
      const norm = normalizeForCompare(u.text);
      if (norm.length < COPY_MIN_CHARS) return;
      const same = exact.get(norm);
      if (same !== undefined) {
        flagged.add(i);
        pushUnit(ctx, i, {
          rule: 'copied',
          severity: 'warning',
          at: 0,
          length: Math.min(20, u.text.length),
          message: `这一段与上年报告（${where(same)}）完全相同：照搬上年，请按${ctx.year}年度的实际工作改写。`,
        });
        return;
      }
      const codes = bigramCodes(norm);
      // Jaccard ≥ t needs |B| within [t·|A|, |A|/t]: others cannot reach the threshold.
      const lo = codes.length * COPY_THRESHOLD;
      const hi = codes.length / COPY_THRESHOLD;
      for (const c of codes) {
        const l = postings.get(c);
        if (!l) continue;
        for (const k of l) if (counts[k]++ === 0) touched.push(k);
      }
      let best = -1;
      let bestScore = 0;
      for (const k of touched) {
        const inter = counts[k];
        counts[k] = 0;
        if (prevSize[k] < lo || prevSize[k] > hi) continue;
        const score = inter / (codes.length + prevSize[k] - inter);
        if (score > bestScore) {
          bestScore = score;
          best = k;
        }
      }
      touched.length = 0;
      if (best >= 0 && bestScore >= COPY_THRESHOLD) {
        flagged.add(i);
        pushUnit(ctx, i, {
          rule: 'copied',
          severity: 'warning',
          at: 0,
          length: Math.min(20, u.text.length),
          message: `这一段与上年报告（${where(best)}）几乎相同（相似度${Math.round(bestScore * 100)}%）：照搬上年，请按${ctx.year}年度的实际工作改写。`,
        });
      }
    });
  }
  // Paragraphs carried over by 新建下一年度报告 and never edited.
  const inherited = new Set<string>();
  for (const info of ctx.view.sections.values())
    for (const p of info.section.paragraphs) if (p.inherited) inherited.add(p.id);
  if (!inherited.size) return;
  units.forEach((u, i) => {
    if (u.field !== 'paragraph' || flagged.has(i) || !inherited.has(u.paragraphId!) || u.line > 0) return;
    pushUnit(ctx, i, {
      rule: 'copied',
      severity: 'warning',
      at: 0,
      length: Math.min(20, u.text.length),
      message: '这一段从上年报告带入后还没有修改：照搬上年，请按本年度的实际工作改写或删除。',
    });
  });
}

const HEADING_NUMBER =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d+[.．、](?!\d)|[（(]\d+[）)])\s*/;

function ruleHeadingNumber(ctx: Ctx): void {
  ctx.view.units.forEach((u, i) => {
    if (u.field !== 'heading' || u.line > 0) return;
    const m = HEADING_NUMBER.exec(u.raw);
    if (!m) return;
    pushUnit(ctx, i, {
      rule: 'heading-number',
      severity: 'warning',
      at: 0,
      length: m[0].length,
      onRaw: true,
      message: `标题开头手写了序号“${m[0].trim()}”：序号按位置自动生成，手写会重复。`,
      fix: { from: m[0], to: '' },
    });
  });
}

/**
 * Lint a report. Findings come in document order (title, 导语, sections, 落款), each with a stable id.
 * With opts.previous, paragraphs identical or nearly identical to last year's are flagged (照搬上年);
 * opts.today enables the check for a 成文日期 in the future.
 */
export function lintReport(report: Report, opts: LintOptions = {}): Finding[] {
  return lintView(buildView(report), {
    previous: opts.previous ? cachedView(opts.previous) : undefined,
    today: opts.today,
  });
}

/** lintReport on views already built (checkReport shares one view between the checklist and the lint). */
export function lintView(view: ReportView, opts: { previous?: ReportView; today?: Date } = {}): Finding[] {
  const report = view.report;
  const ctx: Ctx = { view, report, year: report.year, out: [], order: new Map() };
  ruleYears(ctx);
  ruleEmptySections(ctx);
  rulePlaceholders(ctx);
  ruleNoFigure(ctx);
  ruleYu(ctx);
  rulePunctuation(ctx);
  ruleDates(ctx);
  ruleWordList(ctx, 'fazhi');
  ruleWordList(ctx, 'proofread');
  ruleStale(ctx);
  ruleOutOfScope(ctx);
  ruleSequence(ctx);
  ruleFilingDate(ctx, opts.today);
  ruleCopied(ctx, opts.previous);
  ruleHeadingNumber(ctx);
  const seen = new Set<string>();
  return ctx.out
    .filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)))
    .sort((a, b) => ctx.order.get(a)! - ctx.order.get(b)!);
}

// ---------------------------------------------------------------------------------------------
// Fixes

function readField(report: Report, fix: Fix): string | undefined {
  switch (fix.field) {
    case 'title':
      return report.title;
    case 'recipient':
      return report.recipient;
    case 'preamble':
      return report.preamble;
    case 'attachment':
      return report.attachments[fix.index ?? -1];
    case 'signature':
      return report.signature.units[fix.index ?? -1];
    case 'heading':
    case 'paragraph': {
      const stack = [...report.sections];
      while (stack.length) {
        const s = stack.pop()!;
        if (fix.field === 'heading' && s.id === fix.sectionId) return s.heading;
        if (fix.field === 'paragraph') {
          const p = s.paragraphs.find((x) => x.id === fix.paragraphId);
          if (p) return p.text;
        }
        stack.push(...s.children);
      }
      return undefined;
    }
  }
}

function writeField(report: Report, fix: Fix, value: string): void {
  switch (fix.field) {
    case 'title':
      report.title = value;
      report.titleAuto = false;
      return;
    case 'recipient':
      report.recipient = value;
      return;
    case 'preamble':
      report.preamble = value;
      return;
    case 'attachment':
      report.attachments[fix.index!] = value;
      return;
    case 'signature':
      report.signature.units[fix.index!] = value;
      return;
    case 'heading':
    case 'paragraph': {
      const stack = [...report.sections];
      while (stack.length) {
        const s = stack.pop()!;
        if (fix.field === 'heading' && s.id === fix.sectionId) {
          s.heading = value;
          return;
        }
        if (fix.field === 'paragraph') {
          const p = s.paragraphs.find((x) => x.id === fix.paragraphId);
          if (p) {
            p.text = value;
            p.inherited = false;
            return;
          }
        }
        stack.push(...s.children);
      }
    }
  }
}

/** Where `from` now sits in the field: at the recorded offset, else the occurrence nearest to it. */
function placeFix(current: string, fix: Fix): number {
  if (current.startsWith(fix.from, fix.offset)) return fix.offset;
  let best = -1;
  for (const i of allIndexes(current, fix.from))
    if (best < 0 || Math.abs(i - fix.offset) < Math.abs(best - fix.offset)) best = i;
  return best;
}

/**
 * Apply a finding's fix and return the new report (the input is not changed). When the finding has no fix,
 * or the text it would change is no longer there, the same report object is returned.
 * A punctuation fix whose line has been edited since is recomputed on the line as it now reads.
 */
export function applyFix(report: Report, finding: Finding): Report {
  const fix = finding.fix;
  if (!fix) return report;
  const current = readField(report, fix);
  if (current === undefined) return report;
  let next: string | undefined;
  const at = placeFix(current, fix);
  if (at >= 0 && fix.from !== fix.to) {
    next = current.slice(0, at) + fix.to + current.slice(at + fix.from.length);
  } else if (finding.rule === 'punctuation') {
    const line = rawLines(current).find((l) => l.start <= fix.offset && fix.offset <= l.start + l.text.length);
    if (line) {
      const fixed = fullWidthPunctuation(line.text, maskRaw(line.text));
      if (fixed !== line.text)
        next = current.slice(0, line.start) + fixed + current.slice(line.start + line.text.length);
    }
  }
  if (next === undefined || next === current) return report;
  const copy = structuredClone(report);
  writeField(copy, fix, next);
  return copy;
}

/**
 * Apply every fix among the findings (e.g. 全部修正 for one rule): per field from the end backwards,
 * so earlier offsets stay valid. Findings without a fix are skipped.
 */
export function applyFixes(report: Report, findings: Finding[]): Report {
  const withFix = findings.filter((f) => f.fix);
  const key = (f: Finding) =>
    `${f.fix!.field}|${f.fix!.sectionId ?? ''}|${f.fix!.paragraphId ?? ''}|${f.fix!.index ?? ''}`;
  withFix.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : b.fix!.offset - a.fix!.offset));
  let r = report;
  for (const f of withFix) r = applyFix(r, f);
  return r;
}
