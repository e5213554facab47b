/**
 * What every panel of the form shares. Mutations go straight into the report object; `touch` re-renders and
 * schedules a save. `touch(section)` marks that section and its ancestors changed, so only their panels
 * re-render (a keystroke in a 50× report must not re-render every panel); `touch()` re-renders everything.
 */
import type { CheckStore } from '../../check/check-store.ts';
import type { Report, Section } from '../../../electron/core/report-model.ts';

export interface Ctx {
  report: Report;
  numbers: Map<string, string>;
  versions: Map<string, number>;
  epoch: number;
  /** the check shown: each paragraph editor watches its own open findings there */
  check: CheckStore;
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

/** The props of a part of the form outside the sections (head, signature). */
export interface PartProps {
  ctx: Ctx;
  /** moves with every change outside the sections and with `epoch`: the part re-renders only then */
  version: number;
}

export const samePart = (a: PartProps, b: PartProps) => a.ctx.report === b.ctx.report && a.version === b.version;
