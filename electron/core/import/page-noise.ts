/**
 * Lines a web page or a document system adds around a report (来源：…  发布时间：…  浏览次数：…  【打印】【关闭】):
 * not the author's words, so they are taken out before the report is read, and listed in the mapping dialog,
 * where the user keeps any with one click. A line is noise only when all of it is such metadata; anything else stays.
 */
import type { NoiseLine } from './types.ts';
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

/** The lines without page noise (unless kept by number), and the noise lines found. */
export function dropPageNoise(lines: string[], keep: readonly number[] = []): { lines: string[]; noise: NoiseLine[] } {
  const noise: NoiseLine[] = [];
  const out: string[] = [];
  lines.forEach((text, line) => {
    if (!isPageNoise(text)) out.push(text);
    else {
      const kept = keep.includes(line);
      noise.push({ line, text, kept });
      if (kept) out.push(text);
    }
  });
  return { lines: out, noise };
}
