/**
 * What every panel of the form shares. Mutations go straight into the report object; `touch` re-renders and
 * schedules a save. `touch(section)` marks that section and its ancestors changed, so only their panels
 * re-render (a keystroke in a 50× report must not re-render every panel); `touch()` re-renders everything.
 */
import type { Finding } from '../../../electron/core/lint/index.ts';
import type { Report, Section } from '../../../electron/core/report-model.ts';

export interface Ctx {
  report: Report;
  numbers: Map<string, string>;
  versions: Map<string, number>;
  epoch: number;
  /** open findings by paragraph id, shown under the paragraph; a list unchanged by a check keeps its identity */
  findings: Map<string, Finding[]>;
  /** section id → a number that moves when the findings of a paragraph in it (or below it) changed */
  findingStamps: Map<string, number>;
  /** last year's report, when this one was carried forward from it */
  previous?: Report;
  touch(section?: Section | null): void;
  /** a change outside the sections (title, 导语, 落款…): no panel needs to re-render */
  touchMeta(): void;
}

/** section id → parent section id */
export function parentMap(sections: Section[], parent?: string, out = new Map<string, string>()): Map<string, string> {
  for (const s of sections) {
    if (parent) out.set(s.id, parent);
    parentMap(s.children, s.id, out);
  }
  return out;
}

/** Open findings by paragraph; info findings stay in the findings tab only. */
export function findingsByParagraph(findings: Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  // A grouped finding (全文 N 处…) shows at each of its places, with that place's own message.
  for (const f of findings.flatMap((x) => x.places ?? [x])) {
    if (!f.paragraphId || f.severity === 'info') continue;
    const list = out.get(f.paragraphId) ?? [];
    list.push(f);
    out.set(f.paragraphId, list);
  }
  return out;
}

/**
 * `next` with every paragraph's list that holds the same findings (by identity) as in `prev` replaced by prev's
 * list: a paragraph whose findings a check left alone gets the very same array, and its editor does not re-render.
 */
export function keepUnchanged(next: Map<string, Finding[]>, prev: Map<string, Finding[]>): Map<string, Finding[]> {
  for (const [id, list] of next) {
    const old = prev.get(id);
    if (old && old.length === list.length && old.every((f, i) => f === list[i])) next.set(id, old);
  }
  return next;
}

/**
 * Moves the stamp of every section with a paragraph whose list differs between `prev` and `next` (a list
 * appeared, went or changed), and of its ancestors: only their panels re-render after a check. Returns whether
 * anything in `sections` changed.
 */
export function stampChanged(
  sections: Section[],
  next: Map<string, Finding[]>,
  prev: Map<string, Finding[]>,
  stamps: Map<string, number>,
): boolean {
  let any = false;
  for (const s of sections) {
    let changed = s.paragraphs.some((p) => next.get(p.id) !== prev.get(p.id));
    if (stampChanged(s.children, next, prev, stamps)) changed = true;
    if (!changed) continue;
    stamps.set(s.id, (stamps.get(s.id) ?? 0) + 1);
    any = true;
  }
  return any;
}
