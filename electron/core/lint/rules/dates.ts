/** Dates in the 公文 form: 2026年1月15日, not 2026-01-15 or 2026年01月05日. */
import { pushUnit } from '../emit.ts';
import type { Ctx, LintRuleModule } from '../types.ts';
import { chineseDate } from '../../dates.ts';

const ISO_DATE = /(?<![0-9０-９])((?:19|20)\d{2})([-/.．])(\d{1,2})\2(\d{1,2})(?![0-9０-９]|[.．]\d)/g;
const CN_DATE = /(?<![0-9０-９])((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?/g;
const CN_MONTH_DAY = /(?<![0-9０-９年])(\d{1,2})月(\d{1,2})日/g;

/** A date in the 公文 form: 2026年1月15日 (no leading zeros). */
const cnDate = (y: string, m: string, d?: string) =>
  chineseDate(Number(y), Number(m), d === undefined ? undefined : Number(d));
const validMonthDay = (m: string, d?: string) =>
  Number(m) >= 1 && Number(m) <= 12 && (d === undefined || (Number(d) >= 1 && Number(d) <= 31));

/** Dates written other than as 2026年1月15日, with their replacement (in masked text: addresses are skipped). */
export function badDates(masked: string): Array<{ index: number; from: string; to: string }> {
  if (!/\d/.test(masked)) return [];
  const out: Array<{ index: number; from: string; to: string }> = [];
  for (const m of masked.matchAll(ISO_DATE)) {
    if (!validMonthDay(m[3], m[4])) continue;
    out.push({ index: m.index!, from: m[0], to: cnDate(m[1], m[3], m[4]) });
  }
  for (const m of masked.matchAll(CN_DATE)) {
    const lead = /^0/.test(m[2]) || (m[3] !== undefined && /^0/.test(m[3]));
    if (lead && validMonthDay(m[2], m[3])) out.push({ index: m.index!, from: m[0], to: cnDate(m[1], m[2], m[3]) });
  }
  for (const m of masked.matchAll(CN_MONTH_DAY)) {
    if ((/^0/.test(m[1]) || /^0/.test(m[2])) && validMonthDay(m[1], m[2])) {
      out.push({ index: m.index!, from: m[0], to: `${Number(m[1])}月${Number(m[2])}日` });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function run(ctx: Ctx): void {
  ctx.view.units.forEach((u, i) => {
    for (const d of badDates(u.masked)) {
      pushUnit(ctx, i, {
        rule: 'date-format',
        severity: 'warning',
        at: d.index,
        length: d.from.length,
        onRaw: true,
        message: `日期“${d.from}”应写作“${d.to}”（公文日期用阿拉伯数字写全年月日，月、日不加“0”）。`,
        fix: d,
      });
    }
  });
}

export const dates = { id: 'date-format', label: '日期格式', run, perLine: true } as const satisfies LintRuleModule;
