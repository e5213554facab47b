/** Placeholders left in the text (XX, ××, 待补充 …) and statistic tokens that name no statistic. */
import { pushUnit } from '../emit.ts';
import { eachMatch } from '../match.ts';
import type { Ctx, LintRuleModule } from '../types.ts';
import { lintWords } from '../words.ts';

function run(ctx: Ctx): void {
  for (const e of lintWords.placeholders) {
    eachMatch(ctx, e, false, (ui, at, text) => {
      const u = ctx.view.units[ui];
      // An unfilled statistic prints as XX: the token is there, the number is not.
      const fromStat = u.raw.includes('{{') && /^[XxＸｘ]+$/.test(text);
      pushUnit(ctx, ui, {
        rule: 'placeholder',
        severity: 'error',
        at,
        length: text.length,
        message: fromStat ? `“${text}”：引用的统计数字还没有填写。` : `含占位符“${text}”，请换成实际内容。`,
      });
    });
  }
  // A token still present in the printed text named no statistic.
  ctx.view.units.forEach((u, i) => {
    if (!u.text.includes('{{')) return;
    for (const m of u.text.matchAll(/\{\{([^{}]{1,80})\}\}/g)) {
      pushUnit(ctx, i, {
        rule: 'placeholder',
        severity: 'error',
        at: m.index!,
        length: m[0].length,
        message: `引用的统计项“${m[1]}”不存在，打印时会原样输出“${m[0]}”。`,
      });
    }
  });
}

export const placeholders = {
  id: 'placeholder',
  label: '占位符未替换',
  run,
  perLine: true,
} as const satisfies LintRuleModule;
