/**
 * Lines a web page or a document system adds around a report (来源：…  发布时间：…  浏览次数：…  【打印】【关闭】):
 * not the author's words, so they are taken out before the report is read, and listed in a warning so the user
 * can see what went. A line is noise only when all of it is such metadata; anything else stays.
 */
import { anyOf, importWords } from './words.ts';

const { labels, controls } = importWords.pageNoise;

/** Longest line taken as page metadata; longer lines are the author's text even if they start like it. */
const MAX_NOISE_LINE = 120;
/** "来源：县司法局  发布时间：2024-01-20" or "【字号：大 中 小】": the line opens with a metadata label. */
const LABELLED = new RegExp(`^[【\\[［]?\\s*(?:${anyOf(labels)})\\s*[：:]`);
const CONTROL = new RegExp(`^(?:${anyOf(controls)})$`);
/** What separates page controls: blanks, brackets, bars and dots. */
const CONTROL_SEPARATORS = /[\s【】[\]［］|｜丨·•/]+/;

/** A line that holds only page metadata or page controls. */
export function isPageNoise(line: string): boolean {
  if (line.length > MAX_NOISE_LINE) return false;
  if (LABELLED.test(line)) return true;
  const words = line.split(CONTROL_SEPARATORS).filter(Boolean);
  return words.length > 0 && words.every((w) => CONTROL.test(w));
}

/** The lines without page noise; a warning lists what was taken out. */
export function dropPageNoise(lines: string[], warnings: string[]): string[] {
  const noise = lines.filter(isPageNoise);
  if (!noise.length) return lines;
  const names = noise
    .slice(0, 5)
    .map((l) => `“${l}”`)
    .join('、');
  const more = noise.length > 5 ? `等 ${noise.length} 行` : '';
  warnings.push(`已去掉网页或文档系统加上的信息行 ${names}${more}，它们不是报告正文。`);
  return lines.filter((l) => !isPageNoise(l));
}
