/** The box of a field outside the sections, by the label the form gives it. */
const FIELD_BOXES: Record<string, string> = {
  title: '#part-head [aria-label="标题"]',
  recipient: '#part-head [aria-label="主送机关"]',
  preamble: '#part-head [aria-label="导语"]',
  attachment: '#part-sign [aria-label="附件说明"]',
  signature: '#part-sign',
  date: '#part-sign',
};

/**
 * Bring a place in the form into view and flash it: the box of a field outside the sections (标题, 导语…), the
 * paragraph, else the section, else the first panel of the given catalogue keys; with nothing to go by, the
 * signature part (the formalities live there).
 */
export function jumpTo(
  sectionId: string | undefined,
  paragraphId: string | undefined,
  keys: string[],
  field?: string,
): void {
  let target: HTMLElement | null = null;
  if (field && FIELD_BOXES[field]) target = document.querySelector(FIELD_BOXES[field]);
  if (!target && paragraphId) target = document.querySelector(`[data-pid="${CSS.escape(paragraphId)}"]`);
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
  const box = target.matches('textarea, input') ? target : target.querySelector('textarea');
  (box as HTMLTextAreaElement | null)?.focus({ preventScroll: true });
}
