/** Fit the page width into the window (never enlarged; print is always at 100 %). */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { L, MM_TO_PX } from './page-geometry.ts';

export function useFitScale() {
  const scroller = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const fit = () => {
      const avail = el.clientWidth - 32;
      setScale(Math.min(1, Math.max(0.3, avail / (L.page.widthMm * MM_TO_PX))));
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return { scroller, scale };
}
