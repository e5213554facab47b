/**
 * A sequence number at the start of a body paragraph written in a broken form: a bracket missing ("（一加强",
 * "一）加强", "（1加强") or "1、" where GB/T 9704 writes "1." (层次序数 一、（一）1.（1）). Mechanical, fixed in place.
 * Heading numbers are generated, so a typed one is the heading-number rule's business.
 */
import { pushUnit } from '../emit.ts';
import type { Ctx, LintRuleModule } from '../types.ts';

const CN = '一二三四五六七八九十';
/** An opening bracket with no closing one, a closing one with no opening one, or 1、. */
const BROKEN = new RegExp(`^(?:[（(]([${CN}]+|\\d{1,2})(?![${CN}\\d]*[）)])|([${CN}]+|\\d{1,2})[）)]|(\\d{1,2})、)`);

function repaired(m: RegExpExecArray): { to: string; message: string } {
  if (m[1] !== undefined) return { to: `（${m[1]}）`, message: `序号“${m[0]}”缺少后半个括号，应为“（${m[1]}）”。` };
  if (m[2] !== undefined) return { to: `（${m[2]}）`, message: `序号“${m[0]}”缺少前半个括号，应为“（${m[2]}）”。` };
  return {
    to: `${m[3]}.`,
    message: `序号“${m[0]}”应写作“${m[3]}.”：阿拉伯数字序号后用圆点（层次序数为一、（一）1.（1））。`,
  };
}

function run(ctx: Ctx): void {
  ctx.view.units.forEach((u, i) => {
    if (u.field !== 'paragraph' && u.field !== 'preamble') return;
    const m = BROKEN.exec(u.masked);
    if (!m) return;
    const { to, message } = repaired(m);
    pushUnit(ctx, i, {
      rule: 'number-form',
      severity: 'warning',
      at: 0,
      length: m[0].length,
      onRaw: true,
      message,
      fix: { from: m[0], to },
    });
  });
}

export const numberForm = {
  id: 'number-form',
  label: '序号格式',
  run,
  perLine: true,
} as const satisfies LintRuleModule;
