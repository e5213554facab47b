/**
 * Import: an existing report as plain text (pasted, or read from a .txt/.docx file) turned into a Report on the
 * mandated sections. Title, 主送机关, 导语, numbered headings (一、 （一） 1. （1）, full- or half-width), run-in
 * headings, 落款 and 成文日期 are recognised; top-level headings are mapped onto the mandated sections and the
 * sub-headings of 举措和成效 onto its sub-areas by their words. What cannot be mapped is kept as the user's own
 * sub-section under its original heading. Every character of the source ends up in the report except heading
 * numbers, whitespace, the full stop that ends a run-in heading, and the 附件 label and item numbers (the
 * document writes these itself); the 成文日期 is kept as a date. A heading with no text under it is kept in the
 * report but, like every empty section, not shown in the document until text is written (a warning says so).
 * Pure: no Node or Electron imports (the renderer uses it for pasted text).
 */
import { catalogue, fillYear, sectionFromSpec, specFor } from './catalogue.ts';
import {
  SCHEMA_VERSION,
  generateTitle,
  parseReport,
  walkSections,
  MAX_DEPTH,
  type Paragraph,
  type Report,
  type Section,
} from './report-model.ts';
import { newId } from './ids.ts';
import { sanitizeText } from './text.ts';

// --------------------------------------------------------------------------------------------------------------
// Public types
// --------------------------------------------------------------------------------------------------------------

export interface ImportOptions {
  /** the unit, e.g. 汤郎乡; inferred from the title when not given */
  unitName?: string;
  /** the county, e.g. 禄劝县; inferred from the 主送机关 or the text when not given */
  county?: string;
  /** the report year; inferred from the title (XXXX年度) when not given */
  year?: number;
  /** timestamps of the new report (tests) */
  now?: Date;
}

export interface ImportMapping {
  /** the heading as it stands in the source, number included, e.g. "三、创建工作成效" */
  sourceHeading: string;
  /** nesting depth in the source (1 = top level) */
  level: number;
  /** the report section that holds this heading's content */
  sectionId: string;
  /** key of the mandated section or sub-area, or 'custom' for the user's own sub-section */
  target: string;
  /** where the content went, readable, e.g. "2024年度推进法治政府建设的主要举措和成效 › 自定义小节“基本情况”" */
  targetLabel: string;
  /** set when the heading was nested too deep and was kept as a paragraph (number included) of `sectionId` */
  merged?: boolean;
}

export interface ImportResult {
  report: Report;
  mapping: ImportMapping[];
  warnings: string[];
}

export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'too-short'
  | 'not-report'
  | 'too-large'
  | 'unsupported'
  | 'not-found'
  | 'unreadable'
  | 'invalid';

/** A text or file that cannot become a report. `message` is Chinese (for the user), `english` for logs and the CLI. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly english: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

// --------------------------------------------------------------------------------------------------------------
// Is this a report at all?
// --------------------------------------------------------------------------------------------------------------

/** Minimum number of Chinese characters for a text to be taken as a report. */
export const MIN_REPORT_HAN = 100;
/** Longest text accepted (the model's limit for one text field). */
export const MAX_IMPORT_CHARS = 2_000_000;

const HAN = /\p{Script=Han}/gu;
const RULE_OF_LAW = /法治|法制|依法/;

/** Number of Chinese characters in a text. */
export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/**
 * Why a text cannot be imported as a report, or null when it can: empty, binary-looking (control or replacement
 * characters), fewer than MIN_REPORT_HAN Chinese characters, or no 法治/法制/依法 wording at all.
 */
export function checkReportText(text: string): ImportError | null {
  if (text.length > MAX_IMPORT_CHARS) {
    return new ImportError(
      'too-large',
      `内容太长（${text.length} 字符），不像一份年度报告。`,
      `Text too long (${text.length} characters) for an annual report.`,
    );
  }
  const visible = text.replace(/[\s\uFEFF]/g, '');
  if (!visible)
    return new ImportError(
      'empty',
      '没有可导入的文字（文件或粘贴的内容是空的）。',
      'Nothing to import: the text is empty.',
    );
  const junk = (visible.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g) ?? []).length;
  if (junk > 0 && junk / visible.length > 0.005) {
    return new ImportError(
      'binary',
      '内容不是可读的文字（可能是图片、压缩包或编码无法识别的文件），无法导入。',
      'The content is not readable text (binary data or an unknown encoding).',
    );
  }
  const han = hanCount(visible);
  if (han < MIN_REPORT_HAN) {
    return new ImportError(
      'too-short',
      `内容只有 ${han} 个汉字，不像一份法治政府建设年度报告（至少需要 ${MIN_REPORT_HAN} 个汉字）。`,
      `Only ${han} Chinese characters; an annual report needs at least ${MIN_REPORT_HAN}.`,
    );
  }
  if (!RULE_OF_LAW.test(visible)) {
    return new ImportError(
      'not-report',
      '内容中没有“法治”“依法”等字样，不像法治政府建设情况报告，未导入。',
      'No rule-of-law wording (法治/依法) found: this does not look like a 法治政府建设 report.',
    );
  }
  return null;
}

// --------------------------------------------------------------------------------------------------------------
// Lines: headings, title, 主送机关, 落款, 成文日期
// --------------------------------------------------------------------------------------------------------------

const CN_NUM = '[一二三四五六七八九十百零〇]{1,4}';
/** Heading styles, outermost first: 一、  （一）  1.  （1）. Brackets and points full- or half-width. */
const HEADING_STYLES: RegExp[] = [
  new RegExp(`^${CN_NUM}\\s*[、.．]\\s*`),
  new RegExp(`^[（(]\\s*${CN_NUM}\\s*[）)]\\s*`),
  /^\d{1,3}\s*[.．、](?![\d.．])\s*/,
  /^[（(]\s*\d{1,3}\s*[）)]\s*/,
];

/** Longest heading text taken as a heading (longer numbered lines are numbered paragraphs). */
const MAX_HEADING = 60;

interface HeadingLine {
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

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十五 → 15, 二十 → 20, 三十一 → 31; NaN when not a small Chinese number. */
function smallChineseNumber(s: string): number {
  if (/^[一二三四五六七八九]$/.test(s)) return CN_DIGIT[s];
  const m = /^([一二三])?十([一二三四五六七八九])?$/.exec(s);
  if (!m) return NaN;
  return (m[1] ? CN_DIGIT[m[1]] : 1) * 10 + (m[2] ? CN_DIGIT[m[2]] : 0);
}

/** 二〇二四 → 2024; NaN otherwise. */
function chineseYear(s: string): number {
  if (!/^[〇○零一二三四五六七八九]{4}$/.test(s)) return NaN;
  return Number([...s].map((c) => CN_DIGIT[c]).join(''));
}

function isoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 2000 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_ARABIC = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const DATE_CHINESE =
  /^([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$/;

/** A 成文日期 line: 'iso' when it is a valid date, 'invalid' when it looks like one but is not, null otherwise. */
export function parseDateLine(line: string): { iso: string } | { invalid: true } | null {
  const a = DATE_ARABIC.exec(line);
  const c = a ? null : DATE_CHINESE.exec(line);
  if (!a && !c) return null;
  const iso = a
    ? isoDate(Number(a[1]), Number(a[2]), Number(a[3]))
    : isoDate(chineseYear(c![1]), smallChineseNumber(c![2]), smallChineseNumber(c![3]));
  return iso ? { iso } : { invalid: true };
}

const UNIT_LINE =
  /^(?:中共)?[\p{Script=Han}（）()·]{1,30}?(?:委员会|人民政府|党委|党工委|政府|办事处|管理委员会|管委会)$/u;

/** The signing units on a line: one unit, or two separated by blanks (or run together as 中共…委员会…人民政府). */
function unitsOf(line: string): string[] | null {
  if (headingOf(line)) return null;
  const parts = line.split(/\s+/).filter(Boolean);
  if (parts.length >= 1 && parts.length <= 2 && parts.every((p) => p.length <= 40 && UNIT_LINE.test(p))) {
    if (parts.length === 1) {
      const pair = /^(中共.+?委员会)(.+?(?:人民政府|办事处))$/u.exec(parts[0]);
      if (pair) return [pair[1], pair[2]];
    }
    return parts;
  }
  return null;
}

function isTitleLike(line: string): boolean {
  return line.length <= 80 && !/[。：:；;，,]$/.test(line) && !headingOf(line);
}

const RECIPIENT_ORG = /县委|县人民政府|区委|市委|人民政府|委员会|委|政府|办公室|领导小组/;

function isRecipient(line: string): boolean {
  return (
    line.length <= 100 &&
    /[：:]$/.test(line) &&
    RECIPIENT_ORG.test(line) &&
    !/如下|现将|报告/.test(line) &&
    !headingOf(line)
  );
}

// --------------------------------------------------------------------------------------------------------------
// Year, unit, county
// --------------------------------------------------------------------------------------------------------------

const YEAR_IN_TEXT = /(?<!\d)((?:19|20)\d{2})\s*年/;
const CN_YEAR_IN_TEXT = /([〇○零一二三四五六七八九]{4})\s*年/;

/** The first year written in a text (2024年 or 二〇二四年) and where it starts. */
function findYear(text: string): { year: number; index: number } | null {
  const a = YEAR_IN_TEXT.exec(text);
  const c = CN_YEAR_IN_TEXT.exec(text);
  const ca = c ? chineseYear(c[1]) : NaN;
  if (a && (!c || Number.isNaN(ca) || a.index <= c.index)) return { year: Number(a[1]), index: a.index };
  if (c && !Number.isNaN(ca)) return { year: ca, index: c.index };
  return null;
}

/** The unit from the words before the year in a title: 汤郎乡2024年度… → 汤郎乡; 中共X乡委员会 X乡人民政府关于… → X乡. */
export function unitFromTitle(before: string): string {
  const flat = before.replace(/[\s、，,]*关于$/, '').replace(/[\s、，,]+$/g, '');
  if (!flat) return '';
  const gov = /委员会[\s、，,]*([^\s、，,]+?)人民政府$/u.exec(flat) ?? /([^\s、，,]+?)人民政府$/u.exec(flat);
  if (gov) return gov[1].replace(/^中共/, '');
  const office = /([^\s、，,]+?街道)办事处$/u.exec(flat);
  if (office) return office[1];
  const party = /中共([^\s、，,]+?)(?:委员会|党委|党工委)$/u.exec(flat);
  if (party) return party[1];
  const tokens = flat.split(/[\s、，,]+/).filter(Boolean);
  return (tokens[tokens.length - 1] ?? '').replace(/^中共/, '').slice(0, 60);
}

function countyFrom(recipient: string, body: string): string {
  const r =
    /中共([\p{Script=Han}]{1,10}?[县市区旗])委/u.exec(recipient) ??
    /([\p{Script=Han}]{1,10}?[县市区旗])人民政府/u.exec(recipient);
  if (r) return r[1];
  const b = /(?:位于|隶属|地处|属于)([\p{Script=Han}]{1,6}?[县旗])/u.exec(body);
  return b ? b[1] : '';
}

// --------------------------------------------------------------------------------------------------------------
// Mapping headings onto the mandated sections
// --------------------------------------------------------------------------------------------------------------

type Rule = [key: string, words: string[]];

const TOP_RULES: Rule[] = [
  ['other', ['其他', '其它']],
  ['shortfalls', ['存在的问题', '存在问题', '问题', '不足', '短板', '差距', '薄弱']],
  ['chief', ['第一责任人', '主要负责人', '党政主要', '述法']],
  ['plan', ['下步', '下一步', '下一年', '工作计划', '计划', '打算', '安排', '思路', '展望']],
  [
    'measures',
    ['举措', '成效', '工作开展情况', '开展情况', '主要工作', '工作情况', '主要做法', '做法', '措施', '成绩', '进展'],
  ],
];

const SUB_RULES: Rule[] = [
  ['study', ['习近平法治思想', '学习', '党的领导', '组织领导', '领导小组', '第一议题']],
  ['functions', ['职能', '营商环境', '放管服', '便民', '政务服务', '履职']],
  ['decisions', ['决策', '合法性审查', '法律顾问', '规范性文件']],
  ['enforcement', ['执法']],
  ['oversight', ['监督', '公开', '制约']],
  ['disputes', ['矛盾', '纠纷', '信访', '调解', '解纷', '复议', '应诉', '枫桥']],
  ['education', ['普法', '宣传', '法治社会', '法治文化', '法治乡村', '守法']],
  ['emergency', ['应急', '突发']],
  ['digital', ['数字', '信息化', '智慧', '互联网']],
];

/** The rule whose word occurs earliest in the text (longer word first on a tie). */
function earliest(text: string, rules: Rule[], skip: Set<string> = new Set()): string | null {
  let best: { key: string; at: number; len: number } | null = null;
  for (const [key, words] of rules) {
    if (skip.has(key)) continue;
    for (const w of words) {
      const at = text.indexOf(w);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && w.length > best.len)) best = { key, at, len: w.length };
    }
  }
  return best?.key ?? null;
}

/** The mandated top-level section a heading's words point to, or null. */
export function classifyTopHeading(heading: string, year: number): string | null {
  const k = earliest(heading, TOP_RULES);
  if (k) return k;
  const y = findYear(heading);
  if (y && y.year > year) return 'plan';
  if (y && y.year === year) return 'measures';
  return null;
}

/** The sub-area of 举措和成效 a heading's words point to, or null. `used` keys are skipped. */
export function classifySubHeading(heading: string, used: Set<string> = new Set()): string | null {
  return earliest(heading, SUB_RULES, used);
}

// --------------------------------------------------------------------------------------------------------------
// Parsing
// --------------------------------------------------------------------------------------------------------------

/** A heading of the source and what follows it. */
interface Node {
  index: number; // order of appearance among headings
  depth: number; // nesting depth in the source, 1 = top level
  style: number;
  line: string; // the heading as written (number and text)
  heading: string;
  paragraphs: string[];
  children: Node[];
}

function paragraphs(texts: string[]): Paragraph[] {
  return texts.map((text) => ({ id: newId(), text }));
}

/**
 * Insert the missing keyed sections into a list in rank order: each goes before the first present keyed section
 * of higher rank, or after the last keyed section, or at the end. The user's own sections keep their places.
 */
function insertMissing(list: Section[], missing: Section[], rank: (key: string | null) => number): Section[] {
  const out = [...list];
  for (const m of missing) {
    const r = rank(m.key);
    let at = out.findIndex((s) => s.key !== null && rank(s.key) > r);
    if (at < 0) {
      let last = -1;
      out.forEach((s, i) => {
        if (s.key !== null) last = i;
      });
      at = last >= 0 ? last + 1 : out.length;
    }
    out.splice(at, 0, m);
  }
  return out;
}

interface BuildContext {
  year: number;
  warnings: string[];
  /** heading index → section that holds it */
  holder: Map<number, Section>;
  /** headings whose content was merged into a parent because the nesting was too deep */
  flattened: Set<number>;
}

/** A source heading as the user's own section (key null) at a depth; too-deep children become paragraphs. */
function customFromNode(node: Node, depth: number, ctx: BuildContext): Section {
  const s: Section = {
    id: newId(),
    key: null,
    heading: node.heading,
    paragraphs: paragraphs(node.paragraphs),
    stats: [],
    children: [],
  };
  ctx.holder.set(node.index, s);
  attachChildren(s, node.children, depth, ctx);
  return s;
}

function attachChildren(s: Section, children: Node[], depth: number, ctx: BuildContext): void {
  for (const c of children) {
    if (depth + 1 > MAX_DEPTH) flattenInto(s, c, ctx);
    else s.children.push(customFromNode(c, depth + 1, ctx));
  }
}

/** Headings nested deeper than the report allows: the heading line (number kept) and its text become paragraphs. */
function flattenInto(s: Section, node: Node, ctx: BuildContext): void {
  if (!ctx.flattened.size)
    ctx.warnings.push(`原文标题层级超过 ${MAX_DEPTH} 级，更深的标题已作为正文段落保留（含原编号）。`);
  ctx.flattened.add(node.index);
  ctx.holder.set(node.index, s);
  s.paragraphs.push(...paragraphs([node.line, ...node.paragraphs]));
  for (const c of node.children) flattenInto(s, c, ctx);
}

/** A source heading placed on a mandated section or sub-area (its sub-headings are attached by the caller). */
function keyedFromNode(node: Node, key: string, ctx: BuildContext): Section {
  const base = sectionFromSpec(specFor(key)!, ctx.year);
  base.heading = node.heading;
  base.paragraphs = paragraphs(node.paragraphs);
  base.children = [];
  ctx.holder.set(node.index, base);
  return base;
}

/** Parse text into lines: control characters removed, each line trimmed, blank lines dropped. */
function lines(text: string): string[] {
  return sanitizeText(text.replace(/^\uFEFF/, ''))
    .split(/[\n\u2028\u2029\u000B\u000C\u0085]/)
    .map((l) => l.replace(/^[\s\uFEFF]+|[\s\uFEFF]+$/g, ''))
    .filter((l) => l.length > 0);
}

/**
 * Turn the text of a report into a Report placed on the mandated sections.
 * Throws ImportError when the text is not a report (see checkReportText).
 */
export function parseReportText(text: string, opts: ImportOptions = {}): ImportResult {
  const problem = checkReportText(text);
  if (problem) throw problem;
  const warnings: string[] = [];
  const all = lines(text);

  // ---- title (one or two lines among the first three) and 主送机关
  let pos = 0;
  const lead: string[] = [];
  let titleLines: string[] = [];
  for (let i = 0; i < Math.min(3, all.length) && !titleLines.length; i++) {
    const a = all[i];
    const b = all[i + 1];
    if (
      isTitleLike(a) &&
      !/报告/.test(a) &&
      b !== undefined &&
      isTitleLike(b) &&
      /报告/.test(b) &&
      a.length + b.length <= 120
    ) {
      titleLines = [a, b];
      pos = i + 2;
    } else if (isTitleLike(a) && /报告|情况/.test(a)) {
      titleLines = [a];
      pos = i + 1;
    }
    if (titleLines.length) lead.push(...all.slice(0, i));
  }
  if (!titleLines.length) {
    pos = 0;
    warnings.push('没有识别到标题（第一行应是“××乡××××年度法治政府建设工作情况报告”），已按单位和年度生成标题。');
  } else if (lead.length) {
    warnings.push('标题前的文字已放入导语开头，请核对。');
  }
  let recipient = '';
  if (pos < all.length && isRecipient(all[pos])) recipient = all[pos++];

  // ---- 落款 and 成文日期 at the end; 附件 just above them
  let end = all.length;
  let date = '';
  let units: string[] = [];
  if (end > pos) {
    const d = parseDateLine(all[end - 1]);
    if (d && 'iso' in d) {
      date = d.iso;
      end -= 1;
    } else if (d) {
      warnings.push(`末行“${all[end - 1]}”像成文日期但不是有效日期，已作为正文保留，请在落款处填写正确日期。`);
    }
  }
  for (let k = 0; k < 2 && end - 1 > pos && units.length < 2; k++) {
    const u = unitsOf(all[end - 1]);
    if (!u || units.length + u.length > 2) break;
    units = [...u, ...units];
    end -= 1;
  }
  const attachments: string[] = [];
  {
    let k = end - 1;
    const items: string[] = [];
    while (k > pos && /^\d{1,2}\s*[.．、]/.test(all[k]) && items.length < 19) items.unshift(all[k--]);
    const m = k > pos ? /^附件\s*[：:]\s*(.*)$/.exec(all[k]) : null;
    if (m && (m[1] || items.length)) {
      const first = m[1] ? [m[1]] : [];
      for (const item of [...first, ...items]) attachments.push(item.replace(/^\d{1,2}\s*[.．、]\s*/, ''));
      end = k;
    }
  }
  const body = all.slice(pos, end);

  // ---- headings → tree
  const root: Node = { index: -1, depth: 0, style: 0, line: '', heading: '', paragraphs: [], children: [] };
  const nodes: Node[] = [];
  const preamble: string[] = [...lead];
  const stack: Node[] = [];
  for (const line of body) {
    const h = headingOf(line);
    if (!h) {
      if (stack.length) stack[stack.length - 1].paragraphs.push(line);
      else preamble.push(line);
      continue;
    }
    while (stack.length && stack[stack.length - 1].style >= h.style) stack.pop();
    const node: Node = {
      index: nodes.length,
      depth: stack.length + 1,
      style: h.style,
      line: h.heading ? `${h.prefix.trim()}${h.heading}` : h.prefix.trim(),
      heading: h.heading,
      paragraphs: [],
      children: [],
    };
    if (h.body) node.paragraphs.push(h.body);
    nodes.push(node);
    (stack.length ? stack[stack.length - 1] : root).children.push(node);
    stack.push(node);
  }

  // ---- year, unit, county
  const titleText = titleLines.join('');
  const ty = findYear(titleText);
  let year = opts.year ?? ty?.year ?? NaN;
  if (opts.year && ty && ty.year !== opts.year)
    warnings.push(`标题中的年度（${ty.year}）与指定年度（${opts.year}）不同，已按指定年度 ${opts.year} 处理。`);
  if (!Number.isFinite(year)) {
    const any = findYear(body.join('\n'));
    year = any ? any.year : (opts.now ?? new Date()).getFullYear() - 1;
    warnings.push(`标题中没有年度（××××年度），已按 ${year} 年处理，请核对。`);
  }
  if (year < 2000 || year > 2100) {
    warnings.push(`年度 ${year} 超出范围，已按 ${(opts.now ?? new Date()).getFullYear() - 1} 年处理。`);
    year = (opts.now ?? new Date()).getFullYear() - 1;
  }
  let unitName = (opts.unitName ?? '').trim();
  if (!unitName && ty) unitName = unitFromTitle(titleText.slice(0, ty.index));
  if (!unitName && units.length) unitName = unitFromTitle(units[units.length - 1]);
  if (!unitName) warnings.push('没有从标题识别出单位名称，请在报告信息中填写。');
  unitName = unitName.slice(0, 60);
  const county = (opts.county ?? countyFrom(recipient, body.join('\n'))).slice(0, 60);

  // ---- no headings at all: the first paragraph is the 导语, the rest 举措和成效
  const ctx: BuildContext = { year, warnings, holder: new Map(), flattened: new Set() };
  let measuresLoose: string[] = [];
  if (!nodes.length) {
    warnings.push('原文没有“一、”“（一）”等标题，正文已全部放入“主要举措和成效”，请按部分拆分。');
    measuresLoose = preamble.splice(1);
  }

  // ---- top level
  const topKeys = catalogue.sections.map((s) => s.key);
  const primary = new Map<string, Node>();
  const classes = root.children.map((n) => classifyTopHeading(n.heading, year));
  root.children.forEach((n, i) => {
    const k = classes[i];
    if (k && !primary.has(k)) primary.set(k, n);
  });
  const built = new Map<string, Section>();
  const measuresChildren: Section[] = [];
  const usedSub = new Set<string>();
  const extraChildren = new Map<string, Section[]>(); // key → custom children appended
  const placedOrder: string[] = []; // top-level keys in source order
  let afterPlanOrShortfalls = false;

  const toMeasures = (n: Node) => {
    const sub = classifySubHeading(n.heading, usedSub);
    if (sub) {
      usedSub.add(sub);
      const s = keyedFromNode(n, sub, ctx);
      attachChildren(s, n.children, 2, ctx);
      measuresChildren.push(s);
    } else {
      measuresChildren.push(customFromNode(n, 2, ctx));
    }
  };

  root.children.forEach((n, i) => {
    const k = classes[i];
    if (k && primary.get(k) === n) {
      const s = keyedFromNode(n, k, ctx);
      built.set(k, s);
      if (!placedOrder.includes(k)) placedOrder.push(k);
      if (k === 'measures') {
        for (const c of n.children) toMeasures(c);
      } else {
        attachChildren(s, n.children, 1, ctx);
      }
      if (k === 'shortfalls' || k === 'plan') afterPlanOrShortfalls = true;
      return;
    }
    // Not the first heading of its kind, or not recognised.
    const bucket = k === 'measures' || (!k && !afterPlanOrShortfalls) ? 'measures' : (k ?? 'other');
    if (!placedOrder.includes(bucket)) placedOrder.push(bucket);
    if (bucket === 'measures') toMeasures(n);
    else {
      const list = extraChildren.get(bucket) ?? [];
      list.push(customFromNode(n, 2, ctx));
      extraChildren.set(bucket, list);
    }
  });

  // Assemble: every mandated section present, each in the source's order, missing ones by catalogue rank.
  const present: Section[] = [];
  for (const key of placedOrder) {
    const s = built.get(key) ?? sectionFromSpec(specFor(key)!, year);
    if (!built.has(key)) s.children = [];
    if (key === 'measures') {
      s.paragraphs.push(...paragraphs(measuresLoose));
      const subs = specFor('measures')!.children ?? [];
      const missing = subs.filter((c) => !usedSub.has(c.key)).map((c) => sectionFromSpec(c, year));
      const subRank = (key: string | null) => subs.findIndex((c) => c.key === key);
      s.children = insertMissing(measuresChildren, missing, subRank);
    }
    s.children.push(...(extraChildren.get(key) ?? []));
    built.set(key, s);
    present.push(s);
  }
  const chiefAt = placedOrder.indexOf('chief');
  const measuresAt = placedOrder.indexOf('measures');
  const order: 'A' | 'B' = chiefAt >= 0 && measuresAt >= 0 && chiefAt < measuresAt ? 'B' : 'A';
  const rank = (key: string | null) => catalogue.orders[order].indexOf(key ?? '');
  const missingTop = topKeys.filter((k) => !built.has(k)).map((k) => sectionFromSpec(specFor(k)!, year));
  if (missingTop.some((s) => s.key === 'measures')) {
    const m = missingTop.find((s) => s.key === 'measures')!;
    m.paragraphs.push(...paragraphs(measuresLoose));
  }
  missingTop.sort((a, b) => rank(a.key) - rank(b.key));
  const sections = insertMissing(present, missingTop, rank);
  const sequence = sections.map((s) => s.key);
  const expected = catalogue.orders[order];
  if (sequence.join() !== expected.join()) {
    warnings.push('原文各部分的先后与规定顺序不同，已按原文顺序保留，可在编辑时调整。');
  }

  // ---- title and report
  let title = titleLines.join('\n');
  let titleAuto = false;
  if (!title) {
    title = generateTitle(unitName, year);
    titleAuto = true;
  } else if (title === generateTitle(unitName, year)) {
    titleAuto = true;
  }
  const stamp = (opts.now ?? new Date()).toISOString();
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    id: newId(),
    unitName,
    county,
    year,
    title,
    titleAuto,
    recipient,
    preamble: preamble.join('\n'),
    order,
    sections,
    attachments,
    signature: { units, date, sealed: false },
    countyItems: [],
    marks: {},
    previousId: null,
    createdAt: stamp,
    updatedAt: stamp,
  };
  const check = parseReport(report);
  if (!check.ok) {
    throw new ImportError(
      'invalid',
      `导入的内容超出报告格式的限制：${check.reason}`,
      `The imported text exceeds the report format's limits: ${check.reason}`,
    );
  }

  // A heading with no text beneath it stays in the report, but the document leaves empty sections out.
  const bare = nodes.filter((n) => !ctx.flattened.has(n.index) && !hasText(ctx.holder.get(n.index)!));
  if (bare.length) {
    const names = bare
      .slice(0, 5)
      .map((n) => `“${n.line}”`)
      .join('、');
    warnings.push(
      `${names}${bare.length > 5 ? `等 ${bare.length} 个标题` : ''}下没有正文：标题已保留，写入正文后才会出现在文档中。`,
    );
  }

  const mapping: ImportMapping[] = nodes.map((n) => {
    const m: ImportMapping = {
      sourceHeading: n.line,
      level: n.depth,
      sectionId: ctx.holder.get(n.index)!.id,
      target: 'custom',
      targetLabel: '',
    };
    if (ctx.flattened.has(n.index)) m.merged = true;
    return m;
  });
  const result: ImportResult = { report, mapping, warnings };
  relabel(result);
  return result;
}

// --------------------------------------------------------------------------------------------------------------
// Labels and remapping
// --------------------------------------------------------------------------------------------------------------

/**
 * Readable place of every section: mandated ones by their catalogue heading, the user's own as 自定义小节, with
 * the path above it (the user's own sections on the path by their heading in quotes).
 */
function sectionLabels(report: Report): Map<string, { path: string; key: string | null; heading: string }> {
  const out = new Map<string, { path: string; key: string | null; heading: string }>();
  const walk = (list: Section[], parent: string) => {
    for (const s of list) {
      const spec = specFor(s.key);
      const name = spec ? fillYear(spec.heading, report.year) : '自定义小节';
      out.set(s.id, { path: parent ? `${parent} › ${name}` : name, key: s.key, heading: s.heading });
      walk(s.children, parent ? `${parent} › ${spec ? name : `“${s.heading}”`}` : spec ? name : `“${s.heading}”`);
    }
  };
  walk(report.sections, '');
  return out;
}

/** Recompute each mapping's target and label from where its section now is. */
function relabel(result: ImportResult): void {
  const labels = sectionLabels(result.report);
  for (const m of result.mapping) {
    const l = labels.get(m.sectionId);
    if (!l) continue;
    if (m.merged) {
      m.target = 'custom';
      m.targetLabel = `${l.path} › 并入正文（层级过深）`;
    } else {
      m.target = l.key ?? 'custom';
      m.targetLabel = l.path;
    }
  }
}

/** Every key a section can be remapped to: the mandated sections and sub-areas, and 'custom'. */
export function remapTargets(year: number): Array<{ key: string; label: string }> {
  const out: Array<{ key: string; label: string }> = [];
  for (const s of catalogue.sections) {
    out.push({ key: s.key, label: fillYear(s.heading, year) });
    for (const c of s.children ?? []) out.push({ key: c.key, label: `${fillYear(s.heading, year)} › ${c.heading}` });
  }
  out.push({ key: 'custom', label: '自定义小节（保留原标题，不对应规定部分）' });
  return out;
}

function hasText(s: Section): boolean {
  return s.paragraphs.some((p) => p.text.trim()) || s.children.some(hasText);
}

/** Find a section and the list that holds it. */
function locate(list: Section[], id: string): { list: Section[]; index: number; section: Section } | null {
  for (let i = 0; i < list.length; i++) {
    if (list[i].id === id) return { list, index: i, section: list[i] };
    const r = locate(list[i].children, id);
    if (r) return r;
  }
  return null;
}

/**
 * Move one imported section to another mandated section or sub-area, or make it the user's own ('custom'),
 * before the report is created. Nothing is lost: the section keeps its heading, text and sub-sections.
 * - The section's former mandated slot is refilled with an empty one from the catalogue, which keeps any
 *   mandated sub-areas the section held (so 举措和成效's sub-areas never leave it).
 * - Onto an empty mandated slot, the section takes the slot's place, key and figures.
 * - Onto a slot that already has text (or holds a heading of the source), the section becomes the user's own
 *   sub-section inside it.
 * - 'custom' keeps the section where it is, as the user's own.
 * Returns a new result; the given one is not changed.
 */
export function remapSection(result: ImportResult, sectionId: string, targetKey: string): ImportResult {
  const next: ImportResult = structuredClone(result);
  const report = next.report;
  const found = locate(report.sections, sectionId);
  if (!found) throw new Error(`no section ${sectionId}`);
  const s = found.section;
  if (targetKey !== 'custom' && !specFor(targetKey)) throw new Error(`unknown section key ${targetKey}`);
  if (s.key === targetKey) return next;

  // Take the section out; a mandated slot it held is refilled.
  found.list.splice(found.index, 1);
  let anchor: { list: Section[]; index: number } = { list: found.list, index: found.index };
  if (s.key !== null) {
    const refill = sectionFromSpec(specFor(s.key)!, report.year);
    const keyedKids = s.children.filter((c) => c.key !== null);
    if (keyedKids.length || refill.children.length) {
      // Mandated sub-areas stay with the mandated slot; the catalogue's empty ones are replaced by them.
      const kept = new Set(keyedKids.map((c) => c.key));
      refill.children = [...keyedKids, ...refill.children.filter((c) => !kept.has(c.key))];
      const rank = (k: string | null) => (specFor(s.key)!.children ?? []).findIndex((c) => c.key === k);
      refill.children.sort((a, b) => rank(a.key) - rank(b.key));
      // The user's own sub-sections that sat among them stay with the moved section.
      s.children = s.children.filter((c) => c.key === null);
    }
    found.list.splice(found.index, 0, refill);
    anchor = { list: found.list, index: found.index + 1 };
    s.key = null;
    s.stats = [];
  }

  if (targetKey === 'custom') {
    s.key = null;
    s.stats = [];
    anchor.list.splice(anchor.index, 0, s);
  } else {
    const target = [...walkSections(report.sections)].find((w) => w.section.key === targetKey)?.section;
    const where = target ? locate(report.sections, target.id) : null;
    const fromSource = target ? next.mapping.some((m) => m.sectionId === target.id) : false;
    if (target && where && !hasText(target) && !fromSource) {
      // Take the empty slot's place, key and figures; its (empty) mandated sub-areas come along.
      s.key = target.key;
      s.stats = target.stats;
      s.children = [...target.children, ...s.children];
      where.list.splice(where.index, 1, s);
    } else if (target) {
      s.key = null;
      s.stats = [];
      target.children.push(s);
    } else {
      // Not in the report (cannot happen for imported reports, which hold every mandated section).
      s.key = null;
      anchor.list.splice(anchor.index, 0, s);
    }
  }
  relabel(next);
  return next;
}
