/**
 * A second report of one unit and year (新建 or 新建下一年度 twice) is allowed but rarely meant: two reports of a
 * year are easily mixed up when checking and filing. The library says which one exists and asks first.
 */
import type { ReportSummary } from '../../../electron/core/report-model.ts';
import { ask } from '../../components/Confirm.tsx';

/** The library's report of this unit and year, if any. */
export function sameUnitAndYear(items: readonly ReportSummary[] | null, unitName: string, year: number) {
  return items?.find((r) => r.unitName === unitName && r.year === year);
}

/** True when the user still wants the new report; nothing is created when the answer is no. */
export function askAnotherReport(there: ReportSummary): Promise<boolean> {
  return ask({
    title: `已有${there.unitName}${there.year}年度的报告`,
    message: `报告库里已有《${there.title}》（${there.year}年度）。再新建一份，同一年度就有两份报告，检查和上报时容易弄混。`,
    confirm: '仍然新建',
    focus: 'cancel',
  });
}
