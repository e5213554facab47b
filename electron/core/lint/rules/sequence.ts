/** 一是、二是 … within a section: no number skipped, none repeated. A new paragraph may restart at 一是. */
import { CN_NUMERALS, chineseNumeral, parseChineseNumeral } from '../../text/chinese.ts';
import { pushUnit } from '../emit.ts';
import { BODY_FIELDS } from '../match.ts';
import type { Ctx, LintRuleModule } from '../types.ts';

/** What may stand before an enumeration marker: start of text, punctuation or a space. */
const ENUM_BOUNDARY = '。；;：:，,！？!?“"（( \t\u3000';

/** Enumeration markers in a text: "一是" … "十九是" at the start or after punctuation. */
function enumMarkers(text: string): Array<{ at: number; n: number; text: string }> {
  const out: Array<{ at: number; n: number; text: string }> = [];
  for (let i = text.indexOf('是'); i >= 0; i = text.indexOf('是', i + 1)) {
    let a = i;
    while (a > 0 && i - a < 3 && CN_NUMERALS.includes(text[a - 1])) a -= 1;
    if (a === i || (a > 0 && !ENUM_BOUNDARY.includes(text[a - 1]))) continue;
    const n = parseChineseNumeral(text.slice(a, i));
    if (Number.isFinite(n)) out.push({ at: a, n, text: text.slice(a, i + 1) });
  }
  return out;
}

/** Body lines that may hold markers, grouped by section (the 导语 is one group). */
function groups(ctx: Ctx): Iterable<number[]> {
  const byKey = new Map<string, number[]>();
  ctx.view.units.forEach((u, i) => {
    if (!BODY_FIELDS.has(u.field) || !u.text.includes('是')) return;
    const key = u.sectionId ?? u.field;
    const g = byKey.get(key);
    if (g) g.push(i);
    else byKey.set(key, [i]);
  });
  return byKey.values();
}

const cn = (n: number) => `“${chineseNumeral(n)}是”`;

/** Check one group's markers in order; `expected` is the number the next marker should carry. */
function checkGroup(ctx: Ctx, list: number[]): void {
  let expected = 1;
  for (const ui of list) {
    let inUnit = 0;
    for (const m of enumMarkers(ctx.view.units[ui].text)) {
      const { n, at } = m;
      const found = { rule: 'sequence', severity: 'warning', at, length: m.text.length } as const;
      if (n === expected) expected += 1;
      else if (n === 1 && inUnit === 0)
        expected = 2; // a new list in a new paragraph
      else if (n < expected) {
        const message = `“${m.text}”与前文重复：前面已经写到${cn(expected - 1)}，这里应为${cn(expected)}。`;
        pushUnit(ctx, ui, { ...found, message });
        expected = n + 1;
      } else {
        const missing = Array.from({ length: n - expected }, (_, k) => cn(expected + k)).join('、');
        pushUnit(ctx, ui, { ...found, message: `“${m.text}”之前缺少${missing}：序号跳号。` });
        expected = n + 1;
      }
      inUnit += 1;
    }
  }
}

function run(ctx: Ctx): void {
  for (const list of groups(ctx)) checkGroup(ctx, list);
}

export const sequence = { id: 'sequence', label: '“一是、二是”序号', run } as const satisfies LintRuleModule;
