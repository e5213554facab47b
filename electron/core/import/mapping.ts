/**
 * Mapping the outline onto the mandated sections: top-level headings onto the sections and the sub-headings of
 * 举措和成效 onto its sub-areas, by their words (assets/import-words.json). The first heading of a kind takes the
 * section; what cannot be mapped is kept as the user's own sub-section under its original heading. Every
 * mandated section and sub-area ends up in the report, missing ones inserted empty by rank.
 */
import { catalogue, sectionFromSpec, specFor } from '../catalogue.ts';
import { MAX_DEPTH, type Paragraph, type Section } from '../report-model.ts';
import { newId } from '../ids.ts';
import { findYear } from './dates.ts';
import type { OutlineNode } from './outline.ts';
import { importWords, type WordRule } from './words.ts';

/** The rule whose word occurs earliest in the text (longer word first on a tie). */
function earliest(text: string, rules: WordRule[], skip: Set<string> = new Set()): string | null {
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

/** The mandated top-level section a heading's words point to, or null. */
function classifyTopHeading(heading: string, year: number): string | null {
  const k = earliest(heading, importWords.topSections);
  if (k) return k;
  const y = findYear(heading);
  if (y && y.year > year) return 'plan';
  if (y && y.year === year) return 'measures';
  return null;
}

/** The sub-area of 举措和成效 a heading's words point to, or null. `used` keys are skipped. */
function classifySubHeading(heading: string, used: Set<string>): string | null {
  return earliest(heading, importWords.subAreas, used);
}

export function paragraphs(texts: string[]): Paragraph[] {
  return texts.map((text) => ({ id: newId(), text }));
}

/**
 * Insert the missing keyed sections into a list in rank order: each goes before the first present keyed section
 * of higher rank, or after the last keyed section, or at the end. The user's own sections keep their places.
 */
function insertMissing(list: Section[], missing: Section[], rank: (key: string | null) => number): Section[] {
  const out = [...list];
  for (const m of missing) {
    const r = rank(m.key);
    let at = out.findIndex((s) => s.key !== null && rank(s.key) > r);
    if (at < 0) {
      let last = -1;
      out.forEach((s, i) => {
        if (s.key !== null) last = i;
      });
      at = last >= 0 ? last + 1 : out.length;
    }
    out.splice(at, 0, m);
  }
  return out;
}

export interface BuildContext {
  year: number;
  warnings: string[];
  /** heading index → section that holds it */
  holder: Map<number, Section>;
  /** headings whose content was merged into a parent because the nesting was too deep */
  flattened: Set<number>;
}

/** A source heading as the user's own section (key null) at a depth; too-deep children become paragraphs. */
function customFromNode(node: OutlineNode, depth: number, ctx: BuildContext): Section {
  const s: Section = {
    id: newId(),
    key: null,
    heading: node.heading,
    paragraphs: paragraphs(node.paragraphs),
    stats: [],
    children: [],
  };
  ctx.holder.set(node.index, s);
  attachChildren(s, node.children, depth, ctx);
  return s;
}

function attachChildren(s: Section, children: OutlineNode[], depth: number, ctx: BuildContext): void {
  for (const c of children) {
    if (depth + 1 > MAX_DEPTH) flattenInto(s, c, ctx);
    else s.children.push(customFromNode(c, depth + 1, ctx));
  }
}

/** Headings nested deeper than the report allows: the heading line (number kept) and its text become paragraphs. */
function flattenInto(s: Section, node: OutlineNode, ctx: BuildContext): void {
  if (!ctx.flattened.size)
    ctx.warnings.push(`原文标题层级超过 ${MAX_DEPTH} 级，更深的标题已作为正文段落保留（含原编号）。`);
  ctx.flattened.add(node.index);
  ctx.holder.set(node.index, s);
  s.paragraphs.push(...paragraphs([node.line, ...node.paragraphs]));
  for (const c of node.children) flattenInto(s, c, ctx);
}

/** A source heading placed on a mandated section or sub-area (its sub-headings are attached by the caller). */
function keyedFromNode(node: OutlineNode, key: string, ctx: BuildContext): Section {
  const base = sectionFromSpec(specFor(key)!, ctx.year);
  base.heading = node.heading;
  base.paragraphs = paragraphs(node.paragraphs);
  base.children = [];
  ctx.holder.set(node.index, base);
  return base;
}

/** The top-level headings placed: mandated sections built, sub-sections gathered, in the source's order. */
interface Placed {
  built: Map<string, Section>;
  /** the children of 举措和成效 from the source, in order */
  measuresChildren: Section[];
  usedSub: Set<string>;
  /** key → the user's own sections appended to that mandated section */
  extraChildren: Map<string, Section[]>;
  /** top-level keys in source order */
  placedOrder: string[];
}

/**
 * Place each top-level heading: the first of each kind on its mandated section; a later one of the same kind, or
 * an unrecognised one, into 举措和成效 (before 不足/安排) or the user's own section of the kind it names (after).
 */
function placeTop(top: OutlineNode[], ctx: BuildContext): Placed {
  const p: Placed = {
    built: new Map(),
    measuresChildren: [],
    usedSub: new Set(),
    extraChildren: new Map(),
    placedOrder: [],
  };
  const primary = new Map<string, OutlineNode>();
  const classes = top.map((n) => classifyTopHeading(n.heading, ctx.year));
  top.forEach((n, i) => {
    const k = classes[i];
    if (k && !primary.has(k)) primary.set(k, n);
  });
  const toMeasures = (n: OutlineNode) => {
    const sub = classifySubHeading(n.heading, p.usedSub);
    if (sub) {
      p.usedSub.add(sub);
      const s = keyedFromNode(n, sub, ctx);
      attachChildren(s, n.children, 2, ctx);
      p.measuresChildren.push(s);
    } else {
      p.measuresChildren.push(customFromNode(n, 2, ctx));
    }
  };
  let afterPlanOrShortfalls = false;
  top.forEach((n, i) => {
    const k = classes[i];
    if (k && primary.get(k) === n) {
      const s = keyedFromNode(n, k, ctx);
      p.built.set(k, s);
      if (!p.placedOrder.includes(k)) p.placedOrder.push(k);
      if (k === 'measures') {
        for (const c of n.children) toMeasures(c);
      } else {
        attachChildren(s, n.children, 1, ctx);
      }
      if (k === 'shortfalls' || k === 'plan') afterPlanOrShortfalls = true;
      return;
    }
    // Not the first heading of its kind, or not recognised.
    const bucket = k === 'measures' || (!k && !afterPlanOrShortfalls) ? 'measures' : (k ?? 'other');
    if (!p.placedOrder.includes(bucket)) p.placedOrder.push(bucket);
    if (bucket === 'measures') toMeasures(n);
    else {
      const list = p.extraChildren.get(bucket) ?? [];
      list.push(customFromNode(n, 2, ctx));
      p.extraChildren.set(bucket, list);
    }
  });
  return p;
}

/**
 * The report's sections from the top-level headings: every mandated section present, each in the source's order,
 * missing ones by catalogue rank. `loose` is body text with no heading above it, for 举措和成效. The order (A or
 * B) follows whether 第一责任人 comes before 举措和成效; a source order unlike it is kept, with a warning.
 */
export function mapSections(
  top: OutlineNode[],
  loose: string[],
  ctx: BuildContext,
): { sections: Section[]; order: 'A' | 'B' } {
  const { built, measuresChildren, usedSub, extraChildren, placedOrder } = placeTop(top, ctx);
  const year = ctx.year;
  const present: Section[] = [];
  for (const key of placedOrder) {
    const s = built.get(key) ?? sectionFromSpec(specFor(key)!, year);
    if (!built.has(key)) s.children = [];
    if (key === 'measures') {
      s.paragraphs.push(...paragraphs(loose));
      const subs = specFor('measures')!.children ?? [];
      const missing = subs.filter((c) => !usedSub.has(c.key)).map((c) => sectionFromSpec(c, year));
      const subRank = (key: string | null) => subs.findIndex((c) => c.key === key);
      s.children = insertMissing(measuresChildren, missing, subRank);
    }
    s.children.push(...(extraChildren.get(key) ?? []));
    built.set(key, s);
    present.push(s);
  }
  const chiefAt = placedOrder.indexOf('chief');
  const measuresAt = placedOrder.indexOf('measures');
  const order: 'A' | 'B' = chiefAt >= 0 && measuresAt >= 0 && chiefAt < measuresAt ? 'B' : 'A';
  const rank = (key: string | null) => catalogue.orders[order].indexOf(key ?? '');
  const topKeys = catalogue.sections.map((s) => s.key);
  const missingTop = topKeys.filter((k) => !built.has(k)).map((k) => sectionFromSpec(specFor(k)!, year));
  missingTop.find((s) => s.key === 'measures')?.paragraphs.push(...paragraphs(loose));
  missingTop.sort((a, b) => rank(a.key) - rank(b.key));
  const sections = insertMissing(present, missingTop, rank);
  if (sections.map((s) => s.key).join() !== catalogue.orders[order].join()) {
    ctx.warnings.push('原文各部分的先后与规定顺序不同，已按原文顺序保留，可在编辑时调整。');
  }
  return { sections, order };
}
