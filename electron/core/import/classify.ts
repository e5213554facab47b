/**
 * Which mandated part or sub-area each source heading is about, at every level, by its own words first and then
 * by what its sub-headings or its text say (assets/import-words.json). A thematic top heading ("一、完善制度体系，
 * 纵深推进…") whose sub-headings are study, decisions, enforcement … is about 举措和成效; a sub-point about the
 * 第一责任人 is noted so the user can be offered to move it into that part. Classifying places nothing: the
 * outline is kept as written, and mapping.ts decides which sections take a catalogue key.
 */
import { findYear } from './dates.ts';
import type { OutlineNode } from './outline.ts';
import { importWords, type WordRule } from './words.ts';

/** How a heading was classified, as the mapping dialog explains it. */
export type ClassifiedBy = 'words' | 'children' | 'body' | 'parent';

export interface Classified {
  /** key of the mandated part or sub-area, or null when nothing points anywhere (the author's own section) */
  part: string | null;
  by: ClassifiedBy | null;
  /** set on a sub-point about the 第一责任人 inside 举措和成效: it may be moved into that part */
  offerChief?: boolean;
}

/** The rule whose word occurs earliest in the text (longer word first on a tie). */
export function earliest(text: string, rules: WordRule[], skip: Set<string> = new Set()): string | null {
  let best: { key: string; at: number; len: number } | null = null;
  for (const { key, words } of rules) {
    if (skip.has(key)) continue;
    for (const w of words) {
      const at = text.indexOf(w);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && w.length > best.len)) best = { key, at, len: w.length };
    }
  }
  return best?.key ?? null;
}

/** The rule whose words occur most often in a text, when it clearly leads (two hits, or the only one hit). */
function mostMentioned(text: string, rules: WordRule[]): string | null {
  const counts = rules
    .map(({ key, words }) => ({ key, n: words.reduce((a, w) => a + text.split(w).length - 1, 0) }))
    .filter((c) => c.n > 0)
    .sort((a, b) => b.n - a.n);
  if (!counts.length) return null;
  const [best, next] = counts;
  if (best.n >= 2 && (!next || best.n > next.n)) return best.key;
  return counts.length === 1 ? best.key : null;
}

const CHIEF_WORDS = importWords.topSections.find((r) => r.key === 'chief')?.words ?? [];
/** The one word that makes a part with no sub-headings, and no words of its own heading, the 第一责任人 part. */
const CHIEF_BODY_WORD = '第一责任人';
const isChiefHeading = (heading: string) => CHIEF_WORDS.some((w) => heading.includes(w));

/** The mandated top-level part a heading's words point to (a year names 举措和成效 or the plan), or null. */
function topByWords(heading: string, year: number): string | null {
  const k = earliest(heading, importWords.topSections);
  if (k) return k;
  const y = findYear(heading);
  if (y && y.year > year) return 'plan';
  if (y && y.year === year) return 'measures';
  // A top heading named like a sub-area ("一、严格规范公正文明执法") is a part of 举措和成效.
  return earliest(heading, importWords.subAreas) ? 'measures' : null;
}

/**
 * A sub-heading's sub-area by its words; else, for a heading with sub-headings, the sub-area most of them name;
 * else by what its text says. A heading that names itself an overview (基本情况) is never classified by its text.
 */
function subArea(node: OutlineNode): { key: string; by: ClassifiedBy } | null {
  const k = earliest(node.heading, importWords.subAreas);
  if (k) return { key: k, by: 'words' };
  if (node.children.length) {
    const named = node.children.map((c) => earliest(c.heading, importWords.subAreas));
    let best: string | null = null;
    let most = 0;
    for (const key of named) {
      const n = named.filter((x) => x === key).length;
      if (key && n > most) [best, most] = [key, n];
    }
    return best && most * 2 >= node.children.length ? { key: best, by: 'children' } : null;
  }
  if (importWords.ownParts.some((w) => node.heading.includes(w))) return null;
  const b = mostMentioned(node.paragraphs.join(''), importWords.subAreas);
  return b ? { key: b, by: 'body' } : null;
}

/** At least half the sub-headings (and one at least) name a sub-area or the 第一责任人. */
function childrenAreSubAreas(node: OutlineNode): boolean {
  const named = node.children.filter(
    (c) => isChiefHeading(c.heading) || earliest(c.heading, importWords.subAreas) !== null,
  ).length;
  return named > 0 && named * 2 >= node.children.length;
}

/**
 * Every heading's part, by index. Top level: by words, else by sub-headings (a thematic part of 举措和成效), else a
 * part with no sub-headings whose text is about the 第一责任人. Inside 举措和成效: the sub-area by words or text,
 * a 第一责任人 sub-point offered to move. Inside another part: that part. Inside the author's own part: nothing.
 */
export function classifyOutline(top: OutlineNode[], year: number): Map<number, Classified> {
  const out = new Map<number, Classified>();
  const below = (node: OutlineNode, parentPart: string | null, inMeasures: boolean) => {
    for (const c of node.children) {
      let cls: Classified;
      const area = inMeasures ? subArea(c) : null;
      if (inMeasures && isChiefHeading(c.heading)) cls = { part: area?.key ?? 'chief', by: 'words', offerChief: true };
      else if (area) cls = { part: area.key, by: area.by };
      else if (parentPart !== null) cls = { part: parentPart, by: 'parent' };
      else cls = { part: null, by: null };
      out.set(c.index, cls);
      below(c, cls.part ?? parentPart, inMeasures);
    }
  };
  for (const n of top) {
    let cls: Classified = { part: null, by: null };
    const k = topByWords(n.heading, year);
    if (k) cls = { part: k, by: 'words' };
    else if (childrenAreSubAreas(n)) cls = { part: 'measures', by: 'children' };
    else if (!n.children.length && n.paragraphs.join('').includes(CHIEF_BODY_WORD)) cls = { part: 'chief', by: 'body' };
    out.set(n.index, cls);
    below(n, cls.part, cls.part === 'measures');
  }
  return out;
}
