/**
 * Work beyond a township's powers (立法, 打击犯罪 …): a soft hint, since the wording may be a quotation. A word
 * inside a 《》 title names a document the unit studied or applied, not work it did. Headings are read too (a
 * heading states the work as much as its body). Only a township's report is checked: a 县, 区, 市 or 省 report
 * may well speak of 立法 or 规章.
 */
import { sentenceAt } from '../../text/sentences.ts';
import { unitLevel } from '../../unit-name.ts';
import { pushUnit } from '../emit.ts';
import { BODY_FIELDS, eachMatch } from '../match.ts';
import type { TextField } from '../../text/report-view.ts';
import type { Ctx, LintRuleModule } from '../types.ts';
import { lintWords } from '../words.ts';

/** Whether offset `at` lies inside a 《》 title: an unclosed 《 before it, on the same line. */
function inBookTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= 0 && text.lastIndexOf('》', at) < open;
}

/** Body text and headings. */
const FIELDS: ReadonlySet<TextField> = new Set<TextField>([...BODY_FIELDS, 'heading']);

function run(ctx: Ctx): void {
  if (unitLevel(ctx.report.unitName) !== 'township') return;
  for (const e of lintWords.outOfScope) {
    eachMatch(ctx, e, false, (ui, at, text) => {
      const u = ctx.view.units[ui];
      if (!FIELDS.has(u.field)) return;
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

export const outOfScope = {
  id: 'out-of-scope',
  label: '超出乡镇职权',
  run,
  perLine: true,
} as const satisfies LintRuleModule;
