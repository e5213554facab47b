/** The bar below the form: total characters, unit and year, save status. */
import { memo } from 'preact/compat';
import type { Report } from '../../../electron/core/report-model.ts';
import { reportChars } from '../../../electron/core/text.ts';
import { statusText, type SaveStatus } from '../../autosave.ts';

interface Props {
  report: Report;
  status: SaveStatus;
  /** moves with every change to the report (the count is worked out again only then, not for a check result) */
  version: number;
}

export const StatusBar = memo(
  function StatusBar({ report, status }: Props) {
    return (
      <footer class="statusbar">
        <span>
          全文 <b class="total-chars">{reportChars(report).toLocaleString('zh-CN')}</b> 字
        </span>
        <span>
          {report.unitName} · {report.year} 年度
        </span>
        <span class={`save-status ${status.kind}`}>{statusText(status)}</span>
      </footer>
    );
  },
  (a, b) => a.report === b.report && a.status === b.status && a.version === b.version,
);
