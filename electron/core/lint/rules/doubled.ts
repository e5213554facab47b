/**
 * A word or mark typed twice ("的的", "，，", "。。"): a slip from editing. Only characters that are never doubled
 * in running text are checked (assets/lint-words.json `doubled.chars`), since most doubled characters are word
 * boundaries ("委员会会议", "学习习近平") or reduplication ("层层压实"); `doubled.allowed` lists the
 * reduplications of those characters that are words (的的确确). Found through the report's phrase index, so the
 * rule costs a few look-ups, not a scan of the text.
 */
import { pushUnit } from '../emit.ts';
import { eachMatch } from '../match.ts';
import type { Ctx, LintRuleModule } from '../types.ts';
import type { WordEntry } from '../words.ts';
import { lintWords } from '../words.ts';

const MARKS = new Set('，。、；：？！');
/** One literal entry per character or mark written twice. */
const PAIRS: Array<{ entry: WordEntry; once: string; mark: boolean }> = [
  ...[...MARKS].map((c) => ({ entry: { pattern: c + c }, once: c, mark: true })),
  ...lintWords.doubled.chars.map((c) => ({ entry: { pattern: c + c }, once: c, mark: false })),
];
const FIELDS = new Set(['title', 'preamble', 'paragraph', 'heading']);

/** Whether the doubled character at `at` is part of an allowed reduplication (的的确确) or an AABB form. */
function allowedAt(text: string, at: number, found: string): boolean {
  if ((text[at + 2] && text[at + 2] === text[at + 3]) || (at >= 2 && text[at - 2] === text[at - 1])) return true;
  for (const p of lintWords.doubled.allowed) {
    for (let j = p.indexOf(found); j >= 0; j = p.indexOf(found, j + 1)) if (text.startsWith(p, at - j)) return true;
  }
  return false;
}

function run(ctx: Ctx): void {
  for (const { entry, once, mark } of PAIRS) {
    eachMatch(ctx, entry, true, (ui, at) => {
      const u = ctx.view.units[ui];
      const t = u.masked;
      if (!FIELDS.has(u.field) || t[at - 1] === once) return; // a longer run is reported from its start
      let end = at + 2;
      if (mark) while (t[end] === once) end++;
      const found = t.slice(at, end);
      if (!mark && allowedAt(t, at, found)) return;
      pushUnit(ctx, ui, {
        rule: 'doubled',
        severity: 'warning',
        at,
        length: found.length,
        onRaw: true,
        message: mark ? `标点“${found}”重复，只应保留一个“${once}”。` : `“${found}”重复，疑为多打了一个“${once}”。`,
        fix: { from: found, to: once },
      });
    });
  }
}

export const doubled = { id: 'doubled', label: '重复字词和标点', run } as const satisfies LintRuleModule;
