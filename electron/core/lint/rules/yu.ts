/**
 * “余” marks an approximate number and follows round numbers only (10余, 50余, 380余): after a number that does
 * not end in 0 (4余, 37余) the number is already exact.
 */
import { pushUnit } from '../emit.ts';
import type { Ctx, LintRuleModule } from '../types.ts';

/** A whole number ending in 1–9, then 余 (a decimal's digits are left alone: 3.5余万元). */
const YU = /(?<![0-9０-９.．])[0-9０-９]*[1-9１-９]余/g;

function run(ctx: Ctx): void {
  ctx.view.units.forEach((u, i) => {
    if (!u.text.includes('余')) return;
    for (const m of u.text.matchAll(YU)) {
      const n = m[0].slice(0, -1);
      pushUnit(ctx, i, {
        rule: 'yu-after-digit',
        severity: 'warning',
        at: m.index,
        length: m[0].length,
        message: `“${m[0]}”：“余”表示概数，只用在10、50、100等整数之后；“${n}”是确数，应删去“余”（如“${n}次”）。`,
      });
    }
  });
}

export const yu = { id: 'yu-after-digit', label: '“余”的用法', run, perLine: true } as const satisfies LintRuleModule;
