/**
 * Reports written in traditional characters: recognised, read in simplified (the import's heading words, the
 * checklist cues and the lint word lists are all simplified), and, when the user chooses, kept in the
 * characters they were written in. The conversion itself is a function handed in by the caller (the import
 * service bundles OpenCC's dictionaries), so the core stays small and pure.
 */
import { z } from 'zod';
import scriptData from '../../../assets/script.json' with { type: 'json' };
import { loadAsset } from '../asset.ts';
import { isHanCode } from './chinese.ts';

/** Traditional → simplified, one character for one (OpenCC keeps the length). */
export type ToSimplified = (text: string) => string;

const ScriptSchema = z
  .object({
    version: z.literal(1),
    traditional: z
      .object({
        /** share of Han characters the conversion changes, from which a text is clearly traditional */
        minShare: z.number().gt(0).lt(1),
        /** and at least this many changed characters (a simplified text quoting a few names is not) */
        minChanged: z.number().int().min(1),
      })
      .strict(),
  })
  .strict();

const script = loadAsset('script.json', ScriptSchema, scriptData);

/** Of the Han characters in `text`, how many `converted` (its simplified form) changes, and how many there are. */
export function changedHan(text: string, converted: string): { changed: number; han: number } {
  let changed = 0;
  let han = 0;
  const n = Math.min(text.length, converted.length);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isHanCode(c)) continue;
    han++;
    if (converted.charCodeAt(i) !== c) changed++;
  }
  return { changed, han };
}

/**
 * Is `text` clearly written in traditional characters? Only then is conversion offered: a simplified report
 * that quotes a traditional name, or uses a character OpenCC would also convert, is left alone.
 */
export function isClearlyTraditional(text: string, converted: string): boolean {
  if (converted.length !== text.length) return false;
  const { changed, han } = changedHan(text, converted);
  return changed >= script.traditional.minChanged && changed / Math.max(han, 1) >= script.traditional.minShare;
}

/**
 * A way back from strings of the simplified text to the source's own characters. A line found in the simplified
 * text is replaced by the source at the same place (the conversion keeps positions). A line the import changed
 * (whitespace, a run-in heading's full stop) is mapped back character by character from what each simplified
 * character was in the source when `loose`; otherwise (text the app supplied, such as a catalogue heading) it
 * is left as it is.
 */
export function originalText(source: string, converted: string): (s: string, loose?: boolean) => string {
  const back = new Map<string, string>();
  for (let i = 0; i < converted.length; i++) {
    if (converted[i] !== source[i] && !back.has(converted[i])) back.set(converted[i], source[i]);
  }
  const line = (s: string, loose: boolean): string => {
    if (!s) return s;
    const at = converted.indexOf(s);
    if (at >= 0) return source.slice(at, at + s.length);
    return loose ? [...s].map((ch) => back.get(ch) ?? ch).join('') : s;
  };
  return (s, loose = false) =>
    s
      .split('\n')
      .map((l) => line(l, loose))
      .join('\n');
}
