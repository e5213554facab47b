/**
 * Print preview: the report laid out on A4 pages with the numbers of electron/core/layout.ts, printed from here.
 * (First version: one block per planned paragraph; see the e2e tests for what it must show.)
 */
import { useEffect } from 'preact/hooks';
import type { Report } from '../../electron/core/report-model.ts';
import type { Settings } from '../../electron/core/settings.ts';
import { planDocument } from '../../electron/core/page-plan.ts';

export interface PreviewProps {
  report: Report;
  settings: Settings;
  /** the report's last-saved time (ISO) for the draft footer */
  savedAt: string;
  onClose(): void;
  onPrint(): void;
  onPdf(): void;
  /** called once the pages are laid out (printing waits for it) */
  onReady(): void;
}

export function Preview({ report, settings, onClose, onPrint, onPdf, onReady }: PreviewProps) {
  useEffect(() => onReady(), []);
  const plan = planDocument(report, { boldHeadings: settings.boldHeadings });
  return (
    <div class="preview-view">
      <header class="toolbar no-print">
        <button type="button" onClick={onClose}>← 返回编辑</button>
        <h1>打印预览</h1>
        <button type="button" onClick={onPrint}>打印</button>
        <button type="button" onClick={onPdf}>导出 PDF</button>
      </header>
      <div class="preview-pages">
        {plan.map((p, i) => <p key={i}>{p.texts.join('')}</p>)}
      </div>
    </div>
  );
}
