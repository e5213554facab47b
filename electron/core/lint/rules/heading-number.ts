/** A number typed at the start of a heading (（一）, 1.): numbers are generated from the position, so it would print twice. */
import { pushUnit } from '../emit.ts';
import type { Ctx, LintRuleModule } from '../types.ts';

/** A typed number, whole or broken (a bracket missing: "（一", "一）", "（1"). */
const HEADING_NUMBER =
  /^(?:[一二三四五六七八九十]+[、.．）)]|[（(][一二三四五六七八九十]+[）)]?|\d+[.．、)）](?!\d)|[（(]\d{1,2}[）)]?)\s*/;

function run(ctx: Ctx): void {
  ctx.view.units.forEach((u, i) => {
    if (u.field !== 'heading' || u.line > 0) return;
    const m = HEADING_NUMBER.exec(u.raw);
    if (!m) return;
    pushUnit(ctx, i, {
      rule: 'heading-number',
      severity: 'warning',
      at: 0,
      length: m[0].length,
      onRaw: true,
      message: `标题开头手写了序号“${m[0].trim()}”：序号按位置自动生成，手写会重复。`,
      fix: { from: m[0], to: '' },
    });
  });
}

export const headingNumber = {
  id: 'heading-number',
  label: '标题手写序号',
  run,
  perLine: true,
} as const satisfies LintRuleModule;
