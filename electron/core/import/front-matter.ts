/**
 * The front matter: the title (one to three lines, starting among the first three) and the 主送机关 under it; and
 * from them, or the text, the report's year, unit and county.
 */
import { isReportYear, NAME_MAX_CHARS } from '../limits.ts';
import { isTownshipUnitName } from '../unit-name.ts';
import { maskBookTitles } from '../text/figures.ts';
import { findYear } from './dates.ts';
import { headingOf } from './headings.ts';
import { isSigningUnit } from './signature.ts';
import { chooseYear, yearChoices } from './year.ts';
import type { ImportOptions, YearChoice } from './types.ts';
import { anyOf, importWords } from './words.ts';

export interface FrontMatter {
  /** lines above the title: they go to the start of the 导语 */
  lead: string[];
  titleLines: string[];
  recipient: string;
  /** index of the first line after the front matter */
  next: number;
}

const TITLE_SECOND_LINE = new RegExp(anyOf(importWords.title.secondLine));
const TITLE_ONE_LINE = new RegExp(anyOf(importWords.title.oneLine));
const RECIPIENT_ORGAN = new RegExp(anyOf(importWords.recipient.organs));
const NOT_RECIPIENT = new RegExp(anyOf(importWords.recipient.notIfContains));
const COUNTY_CUE = new RegExp(`(?:${anyOf(importWords.countyCues)})([\\p{Script=Han}]{1,6}?[县旗])`, 'u');

function isTitleLike(line: string): boolean {
  return line.length <= 80 && !/[。：:；;，,]$/.test(line) && !headingOf(line);
}

function isRecipient(line: string): boolean {
  return (
    line.length <= 100 &&
    /[：:]$/.test(line) &&
    RECIPIENT_ORGAN.test(line) &&
    !NOT_RECIPIENT.test(line) &&
    !headingOf(line)
  );
}

/**
 * The title starting at line i: 中共X镇委员会 / X镇人民政府 / 关于…的报告 (two signing units over the title), a
 * title broken over two lines (the second holds 报告), or one line; null when none starts there.
 */
function titleAt(all: string[], i: number): string[] | null {
  const [a, b, c] = all.slice(i, i + 3);
  const titleLine = (l: string | undefined): l is string => l !== undefined && isTitleLike(l);
  if (titleLine(a) && titleLine(b) && titleLine(c) && isSigningUnit(a) && isSigningUnit(b)) {
    if (TITLE_SECOND_LINE.test(c) && a.length + b.length + c.length <= 160) return [a, b, c];
  }
  if (titleLine(a) && !TITLE_SECOND_LINE.test(a) && titleLine(b) && TITLE_SECOND_LINE.test(b)) {
    if (a.length + b.length <= 120) return [a, b];
  }
  if (titleLine(a) && TITLE_ONE_LINE.test(a)) return [a];
  return null;
}

const flat = (s: string) => s.replace(/\s+/g, '');

/** How many lines from `from` repeat the title (on one line or broken over up to three); 0 when none do. */
function repeatedTitle(all: string[], from: number, titleLines: string[]): number {
  const title = flat(titleLines.join(''));
  for (let n = 1; n <= 3; n++) {
    if (from + n <= all.length && flat(all.slice(from, from + n).join('')) === title) return n;
  }
  return 0;
}

/** The title, the lines above it and the 主送机关; warns when no title is found or text stands above it. */
export function readFrontMatter(all: string[], warnings: string[]): FrontMatter {
  let next = 0;
  let lead: string[] = [];
  let titleLines: string[] = [];
  for (let i = 0; i < Math.min(3, all.length) && !titleLines.length; i++) {
    const found = titleAt(all, i);
    if (!found) continue;
    titleLines = found;
    next = i + found.length;
    lead = all.slice(0, i);
  }
  if (!titleLines.length) {
    warnings.push('没有识别到标题（第一行应是“××乡××××年度法治政府建设工作情况报告”），已按单位和年度生成标题。');
  } else {
    // A page that shows the title above the document repeats it: the copy is not the author's text.
    const above = lead.length ? repeatedTitle(lead, 0, titleLines) : 0;
    const below = repeatedTitle(all, next, titleLines);
    if (above === lead.length && above) lead = [];
    next += below;
    if (above || below) warnings.push(`重复的标题行已去掉：“${titleLines.join('')}”。`);
    if (lead.length) warnings.push('标题前的文字已放入导语开头，请核对。');
  }
  let recipient = '';
  if (next < all.length && isRecipient(all[next])) recipient = all[next++];
  return { lead, titleLines, recipient, next };
}

/** The issuing units of a title: the words before 关于, or after it when none stand before (关于报送X乡…). */
function issuerWords(before: string): string {
  const about = before.indexOf('关于');
  if (about < 0) return before;
  if (about > 0) return before.slice(0, about);
  return before.slice(2).replace(/^(?:报送|呈报|印发)/, '');
}

/**
 * The unit from the words before the year in a title: 汤郎乡2024年度… → 汤郎乡; 中共X乡委员会 X乡人民政府关于…
 * → X乡, also with 关于报送X乡… after them.
 */
function unitFromTitle(before: string): string {
  const flat = issuerWords(before).replace(/[\s、，,]+$/g, '');
  if (!flat) return '';
  const gov = /委员会[\s、，,]*([^\s、，,]+?)人民政府$/u.exec(flat) ?? /([^\s、，,]+?)人民政府$/u.exec(flat);
  if (gov) return gov[1].replace(/^中共/, '');
  const office = /([^\s、，,]+?街道)办事处$/u.exec(flat);
  if (office) return office[1];
  const party = /中共([^\s、，,]+?)(?:委员会|党委|党工委)$/u.exec(flat);
  if (party) return party[1];
  const tokens = flat.split(/[\s、，,]+/).filter(Boolean);
  return (tokens[tokens.length - 1] ?? '').replace(/^中共/, '').slice(0, NAME_MAX_CHARS);
}

function countyFrom(recipient: string, body: string): string {
  const r =
    /中共([\p{Script=Han}]{1,10}?[县市区旗])委/u.exec(recipient) ??
    /([\p{Script=Han}]{1,10}?[县市区旗])人民政府/u.exec(recipient);
  if (r) return r[1];
  const b = COUNTY_CUE.exec(body);
  return b ? b[1] : '';
}

export interface ReportInfo {
  year: number;
  unitName: string;
  county: string;
  /** the years the source names, when they disagree */
  yearChoices: YearChoice[];
}

/** The text the report's year, unit and county are read from. */
export interface InfoSource {
  front: FrontMatter;
  /** the 导语 as imported (lines above the title and above the first heading) */
  preamble: string[];
  body: string[];
  signingUnits: string[];
}

/**
 * The report's year, unit and county: the options first, then the title, then (the year) the 导语 or (the unit)
 * the 落款 units, then the 主送机关 and the body. A missing or out-of-range year falls back to last year, with a
 * warning.
 */
export function readReportInfo(src: InfoSource, opts: ImportOptions, warnings: string[]): ReportInfo {
  const { front, body } = src;
  const lastYear = (opts.now ?? new Date()).getFullYear() - 1;
  const titleText = front.titleLines.join('');
  // A year inside a cited title (《…纲要(2023—2027年)》) is the document's, not the report's.
  const bodyText = body.join('\n');
  const yearText = { title: titleText, preamble: src.preamble.join('\n'), body: maskBookTitles(bodyText) };
  const chosen = chooseYear({ given: opts.year, ...yearText }, warnings);
  // The body's own first year, after the 导语 lines that open it, for the question when sources disagree.
  const afterLead = body.slice(Math.max(0, src.preamble.length - front.lead.length)).join('\n');
  let year = chosen?.year ?? lastYear;
  if (chosen?.from !== '指定年度' && chosen?.from !== '标题')
    warnings.push(`标题中没有年度（××××年度），已按${chosen ? chosen.from + '中的' : ''} ${year} 年处理，请核对。`);
  if (!isReportYear(year)) {
    warnings.push(`年度 ${year} 超出范围，已按 ${lastYear} 年处理。`);
    year = lastYear;
  }
  const ty = findYear(titleText);
  let unitName = (opts.unitName ?? '').trim();
  if (!unitName && ty) unitName = unitFromTitle(titleText.slice(0, ty.index));
  if (!unitName && src.signingUnits.length) unitName = unitFromTitle(src.signingUnits[src.signingUnits.length - 1]);
  if (!unitName) warnings.push('没有从标题识别出单位名称，请在报告信息中填写。');
  else if (!isTownshipUnitName(unitName)) {
    warnings.push(`识别出的单位名称“${unitName}”不是乡、镇或街道，请在报告信息中核对。`);
  }
  unitName = unitName.slice(0, NAME_MAX_CHARS);
  const county = (opts.county ?? countyFrom(front.recipient, bodyText)).slice(0, NAME_MAX_CHARS);
  return { year, unitName, county, yearChoices: yearChoices({ ...yearText, body: maskBookTitles(afterLead) }) };
}
