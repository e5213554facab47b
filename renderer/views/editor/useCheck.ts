/**
 * The report's check (checklist and findings), re-run a moment after changes stop so typing is never held up,
 * with last year's report for 去年承诺 and 照搬上年 once it has loaded. The first check, when the report opens,
 * runs here; the later ones run on the check's own thread (see check-client.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkReport } from '../../../electron/core/check.ts';
import type { Report } from '../../../electron/core/report-model.ts';
import { api, unwrap } from '../../api.ts';
import { toSimplified } from '../../simplified.ts';
import { CheckClient } from '../../check/check-client.ts';

/**
 * `changes` changes whenever the report does. `onPrevious` runs when last year's report arrives (every panel
 * may then offer 对比上年). `runs` counts the results shown since the report opened.
 */
export function useCheck(report: Report, changes: unknown[], onPrevious: () => void) {
  const [previous, setPrevious] = useState<Report | undefined>(undefined);
  const [check, setCheck] = useState(() => ({ result: checkReport(report, { toSimplified }), runs: 0 }));
  const client = useRef<CheckClient | null>(null);
  useEffect(() => {
    const c = new CheckClient((result) => setCheck((s) => ({ result, runs: s.runs + 1 })));
    client.current = c;
    return () => c.dispose();
  }, []);
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
    const t = setTimeout(() => client.current?.request(report, previous), 300);
    return () => clearTimeout(t);
  }, [...changes, previous]);
  return { previous, check: check.result, runs: check.runs };
}
