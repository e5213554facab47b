/**
 * The report's check (checklist and findings), re-run a moment after changes stop so typing is never held up,
 * with last year's report for 去年承诺 and 照搬上年 once it has loaded.
 */
import { useEffect, useState } from 'preact/hooks';
import { checkReport, type CheckResult } from '../../../electron/core/check.ts';
import type { Report } from '../../../electron/core/report-model.ts';
import { api, unwrap } from '../../api.ts';
import { toSimplified } from '../../simplified.ts';

/**
 * `changes` changes whenever the report does. `onPrevious` runs when last year's report arrives (every panel
 * may then offer 对比上年).
 */
export function useCheck(report: Report, changes: unknown[], onPrevious: () => void) {
  const [previous, setPrevious] = useState<Report | undefined>(undefined);
  const [check, setCheck] = useState<CheckResult>(() => checkReport(report, { toSimplified }));
  useEffect(() => {
    if (!report.previousId) return;
    unwrap(api().getReport(report.previousId)).then(
      (p) => {
        setPrevious(p);
        onPrevious();
      },
      () => undefined,
    );
  }, [report.previousId]);
  useEffect(() => {
    const t = setTimeout(() => setCheck(checkReport(report, { previous, toSimplified })), 300);
    return () => clearTimeout(t);
  }, [...changes, previous]);
  return { previous, check };
}
