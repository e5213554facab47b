/** What the window shows: the report library, the guided form, the print preview or settings. */
import type { Report } from '../../electron/core/report-model.ts';

export type View =
  | { name: 'library'; creating?: boolean }
  | EditorView
  /**
   * with `version`: the preview of a version's text, printed or saved as PDF as that version; `back`: the editor
   * as the user left it for the preview of the open report, to go back to
   */
  | { name: 'preview'; report: Report; then?: PrintTarget; version?: PreviewedVersion; back?: EditorView }
  | { name: 'settings' }
  | { name: 'county'; year?: number }
  /** a township opened from the county matrix: at one item's evidence (`columnId`), or the whole row (null) */
  | { name: 'county-report'; entryId: string; unitName: string; columnId: string | null; year: number };

/**
 * The form of a report. `versionsAt`: the 版本 panel is open at that version (back from its preview);
 * `versionsOpen`: the panel is open, as the user left it.
 */
export interface EditorView {
  name: 'editor';
  report: Report;
  versionsAt?: string;
  versionsOpen?: boolean;
}

/** A version shown in the preview: its id, how it is named, and the open report to go back to. */
export interface PreviewedVersion {
  id: string;
  label: string;
  editing: Report;
}

/** What the preview is opened to do once its pages are laid out. */
export type PrintTarget = 'print' | 'pdf';
