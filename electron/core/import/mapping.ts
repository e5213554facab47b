/**
 * Mapping the outline onto the mandated sections while keeping it as the author wrote it: every heading stays at
 * its level and in its order. A top-level heading about a mandated part (classify.ts) takes that part's key, a
 * sub-heading of 举措和成效 about a sub-area takes the sub-area's key; a kind may occur more than once (the report
 * view reads every section of a key; the figures are asked once, in the first). What points nowhere is kept as the
 * author's own section where it stands. Mandated sections and sub-areas the source lacks are inserted empty by
 * rank: untouched, they get no number and are not exported, so the outline that prints is the source's.
 */
import { catalogue, sectionFromSpec, specFor } from '../catalogue.ts';
import { MAX_DEPTH, type Paragraph, type Section } from '../report-model.ts';
import { newId } from '../ids.ts';
import type { Classified } from './classify.ts';
import type { OutlineNode } from './outline.ts';

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
  /** heading index → the part it is about */
  classes: Map<number, Classified>;
  /** keys already given to a section (a later section of the same key gets no figures) */
  used: Set<string>;
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

/** A source heading on a mandated section or sub-area, under its own heading; figures only on the first of a key. */
function keyedFromNode(node: OutlineNode, key: string, ctx: BuildContext): Section {
  const base = sectionFromSpec(specFor(key)!, ctx.year);
  base.heading = node.heading;
  base.paragraphs = paragraphs(node.paragraphs);
  base.children = [];
  if (ctx.used.has(key)) base.stats = [];
  ctx.used.add(key);
  ctx.holder.set(node.index, base);
  return base;
}

const MEASURES_AREAS = new Set((specFor('measures')?.children ?? []).map((c) => c.key));

/** A top-level heading as its section: keyed when it is about a mandated part, its sub-areas keyed inside 举措和成效. */
function topSection(node: OutlineNode, ctx: BuildContext): Section {
  const part = ctx.classes.get(node.index)?.part ?? null;
  if (!part || !specFor(part) || MEASURES_AREAS.has(part)) return customFromNode(node, 1, ctx);
  const s = keyedFromNode(node, part, ctx);
  if (part !== 'measures') {
    attachChildren(s, node.children, 1, ctx);
    return s;
  }
  for (const c of node.children) {
    const sub = ctx.classes.get(c.index)?.part ?? null;
    if (sub && MEASURES_AREAS.has(sub)) {
      const child = keyedFromNode(c, sub, ctx);
      attachChildren(child, c.children, 2, ctx);
      s.children.push(child);
    } else s.children.push(customFromNode(c, 2, ctx));
  }
  return s;
}

/** Whether the source's mandated parts come in the order's sequence (each kind at its first appearance). */
function inOrder(sections: Section[], order: string[]): boolean {
  const seen = [...new Set(sections.flatMap((s) => (s.key ? [s.key] : [])))];
  const ranks = seen.map((k) => order.indexOf(k));
  return ranks.every((r, i) => i === 0 || r > ranks[i - 1]);
}

/**
 * The report's sections from the top-level headings, in the source's order and levels, with every mandated
 * section and sub-area present. `loose` is body text with no heading above it, for 举措和成效. The order (A or B)
 * follows whether 第一责任人 comes before 举措和成效; a source order unlike it is kept, with a warning.
 */
export function mapSections(
  top: OutlineNode[],
  loose: string[],
  ctx: BuildContext,
): { sections: Section[]; order: 'A' | 'B' } {
  const year = ctx.year;
  const present = top.map((n) => topSection(n, ctx));
  const firstAt = (key: string) => present.findIndex((s) => s.key === key);
  const chiefAt = firstAt('chief');
  const measuresAt = firstAt('measures');
  const order: 'A' | 'B' = chiefAt >= 0 && measuresAt >= 0 && chiefAt < measuresAt ? 'B' : 'A';
  const rank = (key: string | null) => catalogue.orders[order].indexOf(key ?? '');
  const missingTop = catalogue.sections
    .filter((spec) => !ctx.used.has(spec.key))
    .map((spec) => sectionFromSpec(spec, year))
    .sort((a, b) => rank(a.key) - rank(b.key));
  const sections = insertMissing(present, missingTop, rank);
  const measures = sections.find((s) => s.key === 'measures')!;
  measures.paragraphs.push(...paragraphs(loose));
  if (measuresAt >= 0) {
    // The sub-areas the source does not name, inserted empty into its first 举措和成效 part by rank.
    const subs = specFor('measures')!.children ?? [];
    const missing = subs.filter((c) => !ctx.used.has(c.key)).map((c) => sectionFromSpec(c, year));
    const subRank = (key: string | null) => subs.findIndex((c) => c.key === key);
    measures.children = insertMissing(measures.children, missing, subRank);
  }
  if (!inOrder(present, catalogue.orders[order])) {
    ctx.warnings.push('原文各部分的先后与规定顺序不同，已按原文顺序保留，可在编辑时调整。');
  }
  return { sections, order };
}
