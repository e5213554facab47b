/**
 * The report's check (checklist and findings), re-run a moment after changes stop so typing is never held up,
 * with last year's report for 去年承诺 and 照搬上年 once it has loaded. The first check, when the report opens,
 * runs here; the later ones run on the check's own thread (see check-client.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../../../electron/core/report-model.ts';
import { api, unwrap } from '../../api.ts';
import { CheckClient } from '../../check/check-client.ts';
import type { CheckView } from '../../check/replies.ts';

/**
 * `changes` changes whenever the report does. `onPrevious` runs when last year's report arrives (every panel
 * may then offer 对比上年). `check` is the result shown with the findings by paragraph; `runs` counts the results
 * shown since the report opened.
 */
export function useCheck(report: Report, changes: unknown[], onPrevious: () => void) {
  const [previous, setPrevious] = useState<Report | undefined>(undefined);
  const shown = useRef<(view: CheckView) => void>(() => undefined);
  const [client] = useState(() => new CheckClient((view) => shown.current(view)));
  const [check, setCheck] = useState(() => ({ view: client.checkNow(report), runs: 0 }));
  shown.current = (view) => setCheck((s) => ({ view, runs: s.runs + 1 }));
  useEffect(() => () => client.dispose(), []);
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
    const t = setTimeout(() => client.request(report, previous), 300);
    return () => clearTimeout(t);
  }, [...changes, previous]);
  return { previous, check: check.view, runs: check.runs };
}
