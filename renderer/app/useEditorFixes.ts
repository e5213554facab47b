/**
 * 全部改正 from outside the editor (the review before export): through the open editor's own fixAll when it is
 * mounted, so its panels re-render and the change is one of its edits; with no editor (from the preview), on
 * the report itself, saved at once.
 */
import { useRef } from 'preact/hooks';
import { applyFixes, type Finding } from '../../electron/core/lint/index.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { api } from '../api.ts';
import { jumpTo } from '../views/editor/jump.ts';
import type { Flush } from './useFlush.ts';
import type { View } from './view.ts';

export type EditorFixAll = (findings: Finding[]) => void;

interface Deps {
  flush: Flush;
  currentView(): View;
  setView(view: View): void;
}

export function useEditorFixes({ flush, currentView, setView }: Deps) {
  const ref = useRef<EditorFixAll | null>(null);
  const bindFixAll = (f: EditorFixAll | null) => {
    ref.current = f;
  };
  /** Apply and save; false when the save did not succeed. */
  const fixAll = async (report: Report, findings: Finding[]): Promise<boolean> => {
    if (ref.current) {
      ref.current(findings);
      return flush();
    }
    Object.assign(report, applyFixes(report, findings));
    const r = await api().saveReport(report);
    if (r.ok) report.updatedAt = r.value.savedAt;
    // The preview lays out the report it was given: a new object makes it lay out the fixed text.
    const v = currentView();
    if (v.name === 'preview') setView({ ...v, report: { ...report } });
    return r.ok;
  };
  /** From the review before export to a place in the form (back from the preview first). */
  const jumpToForm: typeof jumpTo = (sectionId, paragraphId, keys, field) => {
    const v = currentView();
    if (v.name === 'preview') setView({ name: 'editor', report: v.report });
    // After the render the form is there to scroll to.
    setTimeout(() => jumpTo(sectionId, paragraphId, keys, field), 0);
  };
  return { bindFixAll, fixAll, jumpToForm };
}
