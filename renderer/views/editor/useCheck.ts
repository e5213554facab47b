/**
 * The report's check (checklist and findings), re-run a moment after changes stop so typing is never held up,
 * with last year's report for 去年承诺 and 照搬上年 once it has loaded. The first check, when the report opens,
 * runs here; the later ones run on the check's own thread (see check-client.ts). Results go to the parts that
 * show them through a CheckStore, not through the editor's state: the editor does not re-render for a check.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../../../electron/core/report-model.ts';
import { api, unwrap } from '../../api.ts';
import { CheckClient } from '../../check/check-client.ts';
import { CheckStore } from '../../check/check-store.ts';

/**
 * `changes` changes whenever the report does. `onPrevious` runs when last year's report arrives (every panel
 * may then offer 对比上年). `store` holds the result shown and the findings by paragraph.
 */
export function useCheck(report: Report, changes: unknown[], onPrevious: () => void) {
  const [previous, setPrevious] = useState<Report | undefined>(undefined);
  const [{ client, store }] = useState(() => {
    // Results come later than this (from the worker, or from a request), when the store is there.
    const c = new CheckClient((view) => s.show(view));
    const s = new CheckStore(c.checkNow(report));
    return { client: c, store: s };
  });
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
  return { previous, store };
}
