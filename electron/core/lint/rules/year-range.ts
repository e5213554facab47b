/**
 * Year ranges written with a hyphen ("2021-2025年"): GB/T 15834—2011 marks the start and end of a period with
 * the 一字线 (2021—2025年), or the 浪纹线 (～), which is left alone. Mechanical, fixed by replacing the mark.
 */
import { pushUnit } from '../emit.ts';
import type { Ctx, Finding, LintRuleModule } from '../types.ts';

/** Two four-digit years joined by a hyphen, minus or en dash; not inside a longer number (dates, 文号). */
const RANGE = /(?<![0-9０-９])((?:19|20)[0-9]{2}) *([-－–]) *((?:19|20)[0-9]{2})(?![0-9０-９.．\-－–])/g;
const FIELDS = new Set(['title', 'preamble', 'paragraph', 'heading', 'attachment']);

function run(ctx: Ctx): void {
  ctx.view.units.forEach((u, i) => {
    if (!FIELDS.has(u.field) || !/[-－–]/.test(u.masked)) return;
    for (const m of u.masked.matchAll(RANGE)) {
      if (Number(m[3]) <= Number(m[1])) continue;
      const to = `${m[1]}—${m[3]}`;
      pushUnit(ctx, i, {
        rule: 'year-range',
        severity: 'warning',
        at: m.index,
        length: m[0].length,
        onRaw: true,
        message: `年份起止“${m[0]}”应使用一字线“—”，写作“${to}”（GB/T 15834—2011）。`,
        fix: { from: m[0], to },
      });
    }
  });
}

const group = (places: Finding[]) =>
  `全文${places.length}处年份起止用了短横线“-”，应使用一字线“—”（如“2021—2025年”）。`;

export const yearRange = {
  id: 'year-range',
  label: '年份起止连接号',
  run,
  group,
  perLine: true,
} as const satisfies LintRuleModule;
