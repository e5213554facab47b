/**
 * Once the fonts are in: squeeze any line the font sets wider than its box (half-width digits and letters are
 * not a fixed width in every font), so no line runs past the margin or into the next. Natural widths are read
 * with justification off for the moment (in the same task, so nothing is painted). Null until measured.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Letter-spacing to take off each line that overflows, by line key. */
function measureSqueeze(root: HTMLElement): Map<string, number> {
  const out = new Map<string, number>();
  root.classList.add('pv-natural');
  for (const el of root.querySelectorAll<HTMLElement>('.pv-line[data-key]')) {
    const t = el.querySelector<HTMLElement>('.pv-t');
    if (!t || !t.textContent) continue;
    const box = el.getBoundingClientRect().width;
    const over = t.getBoundingClientRect().width - box;
    if (over > 0.5) {
      const chars = [...t.textContent].length;
      const widthPt = parseFloat(el.style.width);
      out.set(el.dataset.key!, Math.ceil(((over / box) * widthPt * 1000) / chars) / 1000 + 0.01);
    }
  }
  root.classList.remove('pv-natural');
  return out;
}

/** `changes`: what re-lays the lines out (the layout, the fonts). */
export function useSqueeze(changes: unknown[]) {
  const pagesRef = useRef<HTMLDivElement>(null);
  const [squeeze, setSqueeze] = useState<Map<string, number> | null>(null);
  useEffect(() => {
    let live = true;
    void document.fonts.ready.then(() => {
      const root = pagesRef.current;
      if (!live || !root) return;
      setSqueeze(measureSqueeze(root));
    });
    return () => {
      live = false;
    };
  }, changes);
  return { pagesRef, squeeze };
}
