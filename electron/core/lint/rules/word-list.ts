/**
 * Graded word lists: 法治/法制 usage and proofreading (错别字). 必改 entries are errors with a fix,
 * 疑似 entries warnings without one; a 疑似 entry with `certainIf` becomes 必改 when its sentence makes the meaning
 * certain. Matched on the stored text, so a fix lands in the stored field.
 */
import { sentenceAt } from '../../text/sentences.ts';
import { pushUnit } from '../emit.ts';
import { eachMatch } from '../match.ts';
import type { Ctx, LintRuleModule } from '../types.ts';
import { lintWords, type GradedEntry } from '../words.ts';

function runList(ctx: Ctx, rule: 'fazhi' | 'proofread', list: GradedEntry[], mixed: boolean): void {
  for (const e of list) {
    eachMatch(ctx, e, true, (ui, at, text) => {
      const certain = e.certainIf?.some((w) => sentenceAt(ctx.view.units[ui].raw, at).includes(w)) ?? false;
      const must = e.grade === '必改' || certain;
      let message = `“${text}”${must ? '应为' : '疑为'}“${e.to}”：${e.note}。`;
      if (mixed && e.pattern === '法治审核') message += '本报告中“法制审核”与“法治审核”混用。';
      pushUnit(ctx, ui, {
        rule,
        severity: must ? 'error' : 'warning',
        grade: must ? '必改' : '疑似',
        at,
        length: text.length,
        onRaw: true,
        message,
        ...(must ? { fix: { from: text, to: e.to } } : {}),
      });
    });
  }
}

export const fazhi = {
  id: 'fazhi',
  label: '法治/法制',
  run(ctx) {
    // Both spellings in one report: the message says so, since that is what a reviewer notices first.
    const mixed = ctx.view.find('raw', '法治审核').length > 0 && ctx.view.find('raw', '法制审核').length > 0;
    runList(ctx, 'fazhi', lintWords.fazhi, mixed);
  },
} as const satisfies LintRuleModule;

export const proofread = {
  id: 'proofread',
  label: '错别字',
  run: (ctx) => runList(ctx, 'proofread', lintWords.proofread, false),
  perLine: true,
} as const satisfies LintRuleModule;
