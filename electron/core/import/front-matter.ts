/**
 * The front matter: the title (one or two lines among the first three) and the 主送机关 under it; and from them,
 * or the text, the report's year, unit and county.
 */
import { maskBookTitles } from '../text/figures.ts';
import { findYear } from './dates.ts';
import { headingOf } from './headings.ts';
import type { ImportOptions } from './types.ts';
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

/** The title, the lines above it and the 主送机关; warns when no title is found or text stands above it. */
export function readFrontMatter(all: string[], warnings: string[]): FrontMatter {
  let next = 0;
  const lead: string[] = [];
  let titleLines: string[] = [];
  for (let i = 0; i < Math.min(3, all.length) && !titleLines.length; i++) {
    const a = all[i];
    const b = all[i + 1];
    if (
      isTitleLike(a) &&
      !TITLE_SECOND_LINE.test(a) &&
      b !== undefined &&
      isTitleLike(b) &&
      TITLE_SECOND_LINE.test(b) &&
      a.length + b.length <= 120
    ) {
      titleLines = [a, b];
      next = i + 2;
    } else if (isTitleLike(a) && TITLE_ONE_LINE.test(a)) {
      titleLines = [a];
      next = i + 1;
    }
    if (titleLines.length) lead.push(...all.slice(0, i));
  }
  if (!titleLines.length) {
    next = 0;
    warnings.push('没有识别到标题（第一行应是“××乡××××年度法治政府建设工作情况报告”），已按单位和年度生成标题。');
  } else if (lead.length) {
    warnings.push('标题前的文字已放入导语开头，请核对。');
  }
  let recipient = '';
  if (next < all.length && isRecipient(all[next])) recipient = all[next++];
  return { lead, titleLines, recipient, next };
}

/** The unit from the words before the year in a title: 汤郎乡2024年度… → 汤郎乡; 中共X乡委员会 X乡人民政府关于… → X乡. */
function unitFromTitle(before: string): string {
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
  const b = COUNTY_CUE.exec(body);
  return b ? b[1] : '';
}

export interface ReportInfo {
  year: number;
  unitName: string;
  county: string;
}

/**
 * The report's year, unit and county: the options first, then the title, then the 落款 units, the 主送机关 and
 * the body. A missing or out-of-range year falls back to last year, with a warning.
 */
export function readReportInfo(
  front: FrontMatter,
  body: string[],
  signingUnits: string[],
  opts: ImportOptions,
  warnings: string[],
): ReportInfo {
  const lastYear = (opts.now ?? new Date()).getFullYear() - 1;
  const titleText = front.titleLines.join('');
  const ty = findYear(titleText);
  let year = opts.year ?? ty?.year ?? NaN;
  if (opts.year && ty && ty.year !== opts.year)
    warnings.push(`标题中的年度（${ty.year}）与指定年度（${opts.year}）不同，已按指定年度 ${opts.year} 处理。`);
  if (!Number.isFinite(year)) {
    // A year inside a cited title (《…纲要(2023—2027年)》) is the document's, not the report's.
    const any = findYear(maskBookTitles(body.join('\n')));
    year = any ? any.year : lastYear;
    warnings.push(`标题中没有年度（××××年度），已按 ${year} 年处理，请核对。`);
  }
  if (year < 2000 || year > 2100) {
    warnings.push(`年度 ${year} 超出范围，已按 ${lastYear} 年处理。`);
    year = lastYear;
  }
  let unitName = (opts.unitName ?? '').trim();
  if (!unitName && ty) unitName = unitFromTitle(titleText.slice(0, ty.index));
  if (!unitName && signingUnits.length) unitName = unitFromTitle(signingUnits[signingUnits.length - 1]);
  if (!unitName) warnings.push('没有从标题识别出单位名称，请在报告信息中填写。');
  unitName = unitName.slice(0, 60);
  const county = (opts.county ?? countyFrom(front.recipient, body.join('\n'))).slice(0, 60);
  return { year, unitName, county };
}
