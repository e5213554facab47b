/**
 * Bring a place in the form into view and flash it: the paragraph, else the section, else the first panel of
 * the given catalogue keys; with nothing to go by, the signature part (the formalities live there).
 */
export function jumpTo(sectionId: string | undefined, paragraphId: string | undefined, keys: string[]): void {
  let target: HTMLElement | null = null;
  if (paragraphId) target = document.querySelector(`[data-pid="${CSS.escape(paragraphId)}"]`);
  if (!target && sectionId) target = document.getElementById(`sec-${sectionId}`);
  if (!target) {
    for (const k of keys) {
      target = document.querySelector(`section.panel[data-key="${CSS.escape(k)}"]`);
      if (target) break;
    }
  }
  if (!target && keys.length === 0 && !sectionId) target = document.getElementById('part-sign');
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.classList.remove('flash');
  // Reading the width restarts the flash animation.
  void target.offsetWidth;
  target.classList.add('flash');
  (target.querySelector('textarea') as HTMLTextAreaElement | null)?.focus({ preventScroll: true });
}
