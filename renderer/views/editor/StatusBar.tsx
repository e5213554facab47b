/** The bar below the form: total characters, unit and year, save status. */
import type { Report } from '../../../electron/core/report-model.ts';
import { reportChars } from '../../../electron/core/text.ts';
import { statusText, type SaveStatus } from '../../autosave.ts';

export function StatusBar({ report, status }: { report: Report; status: SaveStatus }) {
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
}
