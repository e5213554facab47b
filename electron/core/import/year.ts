/**
 * The report's year from its own words: the title first, then the 导语's "现将…2024年…报告如下" sentence, then
 * the first year in the body (often an earlier year: "在2023年工作基础上"). A year given by the caller wins over
 * all of them. When the title or the 导语 names another year than the one taken, a warning names both.
 */
import { findYear } from './dates.ts';
import type { YearChoice } from './types.ts';
import { anyOf, importWords } from './words.ts';

/** Where the year was read, as the warnings name it. */
type YearSource = '指定年度' | '标题' | '导语' | '正文';

interface Candidate {
  from: YearSource;
  year: number;
}

const { opens, closes } = importWords.yearSentence;
/** The 导语 sentence that says what is being reported: from 现将 to 报告如下, within one sentence. */
const REPORT_SENTENCE = new RegExp(`(?:${anyOf(opens)})[^。！？；\\n]*?(?:${anyOf(closes)})`);

/** The year of the 导语's "现将…报告如下" sentence, or null when there is none or it names no year. */
export function leadSentenceYear(preamble: string): number | null {
  const sentence = REPORT_SENTENCE.exec(preamble);
  return sentence ? (findYear(sentence[0])?.year ?? null) : null;
}

export interface YearText {
  /** the caller's year (ImportOptions.year) */
  given?: number;
  title: string;
  preamble: string;
  body: string;
}

/** The year taken and where it came from, or null when no source names one; warnings for the sources that differ. */
export function chooseYear(text: YearText, warnings: string[]): Candidate | null {
  const lead = leadSentenceYear(text.preamble);
  const candidates: Candidate[] = [];
  if (text.given !== undefined) candidates.push({ from: '指定年度', year: text.given });
  const title = findYear(text.title);
  if (title) candidates.push({ from: '标题', year: title.year });
  if (lead !== null) candidates.push({ from: '导语', year: lead });
  const body = findYear(text.body);
  if (body) candidates.push({ from: '正文', year: body.year });
  const chosen = candidates[0];
  if (!chosen) return null;
  for (const c of candidates.slice(1)) {
    if (c.from === '正文' || c.year === chosen.year) continue;
    warnings.push(
      `${c.from}中的年度（${c.year}年）与${chosen.from}（${chosen.year}年）不同，已按${chosen.from}的 ${chosen.year} 年处理，请核对。`,
    );
  }
  return chosen;
}

/**
 * The years the source itself names for the report, when they disagree: the title's, the 导语's and (when the
 * title names none) the body's first year, each once, best source first. Empty when they agree, so the mapping
 * dialog asks only about a real conflict.
 */
export function yearChoices(text: YearText): YearChoice[] {
  const found: YearChoice[] = [];
  const title = findYear(text.title);
  if (title) found.push({ from: '标题', year: title.year });
  const lead = leadSentenceYear(text.preamble);
  if (lead !== null) found.push({ from: '导语', year: lead });
  const body = title ? null : findYear(text.body);
  if (body) found.push({ from: '正文', year: body.year });
  const distinct = found.filter((c, i) => found.findIndex((d) => d.year === c.year) === i);
  return distinct.length > 1 ? distinct : [];
}
