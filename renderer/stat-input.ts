/** Reading a statistic typed by the user: a number, non-negative, percentages 0–100, with a Chinese message. */
import type { Stat } from '../electron/core/report-model.ts';
import { isPrintableFigure } from '../electron/core/limits.ts';

export type StatParse = { ok: true; value: number | null } | { ok: false; message: string };

/** Parse the text of a statistic input. Empty means "not filled in". Full-width digits are accepted. */
export function parseStatInput(text: string, kind: Stat['kind']): StatParse {
  const t = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[,，]/g, '')
    .replace(/[%％]$/, '');
  if (t === '') return { ok: true, value: null };
  if (!/^-?\d+(\.\d+)?$/.test(t))
    return { ok: false, message: '请填写数字，例如 12 或 98.5（“余”等字样请写在正文里）' };
  const v = Number(t);
  if (v < 0) return { ok: false, message: '不能是负数' };
  if (kind === 'percent' && v > 100) return { ok: false, message: '百分比应在 0 到 100 之间' };
  if (kind === 'count' && !Number.isInteger(v)) return { ok: false, message: '次数、件数应为整数' };
  // The same bound the saved report has: a figure this large would print as 1e+21 in the Word file.
  if (!isPrintableFigure(v)) return { ok: false, message: '数字太大，最多 1 万亿' };
  return { ok: true, value: v };
}
