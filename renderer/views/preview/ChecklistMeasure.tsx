/** The checklist blocks laid out once, unseen, at the text block's width, so their heights can be read. */
import type { Ref } from 'preact';
import type { CheckBlock } from './check-blocks.ts';
import { CheckBlockView } from './CheckBlockView.tsx';
import { CheckHead } from './CheckHead.tsx';

export function ChecklistMeasure({ blocks, measure }: { blocks: CheckBlock[]; measure: Ref<HTMLDivElement> }) {
  return (
    <div class="pv-measure" ref={measure} aria-hidden="true">
      <div class="pv-ref-h" />
      <div class="pv-check-body">
        <div data-head="item">
          <CheckHead table="item" />
        </div>
        <div data-head="finding">
          <CheckHead table="finding" />
        </div>
        {blocks.map((b, i) => (
          <div key={i} data-i={i}>
            <CheckBlockView b={b} />
          </div>
        ))}
      </div>
    </div>
  );
}
