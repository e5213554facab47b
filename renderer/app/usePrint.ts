/** Printing goes through the preview: what is shown there is what gets printed or saved as PDF. */
import type { Report } from '../../electron/core/report-model.ts';
import { api } from '../api.ts';
import type { Flush } from './useFlush.ts';
import type { PrintTarget, View } from './view.ts';

interface Deps {
  currentView(): View;
  setView(view: View): void;
  flush: Flush;
  exportPdf(report: Report, versionId?: string): Promise<void>;
  onError(message: string): void;
}

export function usePrint({ currentView, setView, flush, exportPdf, onError }: Deps) {
  /** `versionId`: the preview shows that version, not the current text */
  const printFromPreview = async (what: PrintTarget, report: Report, versionId?: string) => {
    if (what === 'pdf') return exportPdf(report, versionId);
    const r = await api().print();
    if (!r.ok && r.error.code !== 'CANCELLED') onError(`打印失败：${r.error.message}`);
    // What was printed (and handed to the leaders) is kept as a version; a version printed is one already.
    if (r.ok && !versionId) await api().versionPrinted(report.id);
  };
  /** Show the preview of the open report, then print or export from it when asked to. */
  const preview = async (then?: PrintTarget) => {
    const v = currentView();
    if (v.name === 'preview') {
      if (then) await printFromPreview(then, v.report, v.version?.id);
      return;
    }
    if (v.name !== 'editor') return onError('请先打开一份报告，再打印。');
    await flush();
    // Back from the preview the editor is as the user left it, the 版本 panel open or closed.
    setView({ name: 'preview', report: v.report, then, back: v });
  };
  return { preview, printFromPreview };
}
