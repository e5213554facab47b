/**
 * Where the cursor was in the paragraph box last left: 插入正文 on a statistic puts the field there. Positions are
 * in the box's text (fields shown as values). Kept while the app runs; a paragraph since removed is ignored.
 */
export interface Caret {
  paragraphId: string;
  start: number;
  end: number;
}

let last: Caret | null = null;

export function rememberCaret(paragraphId: string, box: HTMLTextAreaElement): void {
  last = { paragraphId, start: box.selectionStart, end: box.selectionEnd };
}

export function setCaret(caret: Caret): void {
  last = caret;
}

export const lastCaret = (): Caret | null => last;
