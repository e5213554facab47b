/**
 * Deal the checklist blocks onto pages: measured once in the unseen layout, then split by height, with a
 * table's header repeated where it continues on a new page. Null until measured.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fillPages } from '../../preview-pages.ts';
import { tableOf, type CheckBlock } from './check-blocks.ts';

export function useChecklistPagination(blocks: CheckBlock[]) {
  const measure = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<number[][] | null>(null);
  useLayoutEffect(() => {
    setPages(null);
  }, [blocks]);
  useLayoutEffect(() => {
    if (pages || !measure.current) return;
    const box = measure.current;
    const height = (sel: string) => box.querySelector<HTMLElement>(sel)?.getBoundingClientRect().height ?? 0;
    const heights = blocks.map((_, i) => height(`[data-i="${i}"]`));
    const heads = { item: height('[data-head="item"]'), finding: height('[data-head="finding"]') };
    const pageHeight = height('.pv-ref-h');
    setPages(
      fillPages(heights, pageHeight, (i) => {
        const t = tableOf(blocks[i]);
        return t && tableOf(blocks[i - 1]) === t ? heads[t] : 0;
      }),
    );
  }, [pages, blocks]);
  return { measure, pages };
}
