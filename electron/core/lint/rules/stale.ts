/** Phrases outdated in the report year (党的二十大 once the 三中全会 has met, “七五”普法, repealed laws …). */
import { sentenceAt } from '../../text/sentences.ts';
import { pushUnit } from '../emit.ts';
import { eachMatch } from '../match.ts';
import type { Ctx, LintRuleModule } from '../types.ts';
import { lintWords } from '../words.ts';

function run(ctx: Ctx): void {
  const fill = (s: string) => s.replaceAll('{year}', String(ctx.year));
  for (const e of lintWords.stale) {
    if (ctx.year < e.fromYear || (e.toYear !== undefined && ctx.year > e.toYear)) continue;
    // A report-level phrase: any `unless` word anywhere in the report clears it.
    if (e.once && e.unless?.some((w) => ctx.view.find('printed', w).length > 0)) continue;
    let done = false;
    eachMatch(ctx, e, false, (ui, at, text) => {
      if (done) return;
      const u = ctx.view.units[ui];
      if (u.field === 'title') return;
      if (!e.once && e.unless?.some((w) => sentenceAt(u.text, at).includes(w))) return;
      pushUnit(ctx, ui, {
        rule: 'stale-phrase',
        severity: e.severity,
        at,
        length: text.length,
        message: fill(e.message),
      });
      if (e.once) done = true;
    });
  }
}

export const stale = { id: 'stale-phrase', label: '过时表述', run } as const satisfies LintRuleModule;
