/**
 * Bidirectional control characters (U+202A–202E, U+2066–2069, U+200E/200F, U+061C): invisible in the form, but
 * in Word an override such as U+202E prints the text after it reversed. They arrive by pasting from web pages or
 * chat tools; Chinese official text has no use for them. The export leaves them out (sanitizeText), and this rule
 * makes sure that is never silent: each run is an error in the checks and in the review before export, with a fix
 * that removes it.
 */
import { BIDI_CONTROLS } from '../../text.ts';
import { pushUnit } from '../emit.ts';
import type { Ctx, LintRuleModule } from '../types.ts';

const BIDI = new RegExp(`[${BIDI_CONTROLS}]+`, 'g');
const ANY = new RegExp(`[${BIDI_CONTROLS}]`);

/** The excerpt with the controls shown as a visible mark, so that the finding itself is not printed reversed. */
const shown = (excerpt: string) => excerpt.replace(BIDI, '⇄');

function run(ctx: Ctx): void {
  ctx.view.units.forEach((u, i) => {
    if (!ANY.test(u.raw)) return;
    for (const m of u.raw.matchAll(BIDI)) {
      const f = pushUnit(ctx, i, {
        rule: 'bidi',
        severity: 'error',
        at: m.index,
        length: m[0].length,
        onRaw: true,
        message: `有${m[0].length}个看不见的文字方向控制符（⇄），会让 Word 里的文字顺序颠倒；导出时会去掉，请删除。`,
        fix: { from: m[0], to: '' },
      });
      f.excerpt = shown(f.excerpt);
    }
  });
}

export const bidi = { id: 'bidi', label: '文字方向控制符', run, perLine: true } as const satisfies LintRuleModule;
