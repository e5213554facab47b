/** The 成文日期 falls after the report year and before the filing deadline (assets/deadlines.json), and not after today. */
import { deadlineIso, deadlineText, deadlines, lastMonthBefore } from '../../deadlines.ts';
import { pushOther } from '../emit.ts';
import type { Ctx, Finding, LintRuleModule, Severity } from '../types.ts';
import { formatChineseDate, localIsoDate } from '../../dates.ts';

/** After every line of the document: the date belongs to the 落款. */
const ORDER = 2e12;

const shown = (iso: string) => formatChineseDate(iso) || iso;

function dateFinding(date: string, n: number, severity: Severity, message: string): Finding {
  return {
    id: `filing-date:date:${n}`,
    rule: 'filing-date',
    severity,
    field: 'date',
    section: '落款',
    paragraph: 0,
    message,
    excerpt: `成文日期 ${date}`,
  };
}

/** A warning when the date is past the filing deadline or within the report year itself. */
function deadlineMessage(date: string, y: number): string | null {
  const { filing, publication } = deadlines;
  if (date > deadlineIso(y, filing)) {
    const publish = `${publication.month}月${publication.day}日`;
    return `成文日期${shown(date)}晚于报送期限：${y}年度报告应在${deadlineText(y, filing)}前报送县委、县政府，并在${publish}前向社会公开。`;
  }
  if (date <= `${y}-12-31`) {
    return `成文日期${shown(date)}在${y}年度结束之前：年度报告应在年度结束后成文（${y + 1}年1月至${lastMonthBefore(filing)}月）。`;
  }
  return null;
}

function run(ctx: Ctx): void {
  const date = ctx.report.signature.date;
  if (!date) return;
  const late = deadlineMessage(date, ctx.year);
  if (late) pushOther(ctx, dateFinding(date, 0, 'warning', late), ORDER);
  if (!ctx.today) return;
  const t = localIsoDate(ctx.today);
  if (date > t) {
    const message = `成文日期${shown(date)}晚于今天（${shown(t)}），请核对。`;
    pushOther(ctx, dateFinding(date, 1, 'info', message), ORDER + 1);
  }
}

export const filingDate = { id: 'filing-date', label: '成文日期', run } as const satisfies LintRuleModule;
