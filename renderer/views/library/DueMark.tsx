/** A report's stage and what is due next, as the library marks it: 报送 还有 5 天, 公开 已逾期 3 天, 已公开. */
import { daysText, DUE_LABEL, dueItems, nextDue, type DueDates } from '../../../electron/core/due.ts';
import { progressOf } from '../../../electron/core/progress.ts';
import type { ReportSummary } from '../../../electron/core/report-model.ts';
import { stageLabel } from '../../../electron/core/versions/model.ts';
import { dueLimits } from '../../../electron/core/due.ts';

export function DueMark({ report, today, dueDates }: { report: ReportSummary; today: string; dueDates?: DueDates }) {
  const items = dueItems(report, today, dueDates);
  const next = nextDue(items);
  const stage = stageLabel(progressOf(report).stage);
  const allDone = items.every((i) => i.done);
  const level = !next
    ? ''
    : next.daysLeft < 0
      ? 'overdue'
      : next.daysLeft <= dueLimits.noticeWithinDays
        ? 'soon'
        : 'open';
  return (
    <span class="due-mark">
      {stage && <span class="stage-tag">{stage}</span>}
      {next && (
        <span class={`due-tag ${level}`} data-due={next.kind}>
          {DUE_LABEL[next.kind]}：{daysText(next.daysLeft)}
        </span>
      )}
      {allDone && <span class="due-tag done">已报送、已公开</span>}
    </span>
  );
}
