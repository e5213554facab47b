/** Move a section up or down among its siblings; delete it when it is one of the user's own. */
import type { Section } from '../../../electron/core/report-model.ts';
import type { Ctx } from './ctx.ts';
import { deleteSection } from './deletions.ts';

function move<T>(arr: T[], i: number, d: number): void {
  const j = i + d;
  if (j < 0 || j >= arr.length) return;
  [arr[i], arr[j]] = [arr[j], arr[i]];
}

interface Props {
  section: Section;
  parent: Section | null;
  siblings: Section[];
  index: number;
  ctx: Ctx;
}

export function SectionTools({ section, parent, siblings, index, ctx }: Props) {
  const shift = (d: number) => {
    move(siblings, index, d);
    ctx.touch(parent);
  };
  return (
    <>
      <button type="button" title="上移" aria-label="上移" disabled={index === 0} onClick={() => shift(-1)}>
        ↑
      </button>
      <button
        type="button"
        title="下移"
        aria-label="下移"
        disabled={index === siblings.length - 1}
        onClick={() => shift(1)}
      >
        ↓
      </button>
      {section.key === null && (
        <button
          type="button"
          class="danger"
          title="删除本小节"
          aria-label="删除小节"
          onClick={() => void deleteSection(ctx, section, parent, siblings)}
        >
          删除
        </button>
      )}
    </>
  );
}
