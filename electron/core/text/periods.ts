/** Years written as the period a sentence reports on ("2018年以来", "2019—2023年", "2023年，…"). */
import { maskBookTitles } from './figures.ts';

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
