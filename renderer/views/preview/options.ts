/** The preview's options; without the draft marks and the checklist the pages are the clean final. */
import type { Zoom } from './zoom.ts';

export interface Options {
  /** watermark and the print/save footer */
  draft: boolean;
  /** line numbers in the left margin */
  lineNumbers: boolean;
  /** the checklist as extra pages */
  checklist: boolean;
  /** on screen only: a whole page readable at 1366×768 unless the user chose otherwise */
  zoom: Zoom;
}

/** The options stay as the user left them while the app runs. */
let lastOptions: Options = { draft: true, lineNumbers: false, checklist: false, zoom: 'page' };

export const rememberedOptions = (): Options => lastOptions;

export function rememberOptions(options: Options): void {
  lastOptions = options;
}
