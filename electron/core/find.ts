/**
 * Find and replace across the whole report: title, 主送机关, 导语, every heading and paragraph, and the signing
 * units, in reading order. Latin letters match whatever their case (Chinese has none); 全字匹配 keeps a match
 * whose ends are letters or digits from running on into more of them ("2024" not inside "20245"); Chinese has no
 * spaces between words, so beside a Chinese character a match always stands as a word.
 * Pure: no DOM, no Node.
 */
import { walkSections, type Report } from './report-model.ts';

/** Where a piece of the report's text lives. */
export type FieldRef =
  | { part: 'title' }
  | { part: 'recipient' }
  | { part: 'preamble' }
  | { part: 'heading'; sectionId: string }
  | { part: 'paragraph'; sectionId: string; paragraphId: string }
  | { part: 'signature'; index: number };

export interface Field {
  ref: FieldRef;
  text: string;
}

export interface Match {
  ref: FieldRef;
  /** UTF-16 offsets in the field's text, as a text box's selection counts them */
  start: number;
  end: number;
}

export interface FindOptions {
  wholeWord: boolean;
}

/** The most matches counted and listed: beyond this the panel says "N+" rather than freezing the form. */
export const MATCH_LIMIT = 10_000;

/** Every text field of the report, in the order the report reads. */
export function reportFields(report: Report): Field[] {
  const out: Field[] = [
    { ref: { part: 'title' }, text: report.title },
    { ref: { part: 'recipient' }, text: report.recipient },
    { ref: { part: 'preamble' }, text: report.preamble },
  ];
  for (const { section } of walkSections(report.sections)) {
    out.push({ ref: { part: 'heading', sectionId: section.id }, text: section.heading });
    for (const p of section.paragraphs)
      out.push({ ref: { part: 'paragraph', sectionId: section.id, paragraphId: p.id }, text: p.text });
  }
  report.signature.units.forEach((text, index) => out.push({ ref: { part: 'signature', index }, text }));
  return out;
}

/** Latin capitals to small letters, one character for one, so offsets stay those of the original text. */
const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

const WORD = /[A-Za-z0-9]/;
const isWordChar = (c: string | undefined) => c !== undefined && WORD.test(c);

function standsAlone(text: string, start: number, end: number): boolean {
  if (isWordChar(text[start]) && isWordChar(text[start - 1])) return false;
  if (isWordChar(text[end - 1]) && isWordChar(text[end])) return false;
  return true;
}

/** The matches of `query` in one text: left to right, not overlapping. */
export function findInText(text: string, query: string, opts: FindOptions): Array<[number, number]> {
  if (!query) return [];
  const hay = fold(text);
  const needle = fold(query);
  const out: Array<[number, number]> = [];
  for (let i = hay.indexOf(needle); i >= 0 && out.length < MATCH_LIMIT; i = hay.indexOf(needle, i)) {
    const end = i + needle.length;
    if (!opts.wholeWord || standsAlone(text, i, end)) {
      out.push([i, end]);
      i = end;
    } else i += 1;
  }
  return out;
}

/** Every match in the report, in reading order (at most MATCH_LIMIT). */
export function findAll(report: Report, query: string, opts: FindOptions): Match[] {
  const out: Match[] = [];
  for (const f of reportFields(report)) {
    for (const [start, end] of findInText(f.text, query, opts)) {
      out.push({ ref: f.ref, start, end });
      if (out.length >= MATCH_LIMIT) return out;
    }
  }
  return out;
}

export const sameField = (a: FieldRef, b: FieldRef): boolean => fieldKey(a) === fieldKey(b);

/** A string naming the field, for comparing and for finding its box in the form. */
export function fieldKey(ref: FieldRef): string {
  switch (ref.part) {
    case 'heading':
      return `heading:${ref.sectionId}`;
    case 'paragraph':
      return `paragraph:${ref.paragraphId}`;
    case 'signature':
      return `signature:${ref.index}`;
    default:
      return ref.part;
  }
}

/** Read or write one field of the live report. Writing marks a hand-edited title and an edited paragraph. */
function access(report: Report, ref: FieldRef): { get(): string; set(v: string): void } | null {
  switch (ref.part) {
    case 'title':
      return { get: () => report.title, set: (v) => Object.assign(report, { title: v, titleAuto: false }) };
    case 'recipient':
    case 'preamble':
      return { get: () => report[ref.part], set: (v) => void (report[ref.part] = v) };
    case 'signature':
      return {
        get: () => report.signature.units[ref.index] ?? '',
        set: (v) => void (report.signature.units[ref.index] = v),
      };
    default: {
      const section = [...walkSections(report.sections)].find((w) => w.section.id === ref.sectionId)?.section;
      if (!section) return null;
      if (ref.part === 'heading') return { get: () => section.heading, set: (v) => void (section.heading = v) };
      const p = section.paragraphs.find((x) => x.id === ref.paragraphId);
      if (!p) return null;
      return {
        get: () => p.text,
        set: (v) => {
          p.text = v;
          delete p.inherited;
        },
      };
    }
  }
}

/**
 * Replace the given matches (as findAll returned them for the report as it is) with `replacement`, in place.
 * Returns how many were replaced; a match whose field is gone is skipped.
 */
export function replaceMatches(report: Report, matches: Match[], replacement: string): number {
  const byField = new Map<string, Match[]>();
  for (const m of matches) {
    const k = fieldKey(m.ref);
    byField.set(k, [...(byField.get(k) ?? []), m]);
  }
  let n = 0;
  for (const list of byField.values()) {
    const field = access(report, list[0].ref);
    if (!field) continue;
    let text = field.get();
    // From the end, so earlier offsets still hold.
    for (const m of [...list].sort((a, b) => b.start - a.start)) {
      if (m.end > text.length) continue;
      text = text.slice(0, m.start) + replacement + text.slice(m.end);
      n += 1;
    }
    // Headings are one line.
    field.set(list[0].ref.part === 'heading' ? text.replace(/\n/g, '') : text);
  }
  return n;
}
