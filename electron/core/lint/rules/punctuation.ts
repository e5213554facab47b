/**
 * Half-width punctuation touching Chinese text: one finding per line, fixed by converting the whole line; two or
 * more lines make one group (全文 N 处半角标点) fixed in one step.
 */
import { locKey, pushUnit } from '../emit.ts';
import { convertPunctuation } from '../full-width.ts';
import { TextMemo } from '../../text/text-memo.ts';
import type { Ctx, Finding, LintRuleModule } from '../types.ts';

/** How many marks, and of which kinds, each line's finding covers (for the group's message). */
const marks = new WeakMap<Finding, { count: number; kinds: string[] }>();

/** Lines without masked spans, converted once while they stay unchanged between checks. */
const CONVERTED = new TextMemo((raw: string) => convertPunctuation(raw));

function run(ctx: Ctx): void {
  ctx.view.units.forEach((u, i) => {
    const c = u.masked === u.raw ? CONVERTED.get(u.raw) : convertPunctuation(u.raw, u.masked);
    if (!c.count) return;
    const heading = u.field === 'heading' || u.field === 'title' ? '标题' : '中文';
    const f = pushUnit(ctx, i, {
      rule: 'punctuation',
      severity: 'warning',
      at: c.first,
      length: 1,
      onRaw: true,
      message: `${heading}中有${c.count}处半角标点（${c.kinds.join(' ')}），中文里应使用全角标点（，：；（）“”）。`,
      fix: { from: u.raw, to: c.text },
    });
    // The fix replaces the whole line; the finding points at the first mark.
    if (f.fix) f.fix.offset = u.rawStart;
    f.id = `punctuation:${locKey(u)}:${u.rawStart >= 0 ? u.rawStart : 0}`;
    marks.set(f, { count: c.count, kinds: c.kinds });
  });
}

function group(places: Finding[]): string {
  let count = 0;
  const kinds = new Set<string>();
  for (const f of places) {
    const m = marks.get(f);
    count += m?.count ?? 1;
    for (const k of m?.kinds ?? []) kinds.add(k);
  }
  const list = kinds.size ? `（${[...kinds].join(' ')}）` : '';
  return `全文${count}处半角标点${list}，在${places.length}行中；中文里应使用全角标点（，：；（）“”）。`;
}

export const punctuation = {
  id: 'punctuation',
  label: '半角标点',
  run,
  group,
  perLine: true,
} as const satisfies LintRuleModule;
