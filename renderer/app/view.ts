/** What the window shows: the report library, the guided form, the print preview or settings. */
import type { Report } from '../../electron/core/report-model.ts';

export type View =
  | { name: 'library'; creating?: boolean }
  /** `restored` changes when a version replaced the report's text, so the form starts again on it */
  | { name: 'editor'; report: Report; restored?: number }
  | { name: 'preview'; report: Report; then?: PrintTarget }
  | { name: 'settings' }
  | { name: 'county'; year?: number }
  /** a township opened from the county matrix: at one item's evidence (`columnId`), or the whole row (null) */
  | { name: 'county-report'; entryId: string; unitName: string; columnId: string | null; year: number };

/** What the preview is opened to do once its pages are laid out. */
export type PrintTarget = 'print' | 'pdf';
