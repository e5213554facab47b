/**
 * A 镇 report that calls itself a 乡 ("立足乡域实际", "我乡") or the other way round: the sentence was taken
 * from another unit's report, or from before the 乡 became a 镇. The words are data (lint-words.json `unitWords`);
 * "乡镇" is the two kinds together, not a slip. Without a 乡 or 镇 name (an imported report with no title), the
 * kind the report uses most for itself is taken as its own.
 */
import { pushUnit } from '../emit.ts';
import { BODY_FIELDS, eachMatch } from '../match.ts';
import type { Ctx, LintRuleModule } from '../types.ts';
import { lintWords } from '../words.ts';

const KINDS = ['乡', '镇'] as const;
type Kind = (typeof KINDS)[number];

/** How often the report calls itself by a kind's words. */
const uses = (ctx: Ctx, kind: Kind) =>
  lintWords.unitWords[kind].reduce((n, w) => n + ctx.view.find('raw', w).length, 0);

/** The unit's own kind: from its name, else the kind the report uses clearly more often. */
function ownKind(ctx: Ctx, name: string): Kind | undefined {
  const named = KINDS.find((k) => name.endsWith(k));
  if (named || name) return named;
  const [a, b] = [uses(ctx, '乡'), uses(ctx, '镇')];
  return a > b ? '乡' : b > a ? '镇' : undefined;
}

function run(ctx: Ctx): void {
  const name = ctx.report.unitName.trim();
  const own = ownKind(ctx, name);
  if (!own) return;
  const other = own === '乡' ? '镇' : '乡';
  const who = name ? `本报告是${name}的报告` : `本报告通篇以“${own}”自称`;
  for (const word of lintWords.unitWords[other]) {
    const to = word.replace(other, own);
    eachMatch(ctx, { pattern: word }, true, (ui, at) => {
      const u = ctx.view.units[ui];
      if (!BODY_FIELDS.has(u.field) && u.field !== 'heading') return;
      const t = u.masked;
      const k = at + word.indexOf(other);
      if (t[k + 1] === '镇' || t[k - 1] === '乡') return; // 乡镇
      pushUnit(ctx, ui, {
        rule: 'unit-word',
        severity: 'warning',
        at,
        length: word.length,
        onRaw: true,
        message: `${who}，“${word}”疑为“${to}”（可能沿用了其他单位的文字）。`,
        fix: { from: word, to },
      });
    });
  }
}

export const unitWord = { id: 'unit-word', label: '单位称谓', run } as const satisfies LintRuleModule;
