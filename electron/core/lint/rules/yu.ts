/** “余” marks an approximate number and follows round numbers only (10余, 100余), never a single digit. */
import { pushUnit } from '../emit.ts';
import type { Ctx, LintRuleModule } from '../types.ts';

const YU = /(?<![0-9０-９.．])[1-9１-９]余/g;

function run(ctx: Ctx): void {
  ctx.view.units.forEach((u, i) => {
    if (!u.text.includes('余')) return;
    for (const m of u.text.matchAll(YU)) {
      pushUnit(ctx, i, {
        rule: 'yu-after-digit',
        severity: 'warning',
        at: m.index!,
        length: 2,
        message: `“${m[0]}”：“余”表示概数，只用在10、20、100等整数之后；个位数应写确数（如“${m[0][0]}次”）。`,
      });
    }
  });
}

export const yu = { id: 'yu-after-digit', label: '“余”的用法', run } as const satisfies LintRuleModule;
