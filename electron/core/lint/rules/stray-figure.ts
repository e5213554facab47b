/**
 * A figure standing after a sentence's end: "…被复议撤销的情况。36件". It is what a statistic appended after the
 * last "。" looks like, and a reader cannot tell what the number counts. Read on the text as printed (statistics
 * resolved); the sentence marks, the unit length and the message are in assets/lint-words.json (strayFigure).
 */
import { pushUnit } from '../emit.ts';
import type { Ctx, LintRuleModule } from '../types.ts';
import { lintWords } from '../words.ts';

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');

function pattern(): RegExp {
  const { enders, maxTailChars } = lintWords.strayFigure;
  const end = `[${enders.map(escape).join('')}]`;
  // the mark, then only a number with a short unit (余/多 included), then another mark or the end of the line
  return new RegExp(`(?<=${end})\\s*(\\d+(?:[.,]\\d+)*[\\p{Script=Han}%％]{0,${maxTailChars}})\\s*(?=${end}|$)`, 'gu');
}

const STRAY = pattern();

function run(ctx: Ctx): void {
  ctx.view.units.forEach((u, i) => {
    if (u.field !== 'paragraph' && u.field !== 'preamble') return;
    if (!/\d/.test(u.text)) return;
    for (const m of u.text.matchAll(STRAY)) {
      const figure = m[1];
      pushUnit(ctx, i, {
        rule: 'stray-figure',
        severity: 'warning',
        at: m.index + m[0].indexOf(figure),
        length: figure.length,
        message: lintWords.strayFigure.message.replaceAll('{figure}', figure),
      });
    }
  });
}

export const strayFigure = { id: 'stray-figure', label: '句外数字', run } as const satisfies LintRuleModule;
