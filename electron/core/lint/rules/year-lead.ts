/**
 * The 导语's "现将…2024年…报告如下" sentence names the year being reported. When it names another year than the
 * report's (an import that had to choose between title and 导语, or last year's 导语 kept), the reviewer is told:
 * one of the two is wrong, and every year check runs against the report year.
 */
import { leadSentenceYear } from '../../import/year.ts';
import { pushUnit } from '../emit.ts';
import type { Ctx, LintRuleModule } from '../types.ts';

function checkLead(ctx: Ctx): void {
  const { year } = ctx;
  ctx.view.units.forEach((u, i) => {
    if (u.field !== 'preamble') return;
    const named = leadSentenceYear(u.text);
    if (named === null || named === year) return;
    const at = u.text.indexOf(`${named}年`);
    pushUnit(ctx, i, {
      rule: 'year-lead',
      severity: 'error',
      at: Math.max(0, at),
      length: at >= 0 ? 5 : 0,
      message: `导语写的是“现将…${named}年…报告如下”，报告年度是${year}年；请核对报告年度或改正导语。`,
    });
  });
}

export const yearLead = { id: 'year-lead', label: '导语年度', run: checkLead } as const satisfies LintRuleModule;
