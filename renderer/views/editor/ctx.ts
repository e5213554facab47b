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
  /** open findings by paragraph id, shown under the paragraph */
  findings: Map<string, Finding[]>;
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
