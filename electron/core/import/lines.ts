/** The first phase: the input as a list of non-empty, trimmed lines. */
import { sanitizeText } from '../text.ts';

/** Control characters removed, every line break form split on, each line trimmed, blank lines dropped. */
export function splitLines(text: string): string[] {
  return sanitizeText(text.replace(/^\uFEFF/, ''))
    .split(/[\n\u2028\u2029\u000B\u000C\u0085]/)
    .map((l) => l.replace(/^[\s\uFEFF]+|[\s\uFEFF]+$/g, ''))
    .filter((l) => l.length > 0);
}
