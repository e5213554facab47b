/**
 * Where each source heading went, readable, and changing it before the report is created: the user may move
 * an imported section to another mandated section or sub-area, or keep it as their own.
 */
import { catalogue, fillYear, sectionFromSpec, specFor } from '../catalogue.ts';
import { walkSections, type Report, type Section } from '../report-model.ts';
import type { ImportResult } from './types.ts';

/**
 * Readable place of every section: mandated ones by their catalogue heading, the user's own as 自定义小节, with
 * the path above it (the user's own sections on the path by their heading in quotes).
 */
function sectionLabels(report: Report): Map<string, { path: string; key: string | null; heading: string }> {
  const out = new Map<string, { path: string; key: string | null; heading: string }>();
  const walk = (list: Section[], parent: string) => {
    for (const s of list) {
      const spec = specFor(s.key);
      const name = spec ? fillYear(spec.heading, report.year) : '自定义小节';
      out.set(s.id, { path: parent ? `${parent} › ${name}` : name, key: s.key, heading: s.heading });
      walk(s.children, parent ? `${parent} › ${spec ? name : `“${s.heading}”`}` : spec ? name : `“${s.heading}”`);
    }
  };
  walk(report.sections, '');
  return out;
}

/** Recompute each mapping's target and label from where its section now is. */
export function relabel(result: ImportResult): void {
  const labels = sectionLabels(result.report);
  for (const m of result.mapping) {
    const l = labels.get(m.sectionId);
    if (!l) continue;
    if (m.merged) {
      m.target = 'custom';
      m.targetLabel = `${l.path} › 并入正文（层级过深）`;
    } else {
      m.target = l.key ?? 'custom';
      m.targetLabel = l.path;
    }
  }
}

/** A mandated part or sub-area, readable ("存在的不足和原因", "…主要举措和成效 › 健全依法决策机制"); '' for none. */
export function partLabel(key: string | null, year: number): string {
  if (!key) return '';
  for (const s of catalogue.sections) {
    if (s.key === key) return fillYear(s.heading, year);
    const c = (s.children ?? []).find((x) => x.key === key);
    if (c) return `${fillYear(s.heading, year)} › ${c.heading}`;
  }
  return '';
}

/** Every key a section can be remapped to: the mandated sections and sub-areas, and 'custom'. */
export function remapTargets(year: number): Array<{ key: string; label: string }> {
  const out: Array<{ key: string; label: string }> = [];
  for (const s of catalogue.sections) {
    out.push({ key: s.key, label: fillYear(s.heading, year) });
    for (const c of s.children ?? []) out.push({ key: c.key, label: `${fillYear(s.heading, year)} › ${c.heading}` });
  }
  out.push({ key: 'custom', label: '自定义小节（保留原标题，不对应规定部分）' });
  return out;
}

/** Whether a section or any below it has written text. */
export function hasText(s: Section): boolean {
  return s.paragraphs.some((p) => p.text.trim()) || s.children.some(hasText);
}

/** Find a section and the list that holds it. */
function locate(list: Section[], id: string): { list: Section[]; index: number; section: Section } | null {
  for (let i = 0; i < list.length; i++) {
    if (list[i].id === id) return { list, index: i, section: list[i] };
    const r = locate(list[i].children, id);
    if (r) return r;
  }
  return null;
}

/**
 * Move one imported section to another mandated section or sub-area, or make it the user's own ('custom'),
 * before the report is created. Nothing is lost: the section keeps its heading, text and sub-sections.
 * - The section's former mandated slot is refilled with an empty one from the catalogue, which keeps any
 *   mandated sub-areas the section held (so 举措和成效's sub-areas never leave it).
 * - Onto an empty mandated slot, the section takes the slot's place, key and figures.
 * - Onto a slot that already has text (or holds a heading of the source), the section becomes the user's own
 *   sub-section inside it.
 * - 'custom' keeps the section where it is, as the user's own.
 * - A section whose part another section also holds leaves no refill behind, unless sub-areas sit under it.
 * The moved heading's mapping is marked `moved`, so the dialog can show the change.
 * Returns a new result; the given one is not changed.
 */
export function remapSection(result: ImportResult, sectionId: string, targetKey: string): ImportResult {
  const next: ImportResult = structuredClone(result);
  const report = next.report;
  const found = locate(report.sections, sectionId);
  if (!found) throw new Error(`no section ${sectionId}`);
  const s = found.section;
  if (targetKey !== 'custom' && !specFor(targetKey)) throw new Error(`unknown section key ${targetKey}`);
  if (s.key === targetKey) return next;

  // Take the section out; a mandated slot it held is refilled.
  found.list.splice(found.index, 1);
  let anchor: { list: Section[]; index: number } = { list: found.list, index: found.index };
  const twin = s.key !== null && [...walkSections(report.sections)].some((w) => w.section.key === s.key);
  if (s.key !== null && twin && !s.children.some((c) => c.key !== null)) {
    // Another section holds the same part and none of its sub-areas sit here: no empty slot is needed.
    s.key = null;
    s.stats = [];
  } else if (s.key !== null) {
    const refill = sectionFromSpec(specFor(s.key)!, report.year);
    const keyedKids = s.children.filter((c) => c.key !== null);
    if (keyedKids.length || refill.children.length) {
      // Mandated sub-areas stay with the mandated slot; the catalogue's empty ones are replaced by them.
      const kept = new Set(keyedKids.map((c) => c.key));
      refill.children = [...keyedKids, ...refill.children.filter((c) => !kept.has(c.key))];
      const rank = (k: string | null) => (specFor(s.key)!.children ?? []).findIndex((c) => c.key === k);
      refill.children.sort((a, b) => rank(a.key) - rank(b.key));
      // The user's own sub-sections that sat among them stay with the moved section.
      s.children = s.children.filter((c) => c.key === null);
    }
    found.list.splice(found.index, 0, refill);
    anchor = { list: found.list, index: found.index + 1 };
    s.key = null;
    s.stats = [];
  }

  if (targetKey === 'custom') {
    s.key = null;
    s.stats = [];
    anchor.list.splice(anchor.index, 0, s);
  } else {
    const target = [...walkSections(report.sections)].find((w) => w.section.key === targetKey)?.section;
    const where = target ? locate(report.sections, target.id) : null;
    const fromSource = target ? next.mapping.some((m) => m.sectionId === target.id) : false;
    if (target && where && !hasText(target) && !fromSource) {
      // Take the empty slot's place, key and figures; its (empty) mandated sub-areas come along.
      s.key = target.key;
      s.stats = target.stats;
      s.children = [...target.children, ...s.children];
      where.list.splice(where.index, 1, s);
    } else if (target) {
      s.key = null;
      s.stats = [];
      target.children.push(s);
    } else {
      // Not in the report (cannot happen for imported reports, which hold every mandated section).
      s.key = null;
      anchor.list.splice(anchor.index, 0, s);
    }
  }
  if (targetKey !== 'custom') for (const m of next.mapping) if (m.sectionId === s.id) m.moved = true;
  relabel(next);
  return next;
}
