/**
 * The print preview on its own, for `npm run pdf` (electron/cli/pdf-cli.ts): the same Preview component and pages
 * the app prints from, given a report, settings and this PC's fonts in a JSON script element instead of the app's
 * store. Headless Chromium prints it to PDF once the pages are laid out (`.preview-view.ready`).
 */
import { render } from 'preact';
import type { Report } from '../../electron/core/report-model.ts';
import type { Settings } from '../../electron/core/settings.ts';
import { Preview } from '../views/preview/Preview.tsx';
import { rememberOptions } from '../views/preview/options.ts';

/** What the command line puts into the page. */
export interface PrintInput {
  report: Report;
  settings: Settings;
  savedAt: string;
  draft: boolean;
  installedFonts?: string[];
}

const input = JSON.parse(document.getElementById('print-input')!.textContent ?? '{}') as PrintInput;
// Printing ignores the on-screen zoom (preview.css); 100 % keeps the page as it prints in a screenshot too.
rememberOptions({ draft: input.draft, lineNumbers: false, checklist: false, zoom: 100 });
const noop = () => undefined;
render(
  <div class="app">
    <Preview
      report={input.report}
      settings={input.settings}
      savedAt={input.savedAt}
      installedFonts={input.installedFonts}
      onClose={noop}
      onPrint={noop}
      onPdf={noop}
      onReady={noop}
    />
  </div>,
  document.getElementById('app')!,
);
