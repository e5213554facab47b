/** What the window shows: the report library, the guided form, the print preview or settings. */
import type { Report } from '../../electron/core/report-model.ts';
import type { CountyCell } from '../../electron/core/county/matrix.ts';

export type View =
  | { name: 'library'; creating?: boolean }
  | { name: 'editor'; report: Report }
  | { name: 'preview'; report: Report; then?: PrintTarget }
  | { name: 'settings' }
  | { name: 'county'; year?: number }
  | { name: 'county-report'; entryId: string; unitName: string; item: string; cell: CountyCell; year: number };

/** What the preview is opened to do once its pages are laid out. */
export type PrintTarget = 'print' | 'pdf';
