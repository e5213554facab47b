/**
 * What the import does to a corpus text, measured: how many of its headings are left as the author's own
 * (custom) sections with no mandated part, and whether every sentence of the source reaches the exported Word
 * text. Pure: the command reads the files, runs the real import and the real export, and hands the texts here.
 */
import { headingOf } from '../import/headings.ts';
import { splitLines } from '../import/lines.ts';
import { isPageNoise } from '../import/page-noise.ts';
import type { ImportMapping } from '../import/types.ts';

export interface ImportTally {
  /** source headings */
  headings: number;
  /** headings with no mandated part or sub-area (kept only as the author's own section) */
  unclassified: number;
  /** headings whose report section has no catalogue key (the author's own section, classified or not) */
  ownSections: number;
  /** sentences of the source (page-noise lines left out) */
  sentences: number;
  /** sentences found in the exported Word text */
  sentencesFound: number;
  /** page-noise lines the import removes by default (listed in the mapping dialog) */
  noiseLines: number;
  /** the sentences not found, for reading */
  lost: string[];
}

/** Terminal and run-in punctuation a heading or sentence may lose on the way (the document writes its own). */
const END_MARKS = /[。！？；!?;：:，,]+$/;

/** The source's sentences as the document must show them: heading numbers dropped, whitespace removed. */
export function sourceSentences(text: string): { sentences: string[]; noise: number } {
  let noise = 0;
  const out: string[] = [];
  for (const line of splitLines(text)) {
    if (isPageNoise(line)) {
      noise++;
      continue;
    }
    const h = headingOf(line);
    const rest = h ? line.slice(h.prefix.length) : line;
    for (const s of rest.split(/(?<=[。！？；!?;])/)) {
      const t = s.replace(/\s+/g, '').replace(END_MARKS, '');
      if (t) out.push(t);
    }
  }
  return { sentences: out, noise };
}

/** Headings, unclassified and own sections from an import's mapping. */
export function tallyHeadings(
  mapping: ImportMapping[],
): Pick<ImportTally, 'headings' | 'unclassified' | 'ownSections'> {
  return {
    headings: mapping.length,
    unclassified: mapping.filter((m) => m.part === null).length,
    ownSections: mapping.filter((m) => m.target === 'custom').length,
  };
}

/** The round trip of one text: its sentences looked up in the exported document's text. */
export function measureImport(source: string, mapping: ImportMapping[], exported: string): ImportTally {
  const { sentences, noise } = sourceSentences(source);
  const doc = exported.replace(/\s+/g, '');
  const lost = sentences.filter((s) => !doc.includes(s));
  return {
    ...tallyHeadings(mapping),
    sentences: sentences.length,
    sentencesFound: sentences.length - lost.length,
    noiseLines: noise,
    lost,
  };
}

/** The corpus totals. */
export function sumImport(tallies: ImportTally[]): Omit<ImportTally, 'lost'> & { textsLosing: number } {
  const sum = (f: (t: ImportTally) => number) => tallies.reduce((a, t) => a + f(t), 0);
  return {
    headings: sum((t) => t.headings),
    unclassified: sum((t) => t.unclassified),
    ownSections: sum((t) => t.ownSections),
    sentences: sum((t) => t.sentences),
    sentencesFound: sum((t) => t.sentencesFound),
    noiseLines: sum((t) => t.noiseLines),
    textsLosing: tallies.filter((t) => t.lost.length > 0).length,
  };
}
