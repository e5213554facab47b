/**
 * A word or mark typed twice ("的的", "推进推进", "，，", "。。"): a slip from editing. Only characters that are
 * never doubled in running text are checked (assets/lint-words.json `doubled.chars`), since most doubled
 * characters are word boundaries ("委员会会议", "学习习近平") or reduplication ("层层压实"); a doubled
 * two-character word is checked everywhere. `doubled.allowed` lists the reduplications that are words.
 */
import { pushUnit } from '../emit.ts';
import type { Ctx, LintRuleModule } from '../types.ts';
import { lintWords } from '../words.ts';

const escapeClass = (s: string) => s.replace(/[\]\\^-]/g, '\\$&');
const MARKS = '，。、；：？！';
/** a doubled mark, a doubled never-doubled character, or a doubled two-character word */
const DOUBLED = new RegExp(
  `([${MARKS}])\\1+|([${lintWords.doubled.chars.map(escapeClass).join('')}])\\2|([\\u4e00-\\u9fff]{2})\\3`,
  'g',
);
const FIELDS = new Set(['title', 'preamble', 'paragraph', 'heading']);

/** Whether the doubled text at `at` is part of an allowed reduplication (的的确确) or an AABB form. */
function allowedAt(text: string, at: number, found: string): boolean {
  if (
    found.length === 2 &&
    ((text[at + 2] && text[at + 2] === text[at + 3]) || (at >= 2 && text[at - 2] === text[at - 1]))
  )
    return true;
  for (const p of lintWords.doubled.allowed) {
    for (let j = p.indexOf(found); j >= 0; j = p.indexOf(found, j + 1)) if (text.startsWith(p, at - j)) return true;
  }
  return false;
}

function run(ctx: Ctx): void {
  ctx.view.units.forEach((u, i) => {
    if (!FIELDS.has(u.field)) return;
    for (const m of u.masked.matchAll(DOUBLED)) {
      const found = m[0];
      if (!m[1] && allowedAt(u.masked, m.index, found)) continue;
      const once = m[1] ?? m[2] ?? m[3];
      const message = m[1]
        ? `标点“${found}”重复，只应保留一个“${once}”。`
        : `“${found}”重复，疑为多打了一个“${once}”。`;
      pushUnit(ctx, i, {
        rule: 'doubled',
        severity: 'warning',
        at: m.index,
        length: found.length,
        onRaw: true,
        message,
        fix: { from: found, to: once },
      });
    }
  });
}

export const doubled = { id: 'doubled', label: '重复字词和标点', run } as const satisfies LintRuleModule;
