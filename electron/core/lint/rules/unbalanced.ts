/**
 * Brackets and quotes that do not pair up within a line: 《…》, （…） (either width) and “…”. A lost mark usually
 * means a title or a note was cut while editing ("《纲要2021-2025年)》").
 */
import { pushUnit } from '../emit.ts';
import type { Ctx, LintRuleModule } from '../types.ts';

const OPEN: Record<string, string> = { '《': '》', '（': '）', '(': '）', '“': '”' };
const CLOSE: Record<string, string> = { '》': '》', '）': '）', ')': '）', '”': '”' };
const MARKS = /[《》（）()“”]/g;

/** The offset of the first mark that has no partner, or -1. */
export function firstUnpaired(text: string): number {
  const stack: Array<{ want: string; at: number }> = [];
  for (const m of text.matchAll(MARKS)) {
    const c = m[0];
    if (OPEN[c]) {
      stack.push({ want: OPEN[c], at: m.index });
      continue;
    }
    const top = stack.pop();
    if (!top || top.want !== CLOSE[c]) return m.index;
  }
  return stack.length ? stack[0].at : -1;
}

const FIELDS = new Set(['title', 'preamble', 'paragraph', 'heading']);

function run(ctx: Ctx): void {
  ctx.view.units.forEach((u, i) => {
    if (!FIELDS.has(u.field)) return;
    const at = firstUnpaired(u.text);
    if (at < 0) return;
    pushUnit(ctx, i, {
      rule: 'unbalanced',
      severity: 'warning',
      at,
      length: 1,
      message: `“${u.text[at]}”没有配对的另一半；书名号、括号、引号应成对使用，请核对是否漏写或多写。`,
    });
  });
}

export const unbalanced = {
  id: 'unbalanced',
  label: '括号引号不成对',
  run,
  perLine: true,
} as const satisfies LintRuleModule;
