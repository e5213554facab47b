/**
 * Text helpers shared by the form, the export and the checks: statistics woven into text,
 * character counts, and the sanitising every exported string goes through.
 */
import type { Report, Section, Stat } from './report-model.ts';
import { walkSections } from './report-model.ts';
import { TextMemo } from './text/text-memo.ts';

/** A statistic is placed in text as {{label}}; the form's 插入 button writes this. */
export const STAT_TOKEN = /\{\{([^{}]{1,80})\}\}/g;

/** The token that places a statistic in a paragraph. */
export function statToken(stat: Pick<Stat, 'label'>): string {
  return `{{${stat.label}}}`;
}

/** How a statistic reads in the document: 21名, 98%; XX名 while no value is given. */
export function formatStat(stat: Stat): string {
  const v = stat.value === null ? 'XX' : String(stat.value);
  return `${v}${stat.unit}`;
}

/** Every statistic of the report, the given section's first, for resolving tokens by label. */
export function statLookup(report: Report, section: Section | undefined): (label: string) => Stat | undefined {
  return (label) => {
    const local = section?.stats.find((s) => s.label === label);
    if (local) return local;
    for (const { section: s } of walkSections(report.sections)) {
      const hit = s.stats.find((st) => st.label === label);
      if (hit) return hit;
    }
    return undefined;
  };
}

/** Replace {{label}} tokens with the statistic's value and unit; unknown labels are left as written. */
export function resolveStats(text: string, report: Report, section?: Section): string {
  if (!text.includes('{{')) return text;
  const find = statLookup(report, section);
  return text.replace(STAT_TOKEN, (whole, label: string) => {
    const stat = find(label.trim());
    return stat ? formatStat(stat) : whole;
  });
}

/** Characters as a reader counts them: everything except whitespace; a surrogate pair is one character. */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c <= 0x20 ||
      c === 0x3000 ||
      c === 0xa0 ||
      (c >= 0x2000 && c <= 0x200b) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0xfeff
    )
      continue;
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const prev = text.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) continue;
    }
    n += 1;
  }
  return n;
}

/** Paragraph counts kept between calls: the form shows section and report totals after every keystroke. */
const paragraphChars = new TextMemo(countChars);

/**
 * Characters in a section, its heading and all its sub-sections, as printed: a section with no text of its own or
 * below is left out of the document, heading included, so a blank report does not count its headings.
 */
export function sectionChars(section: Section): number {
  let n = 0;
  for (const p of section.paragraphs) n += paragraphChars.get(p.text);
  for (const c of section.children) n += sectionChars(c);
  return n > 0 ? n + countChars(section.heading) : 0;
}

/** Characters in the whole report as it will be printed. */
export function reportChars(report: Report): number {
  let n = countChars(report.title) + countChars(report.recipient) + countChars(report.preamble);
  for (const s of report.sections) n += sectionChars(s);
  for (const u of report.signature.units) n += countChars(u);
  return n;
}

/**
 * Bidirectional controls (embeddings, overrides, isolates, LRM/RLM/ALM): invisible, and in a Word file U+202E and
 * its kin print the following text reversed. Chinese official text has no use for them; they arrive by pasting.
 */
export const BIDI_CONTROLS = '\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069';

// C0 controls except \t \n \r, bidi controls, the two non-characters, and lone surrogates (paired ones are kept).
const FORBIDDEN = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF${BIDI_CONTROLS}]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
  'g',
);

/**
 * Make user text safe for a Word file: drop control characters (bidi controls included: the lint rule `bidi`
 * flags them, so nothing is dropped unseen), U+FFFE/U+FFFF and lone surrogates, turn tabs into a space. Newlines are kept; callers split on them into paragraphs.
 */
export function sanitizeText(text: string): string {
  // Nearly all text is clean; only text with a suspect code unit takes the slow path.
  if (!SUSPECT.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '').replace(/\t/g, ' ');
}
const SUSPECT = new RegExp(`[\\u0000-\\u0009\\u000B-\\u001F\\uD800-\\uDFFF\\uFFFE\\uFFFF${BIDI_CONTROLS}]`);

/** Split a field into its paragraphs: one per non-blank line, trimmed of surrounding blanks. */
export function splitParagraphs(text: string): string[] {
  return sanitizeText(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
