/**
 * A text box: the page's own and a dialog's. While the caret is in one, Ctrl+Z and the 编辑 menu's 撤销/重做 are
 * the box's own fine-grained undo (the browser's), not the report's steps.
 */
export function isTextBox(el: EventTarget | null): boolean {
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && (el.type === 'text' || el.type === 'search' || el.type === 'number');
}
