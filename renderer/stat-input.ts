/** Reading a statistic typed by the user: a number, non-negative, percentages 0–100, with a Chinese message. */
import type { Stat } from '../electron/core/report-model.ts';

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
  return { ok: true, value: v };
}
