/** The checklist as A4 pages after the report, each with its own page number and the draft marks. */
import { useEffect } from 'preact/hooks';
import { tableOf, type CheckBlock } from './check-blocks.ts';
import { CheckBlockView } from './CheckBlockView.tsx';
import { CheckHead } from './CheckHead.tsx';
import { ChecklistMeasure } from './ChecklistMeasure.tsx';
import type { Options } from './options.ts';
import { useChecklistPagination } from './useChecklistPagination.ts';
import { Watermark } from './Watermark.tsx';

interface Props {
  blocks: CheckBlock[];
  opts: Options;
  footer: string;
  onLaidOut(): void;
}

export function ChecklistPages({ blocks, opts, footer, onLaidOut }: Props) {
  const { measure, pages } = useChecklistPagination(blocks);
  useEffect(() => {
    if (pages) onLaidOut();
  }, [pages]);

  if (!pages) return <ChecklistMeasure blocks={blocks} measure={measure} />;
  return (
    <>
      {pages.map((group, k) => {
        const first = blocks[group[0]];
        const head = tableOf(first) && tableOf(blocks[group[0] - 1]) === tableOf(first) ? tableOf(first) : null;
        return (
          <section
            key={k}
            class="pv-page pv-checklist"
            data-checklist-page={k + 1}
            aria-label={`检查清单第 ${k + 1} 页`}
          >
            {opts.draft && <Watermark />}
            <div class="pv-check-body">
              {head && <CheckHead table={head} />}
              {group.map((i) => (
                <CheckBlockView key={i} b={blocks[i]} />
              ))}
            </div>
            <div class="pv-check-pn">
              检查清单　第 {k + 1} 页　共 {pages.length} 页
            </div>
            {opts.draft && <div class="pv-draft-footer">{footer}</div>}
          </section>
        );
      })}
    </>
  );
}
