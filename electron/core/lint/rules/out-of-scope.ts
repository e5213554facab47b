/**
 * Work beyond a township's powers (立法, 打击犯罪 …): a soft hint, since the wording may be a quotation. A word
 * inside a 《》 title names a document the unit studied or applied, not work it did.
 */
import { sentenceAt } from '../../text/sentences.ts';
import { pushUnit } from '../emit.ts';
import { BODY_FIELDS, eachMatch } from '../match.ts';
import type { Ctx, LintRuleModule } from '../types.ts';
import { lintWords } from '../words.ts';

/** Whether offset `at` lies inside a 《》 title: an unclosed 《 before it, on the same line. */
function inBookTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= 0 && text.lastIndexOf('》', at) < open;
}

function run(ctx: Ctx): void {
  for (const e of lintWords.outOfScope) {
    eachMatch(ctx, e, false, (ui, at, text) => {
      const u = ctx.view.units[ui];
      if (!BODY_FIELDS.has(u.field)) return;
      if (inBookTitle(u.text, at)) return;
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
