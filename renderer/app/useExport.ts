/**
 * Writing the open report to a file: the Word export with its review step first, and the PDF (printed from the
 * preview). The state is what the export dialogs show.
 */
import { useState } from 'preact/hooks';
import type { ExportResult, IpcResult } from '../../electron/contract.ts';
import { exportReview, needsReview, type ExportReview } from '../../electron/core/export-review.ts';
import type { Report } from '../../electron/core/report-model.ts';
import type { Settings } from '../../electron/core/settings.ts';
import { exportFontWarning } from '../../electron/core/fonts.ts';
import { api } from '../api.ts';
import type { Flush } from './useFlush.ts';
import type { useEditorFixes } from './useEditorFixes.ts';
import type { View } from './view.ts';

export type ExportState = { kind: 'Word' | 'PDF' } & (
  { phase: 'working' } | { phase: 'done'; result: ExportResult } | { phase: 'failed'; message: string }
);

/** The review step before a Word export, with the report it is about and any missing fonts of the preset. */
export type Review = ExportReview & { report: Report; fonts?: string | null };

/** The warning when this PC lacks the chosen preset's fonts (null when it has them or the list is not known). */
async function fontWarning(settings: Settings): Promise<string | null> {
  const r = await api()
    .listFonts()
    .catch(() => null);
  return r?.ok && r.value.installed.length ? exportFontWarning(settings.fontPreset, r.value.installed) : null;
}

interface Deps {
  /** the view at the moment of the command */
  currentView(): View;
  settings: Settings;
  flush: Flush;
  /** 全部改正 and jumping to the form from the review (useEditorFixes) */
  fixes: Pick<ReturnType<typeof useEditorFixes>, 'fixAll' | 'jumpToForm'>;
  onError(message: string): void;
}

export function useExport({ currentView, settings, flush, fixes, onError }: Deps) {
  const [exporting, setExporting] = useState<ExportState | null>(null);
  const [review, setReview] = useState<Review | null>(null);

  const run = async (kind: ExportState['kind'], write: () => Promise<IpcResult<ExportResult>>) => {
    setExporting({ kind, phase: 'working' });
    const r = await write();
    if (r.ok) setExporting({ kind, phase: 'done', result: r.value });
    else if (r.error.code === 'CANCELLED') setExporting(null);
    else setExporting({ kind, phase: 'failed', message: r.error.message });
  };
  const writeDocx = async (report: Report) => {
    setReview(null);
    await run('Word', () => api().exportDocx(report.id));
  };
  const exportDocx = async () => {
    const v = currentView();
    if (v.name !== 'editor' && v.name !== 'preview') return onError('请先打开一份报告，再导出 Word。');
    // The preview of a version: that version's Word file, as the 版本 panel writes it.
    const version = v.name === 'preview' ? v.version : undefined;
    if (version) return run('Word', () => api().exportVersionDocx(version.editing.id, version.id));
    if (!(await flush())) return onError('报告尚未保存成功，暂不能导出。请先解决保存问题。');
    // The review step: what a county reviewer would send back, before the file goes out.
    const found = exportReview(v.report, { boldHeadings: settings.boldHeadings });
    const fonts = await fontWarning(settings);
    if (needsReview(found) || fonts) return setReview({ ...found, report: v.report, fonts });
    await writeDocx(v.report);
  };
  /** 全部改正后导出: the mechanical fixes first, saved, then the file. */
  const fixAllThenExport = async (r: Review) => {
    if (!(await fixes.fixAll(r.report, r.fixable))) {
      setReview(null);
      return onError('改正后的报告尚未保存成功，暂不能导出。请先解决保存问题。');
    }
    await writeDocx(r.report);
  };
  const exportPdf = (report: Report, versionId?: string) =>
    run('PDF', () => (versionId ? api().exportVersionPdf(report.id, versionId) : api().printToPdf(report.id)));

  return {
    exporting,
    review,
    exportDocx,
    writeDocx,
    fixAllThenExport,
    /** close the review and go to a place in the form */
    jumpFromReview: ((...at) => {
      setReview(null);
      fixes.jumpToForm(...at);
    }) satisfies typeof fixes.jumpToForm,
    exportPdf,
    closeReview: () => setReview(null),
    closeExport: () => setExporting(null),
  };
}
