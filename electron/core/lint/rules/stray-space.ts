/**
 * Spaces inside Chinese text ("2025 年", "推进 “法律明白人”", "基础建设 。"): Chinese is set without spaces, and a
 * space left from copying or typing prints as a visible gap. Mechanical, fixed by removing it.
 */
import { pushUnit } from '../emit.ts';
import type { Ctx, Finding, LintRuleModule } from '../types.ts';

/** Chinese characters and the full-width marks set with them. */
const CJK = '\\u4e00-\\u9fff\\u3001-\\u3011\\u201c\\u201d\\uff01-\\uff1f\\uff08\\uff09';
/** A run of spaces with Chinese on one side and Chinese or a digit on the other. */
const STRAY = new RegExp(`(?<=[${CJK}])[ \\u3000]+(?=[${CJK}0-9])|(?<=[0-9])[ \\u3000]+(?=[${CJK}])`, 'g');

/** Text set by the user as running Chinese; the title and 落款 may be spaced on purpose (joint titles). */
const FIELDS = new Set(['preamble', 'paragraph', 'heading']);

function run(ctx: Ctx): void {
  ctx.view.units.forEach((u, i) => {
    if (!FIELDS.has(u.field) || !/[ \u3000]/.test(u.masked)) return;
    for (const m of u.masked.matchAll(STRAY)) {
      pushUnit(ctx, i, {
        rule: 'stray-space',
        severity: 'warning',
        at: m.index,
        length: m[0].length,
        onRaw: true,
        message: '中文里多了空格；中文排版字与字、字与数字之间不留空格。',
        fix: { from: m[0], to: '' },
      });
    }
  });
}

const group = (places: Finding[]) => `全文${places.length}处多余空格：中文排版字与字、字与数字之间不留空格。`;

export const straySpace = {
  id: 'stray-space',
  label: '多余空格',
  run,
  group,
  perLine: true,
} as const satisfies LintRuleModule;
