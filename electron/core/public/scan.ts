/**
 * The 保密审查 scan: every place in a report's text that a public copy must not show — ID, card and phone
 * numbers, licence plates, house numbers, names beside case words, 密级 and 内部 markers, and the county's
 * own words. It reads the stored fields (so a finding's offsets are where a redaction applies) and is pure:
 * the review dialog, the public export and the command line all run this one function.
 */
import type { Report } from '../report-model.ts';
import { walkSections } from '../report-model.ts';
import { isBankCard, isIdNumber15, isIdNumber18 } from './checks.ts';
import { KIND_LABELS, PRIVACY, type PrivacyKind, type PrivacyPattern, type PrivacyWords } from './privacy-words.ts';

/** A stored text field of the report: where a finding is and where its redaction applies. */
export interface TextPlace {
  field: 'title' | 'recipient' | 'preamble' | 'heading' | 'paragraph' | 'attachment' | 'signature';
  sectionId?: string;
  paragraphId?: string;
  /** index in report.attachments / report.signature.units */
  index?: number;
}

export interface PrivacyFinding {
  kind: PrivacyKind;
  /** the kind in Chinese (身份证号, 当事人姓名, …) */
  label: string;
  place: TextPlace;
  /** where the place is, for people: 导语, 一、（三） 第2段, 落款 */
  where: string;
  /** [start, end) in the stored field */
  start: number;
  end: number;
  text: string;
  /** the sentence around it, for the list */
  excerpt: string;
}

/** One stored field with its text and a readable name of where it is. */
export interface FieldText {
  place: TextPlace;
  where: string;
  text: string;
}

/** Every stored text field of the report, in document order. */
export function reportFields(report: Report): FieldText[] {
  const out: FieldText[] = [
    { place: { field: 'title' }, where: '标题', text: report.title },
    { place: { field: 'recipient' }, where: '主送机关', text: report.recipient },
    { place: { field: 'preamble' }, where: '导语', text: report.preamble },
  ];
  const labels = sectionLabels(report);
  for (const { section } of walkSections(report.sections)) {
    const name = labels.get(section.id) ?? '小节';
    out.push({ place: { field: 'heading', sectionId: section.id }, where: `${name} 标题`, text: section.heading });
    section.paragraphs.forEach((p, i) =>
      out.push({
        place: { field: 'paragraph', sectionId: section.id, paragraphId: p.id },
        where: `${name} 第${i + 1}段`,
        text: p.text,
      }),
    );
  }
  report.attachments.forEach((text, index) =>
    out.push({ place: { field: 'attachment', index }, where: '附件说明', text }),
  );
  report.signature.units.forEach((text, index) =>
    out.push({ place: { field: 'signature', index }, where: '落款', text }),
  );
  return out;
}

/** "一、（三）"-style names by position (the scan also covers sections not yet printed). */
function sectionLabels(report: Report): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (sections: Report['sections'], prefix: string, depth: number) =>
    sections.forEach((s, i) => {
      const n = i + 1;
      const label = depth === 1 ? `第${n}部分` : `${prefix}第${n}小节`;
      out.set(s.id, s.heading.trim() ? `${label}“${s.heading.trim().slice(0, 12)}”` : label);
      visit(s.children, depth === 1 ? `第${n}部分 ` : `${label} `, depth + 1);
    });
  visit(report.sections, '', 1);
  return out;
}

interface Hit {
  kind: PrivacyKind;
  start: number;
  end: number;
}

const CHECKS: Record<NonNullable<PrivacyPattern['check']>, (s: string) => boolean> = {
  id18: isIdNumber18,
  id15: isIdNumber15,
  luhn: isBankCard,
};

const compiled = new Map<string, RegExp>();
function regexOf(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) compiled.set(source, (re = new RegExp(source, 'gu')));
  re.lastIndex = 0;
  return re;
}

function patternHits(text: string, patterns: PrivacyPattern[], out: Hit[]): void {
  for (const p of patterns) {
    for (const m of text.matchAll(regexOf(p.regex))) {
      if (p.check && !CHECKS[p.check](m[0])) continue;
      out.push({ kind: p.kind, start: m.index, end: m.index + m[0].length });
    }
  }
}

/** Every occurrence of each word, with ordinary phrases that contain it (`unless`) left alone. */
function wordHits(text: string, words: string[], kind: PrivacyKind, unless: string[], out: Hit[]): void {
  for (const w of words) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) {
      const inPhrase = unless.some((u) => {
        const i = u.indexOf(w);
        return i >= 0 && text.startsWith(u, at - i);
      });
      if (!inPhrase) out.push({ kind, start: at, end: at + w.length });
    }
  }
}

/** A personal name right after a case word: 申请人李青山, 被执行人：欧阳丽. Anonymised names (王某) are left. */
function nameHits(text: string, words: PrivacyWords, out: Hit[]): void {
  for (const caseWord of words.caseWords) {
    for (let at = text.indexOf(caseWord); at >= 0; at = text.indexOf(caseWord, at + 1)) {
      let i = at + caseWord.length;
      if ('：:“"「'.includes(text[i] ?? '\u0000')) i += 1;
      const name = nameAt(text, i, words);
      if (name) out.push({ kind: 'name', start: i, end: i + name });
    }
  }
}

/** The length of a surname + one or two given characters at `i`, or 0. */
function nameAt(text: string, i: number, words: PrivacyWords): number {
  const compound = words.compoundSurnames.find((s) => text.startsWith(s, i));
  const surname = compound ? 2 : words.surnames.includes(text[i] ?? '\u0000') ? 1 : 0;
  if (!surname) return 0;
  if (words.notNames.some((w) => text.startsWith(w, i))) return 0;
  const given = (k: number) => {
    const c = text[i + surname + k];
    return c !== undefined && /\p{Script=Han}/u.test(c) && !words.notGiven.includes(c);
  };
  // An anonymised name (王某, 李××) stops here: 某 and × are in notGiven.
  if (!given(0)) return 0;
  return surname + (given(1) ? 2 : 1);
}

/** Findings in one text: the earliest (and, at one place, the longest) hit wins where hits overlap. */
export function scanText(text: string, extraWords: readonly string[] = [], words = PRIVACY): Hit[] {
  const hits: Hit[] = [];
  patternHits(text, words.patterns, hits);
  wordHits(text, words.markers, 'marker', words.markerUnless, hits);
  nameHits(text, words, hits);
  const own = [...words.words, ...extraWords].map((w) => w.trim()).filter(Boolean);
  wordHits(text, own, 'word', [], hits);
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of hits) if (!kept.length || h.start >= kept[kept.length - 1].end) kept.push(h);
  return kept;
}

/** The sentence part around [start, end): up to 16 characters either side, within the line. */
function excerptOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 16);
  const to = Math.min(text.length, end + 16);
  const before = text.slice(from, start).split('\n').pop() ?? '';
  const after = text.slice(end, to).split('\n')[0];
  return `${from > 0 && before.length === start - from ? '…' : ''}${before}${text.slice(start, end)}${after}${
    to < text.length && after.length === to - end ? '…' : ''
  }`;
}

/** Every finding of the 保密审查 in the report, in document order. `extraWords`: the county's own list. */
export function scanReport(report: Report, extraWords: readonly string[] = []): PrivacyFinding[] {
  const out: PrivacyFinding[] = [];
  for (const f of reportFields(report)) {
    if (!f.text) continue;
    for (const h of scanText(f.text, extraWords)) {
      out.push({
        kind: h.kind,
        label: KIND_LABELS[h.kind],
        place: f.place,
        where: f.where,
        start: h.start,
        end: h.end,
        text: f.text.slice(h.start, h.end),
        excerpt: excerptOf(f.text, h.start, h.end),
      });
    }
  }
  return out;
}
