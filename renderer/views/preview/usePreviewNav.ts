/**
 * Moving about the preview: the scale of the chosen zoom (kept as the window is resized), the page at the top of
 * the view, going to a page, and PageUp/PageDown a page at a time.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { zoomScale, type Zoom } from './zoom.ts';
import { modalOpen } from '../../components/Dialog.tsx';

const sheets = (pages: HTMLElement | null) => [...(pages?.querySelectorAll<HTMLElement>('.pv-page') ?? [])];

/** The sheet showing at the top third of the scroller (1-based). */
function pageInView(scroller: HTMLElement, pages: HTMLElement | null): number {
  const line = scroller.getBoundingClientRect().top + scroller.clientHeight / 3;
  const all = sheets(pages);
  let n = 1;
  all.forEach((p, i) => {
    if (p.getBoundingClientRect().top <= line) n = i + 1;
  });
  return n;
}

export function usePreviewNav(zoom: Zoom, pagesRef: { current: HTMLDivElement | null }, relaid: unknown[]) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  const [page, setPage] = useState(1);
  const [total, setTotal] = useState(0);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const fit = () => setScale(zoomScale(zoom, el.clientWidth, el.clientHeight));
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, [zoom]);

  // The count includes the checklist pages, which are laid out after the report's.
  useEffect(() => setTotal(sheets(pagesRef.current).length), [...relaid, scale]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setPage(pageInView(el, pagesRef.current)));
    };
    el.addEventListener('scroll', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', onScroll);
    };
  }, []);

  const goTo = (n: number) => {
    const all = sheets(pagesRef.current);
    const target = all[Math.min(Math.max(1, Math.round(n)), all.length) - 1];
    const el = scroller.current;
    if (!target || !el) return;
    el.scrollTop += target.getBoundingClientRect().top - el.getBoundingClientRect().top - 8;
    setPage(all.indexOf(target) + 1);
  };
  const goRef = useRef(goTo);
  goRef.current = goTo;
  const pageRef = useRef(page);
  pageRef.current = page;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (modalOpen() || e.ctrlKey || e.altKey || e.metaKey) return;
      if (e.key !== 'PageDown' && e.key !== 'PageUp') return;
      e.preventDefault();
      goRef.current(pageRef.current + (e.key === 'PageDown' ? 1 : -1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return { scroller, scale, page, total, goTo };
}
