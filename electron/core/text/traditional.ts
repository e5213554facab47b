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
import { walkSections, type Report } from '../report-model.ts';

/** Traditional → simplified, one character for one (OpenCC keeps the length). */
export type ToSimplified = (text: string) => string;

/**
 * The OpenCC conversion every side builds its converter with: traditional as written in Hong Kong and Taiwan
 * as well as OpenCC's standard forms, to mainland simplified.
 */
export const OPENCC_TO_SIMPLIFIED = { from: 'hk', to: 'cn' } as const;

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
  return clearly(changed, han);
}

function clearly(changed: number, han: number): boolean {
  return changed >= script.traditional.minChanged && changed / Math.max(han, 1) >= script.traditional.minShare;
}

/** How much of a report's opening text decides whether it is checked in simplified. */
const SAMPLE_CHARS = 4000;

/** Conversions already made, so a check re-run on each edit converts only the paragraph that changed. */
const memo = new Map<string, string>();
const MEMO_MAX = 20_000;

function memoised(conv: ToSimplified, s: string): string {
  let out = memo.get(s);
  if (out === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    out = conv(s);
    memo.set(s, out);
  }
  return out;
}

/**
 * The report as the checks should read it: itself when it is in simplified characters, or a copy in simplified
 * when it is clearly traditional (a report the user chose to keep in traditional characters), so the checklist
 * cues and word lists still apply. Positions are kept, so findings point at the right characters.
 */
export function simplifiedForCheck(report: Report, conv: ToSimplified): Report {
  // Judged on the opening text only: the check runs on every edit, and a simplified report (nearly all of
  // them) must cost no conversion of its whole text, however long.
  const parts = [report.title, report.preamble];
  for (const { section } of walkSections(report.sections)) {
    if (parts.reduce((n, p) => n + p.length, 0) >= SAMPLE_CHARS) break;
    parts.push(section.heading, ...section.paragraphs.map((p) => p.text));
  }
  const sample = parts.join('\n').slice(0, SAMPLE_CHARS);
  const { changed, han } = changedHan(sample, memoised(conv, sample));
  if (!clearly(changed, han)) return report;
  const to = (s: string) => memoised(conv, s);
  const copy = structuredClone(report);
  copy.title = to(copy.title);
  copy.recipient = to(copy.recipient);
  copy.preamble = to(copy.preamble);
  copy.unitName = to(copy.unitName);
  copy.county = to(copy.county);
  copy.attachments = copy.attachments.map(to);
  copy.signature.units = copy.signature.units.map(to);
  for (const { section } of walkSections(copy.sections)) {
    section.heading = to(section.heading);
    for (const p of section.paragraphs) p.text = to(p.text);
  }
  return copy;
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
