/** The reports, or why there are none yet; one report at a time can be renamed in place. */
import { useState } from 'preact/hooks';
import type { Report, ReportSummary } from '../../../electron/core/report-model.ts';
import { applyYearMentions, yearMentions, type YearMention } from '../../../electron/core/year-mentions.ts';
import { api, unwrap } from '../../api.ts';
import { askAnotherReport, sameUnitAndYear } from './another-report.ts';
import { ReportItem } from './ReportItem.tsx';
import { YearDialog } from './YearDialog.tsx';
import { sortByDue, type DueDates } from '../../../electron/core/due.ts';
import { useToday } from '../../useToday.ts';

interface Props {
  /** null while the list is being read */
  items: ReportSummary[] | null;
  onOpen(id: string): void;
  onError(message: string): void;
  /** run a change to the list, then read it again */
  act(change: Promise<unknown>): Promise<void>;
  onDelete(report: ReportSummary): void;
  /** the county's own deadlines from 设置 */
  dueDates?: DueDates;
}

export function ReportList({ items, onOpen, onError, act, onDelete, dueDates }: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const today = useToday();
  const [title, setTitle] = useState('');
  const [years, setYears] = useState<{ report: Report; mentions: YearMention[] } | null>(null);
  const carry = async (id: string) => {
    // 新建下一年度 twice makes two reports of one year: say which one exists and let the user choose.
    const from = items?.find((r) => r.id === id);
    const there = from && sameUnitAndYear(items, from.unitName, from.year + 1);
    if (there && !(await askAnotherReport(there))) return;
    try {
      const next = await unwrap(api().carryForward(id));
      // Last year's years in the text are reviewed before anything changes (年份更新).
      const mentions = yearMentions(next);
      if (mentions.length) setYears({ report: next, mentions });
      else onOpen(next.id);
    } catch (e) {
      onError((e as Error).message);
    }
  };
  const applyYears = async (report: Report, chosen: YearMention[]) => {
    setYears(null);
    try {
      if (applyYearMentions(report, chosen) > 0) await unwrap(api().saveReport(report));
    } catch (e) {
      onError(`年份未能更新：${(e as Error).message}`);
    }
    onOpen(report.id);
  };
  // The review of the years covers the list until the new report opens.
  if (years)
    return (
      <YearDialog
        report={years.report}
        mentions={years.mentions}
        onApply={(chosen) => void applyYears(years.report, chosen)}
        onSkip={() => {
          setYears(null);
          onOpen(years.report.id);
        }}
      />
    );
  if (items === null) return <p>正在读取…</p>;
  if (items.length === 0) return <p class="empty">还没有报告。点击“新建报告”开始。</p>;
  return (
    <ul class="report-list">
      {(today ? sortByDue(items, today, dueDates) : items).map((r) => (
        <ReportItem
          key={r.id}
          report={r}
          today={today}
          dueDates={dueDates}
          renaming={renaming === r.id ? title : null}
          onTitle={setTitle}
          onStartRename={() => {
            setRenaming(r.id);
            setTitle(r.title);
          }}
          onRename={() => {
            setRenaming(null);
            void act(api().renameReport(r.id, title));
          }}
          onCancelRename={() => setRenaming(null)}
          onOpen={() => onOpen(r.id)}
          onCarry={() => void carry(r.id)}
          onDuplicate={() => void act(api().duplicateReport(r.id))}
          onDelete={() => onDelete(r)}
        />
      ))}
    </ul>
  );
}
