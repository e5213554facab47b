/** The checklist pages' blocks when the option is on, after last year's report (for 去年承诺) has loaded. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Report } from '../../../electron/core/report-model.ts';
import { api } from '../../api.ts';
import { checkBlocks } from './check-blocks.ts';

export function useChecklistBlocks(report: Report, on: boolean) {
  // null: still loading; undefined: there is none.
  const [previous, setPrevious] = useState<Report | undefined | null>(report.previousId ? null : undefined);
  useEffect(() => {
    if (!on || previous !== null || !report.previousId) return;
    let live = true;
    void api()
      .getReport(report.previousId)
      .then((r) => live && setPrevious(r.ok ? r.value : undefined))
      .catch(() => live && setPrevious(undefined));
    return () => {
      live = false;
    };
  }, [on, previous]);
  return useMemo(
    () => (on && previous !== null ? checkBlocks(report, previous, new Date()) : null),
    [on, previous, report],
  );
}
