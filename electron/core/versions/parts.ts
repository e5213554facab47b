/**
 * A report cut into the parts a reader compares: 标题, 主送机关, 导语, each section (its heading, its own paragraphs
 * and figures; sub-sections are parts of their own), 落款. Two versions are compared part by part, matched by
 * section id, so moving or renaming a section still lines it up with itself.
 */
import { walkSections, type Report, type Section } from '../report-model.ts';
import { diffTexts } from '../text/diff.ts';
import { countChars, formatStat } from '../text.ts';
import type { Change } from './model.ts';

export interface Part {
  key: string;
  name: string;
  text: string;
}

function sectionText(s: Section): string {
  const stats = s.stats.filter((x) => x.value !== null).map((x) => `${x.label}：${formatStat(x)}`);
  return [...s.paragraphs.map((p) => p.text), ...stats].join('\n');
}

/** The report's parts in reading order. */
export function reportParts(r: Report): Part[] {
  const parts: Part[] = [
    { key: 'title', name: '标题', text: r.title },
    { key: 'recipient', name: '主送机关', text: r.recipient },
    { key: 'preamble', name: '导语', text: r.preamble },
  ];
  for (const { section } of walkSections(r.sections)) {
    const name = section.heading.trim() || '（无标题的小节）';
    parts.push({ key: `s:${section.id}`, name, text: `${section.heading}\n${sectionText(section)}` });
  }
  const sig = [...r.signature.units, r.signature.date].filter(Boolean).join('\n');
  parts.push({ key: 'signature', name: '落款', text: sig });
  return parts;
}

export interface PartPair {
  key: string;
  name: string;
  before: string;
  after: string;
}

/** Both reports' parts side by side: the newer report's order, then parts only the older one has. */
export function pairParts(before: Report, after: Report): PartPair[] {
  const old = new Map(reportParts(before).map((p) => [p.key, p]));
  const pairs: PartPair[] = reportParts(after).map((p) => {
    const o = old.get(p.key);
    old.delete(p.key);
    return { key: p.key, name: p.name, before: o?.text ?? '', after: p.text };
  });
  for (const o of old.values()) pairs.push({ key: o.key, name: `${o.name}（已删除）`, before: o.text, after: '' });
  return pairs;
}

/** Beyond this many cells the edited middle of a part is counted whole rather than diffed (main-process time). */
const MAX_DIFF_CELLS = 4_000_000;

/**
 * Characters taken out of `a` and put into `b`. The common start and end are cut off first (an edit is usually
 * in one place), so only the middle is diffed, and a middle too large to diff in bounded time is counted whole.
 */
function changedChars(a: string, b: string): [number, number] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const x = a.slice(start, a.length - end);
  const y = b.slice(start, b.length - end);
  if (x.length * y.length > MAX_DIFF_CELLS) return [countChars(x), countChars(y)];
  const { left, right } = diffTexts(x, y);
  let out = 0;
  let put = 0;
  for (const p of left) if (p.changed) out += countChars(p.text);
  for (const p of right) if (p.changed) put += countChars(p.text);
  return [out, put];
}

/** The parts whose text differs, and the characters taken out and put in (whitespace not counted). */
export function changeSummary(before: Report | null, after: Report): Change {
  if (!before) return { sections: [], added: 0, removed: 0, first: true };
  const sections: string[] = [];
  let added = 0;
  let removed = 0;
  for (const p of pairParts(before, after)) {
    if (p.before === p.after) continue;
    sections.push(p.name);
    const [out, put] = changedChars(p.before, p.after);
    removed += out;
    added += put;
  }
  return { sections, added, removed, first: false };
}
