/** Work beyond a township's powers (立法, 打击犯罪 …): a soft hint, since the wording may be a quotation. */
import { sentenceAt } from '../../text/sentences.ts';
import { pushUnit } from '../emit.ts';
import { BODY_FIELDS, eachMatch } from '../match.ts';
import type { Ctx, LintRuleModule } from '../types.ts';
import { lintWords } from '../words.ts';

function run(ctx: Ctx): void {
  for (const e of lintWords.outOfScope) {
    eachMatch(ctx, e, false, (ui, at, text) => {
      const u = ctx.view.units[ui];
      if (!BODY_FIELDS.has(u.field)) return;
      if (e.unless?.some((w) => sentenceAt(u.text, at).includes(w))) return;
      pushUnit(ctx, ui, {
        rule: 'out-of-scope',
        severity: 'info',
        at,
        length: text.length,
        message: `“${text}”：${e.message}`,
      });
    });
  }
}

export const outOfScope = { id: 'out-of-scope', label: '超出乡镇职权', run } as const satisfies LintRuleModule;
