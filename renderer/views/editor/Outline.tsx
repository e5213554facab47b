/** The outline on the left: the head part, every section with its number and count, and the signature part. */
import { memo } from 'preact/compat';
import type { Section } from '../../../electron/core/report-model.ts';
import { sectionChars } from '../../../electron/core/text.ts';
import type { Ctx } from './ctx.ts';

const go = (id: string) => document.getElementById(id)?.scrollIntoView({ block: 'start' });

interface ItemProps {
  section: Section;
  depth: number;
  number: string | undefined;
  /** the section's version (see Ctx.versions): moves when its heading or anything inside it changed */
  version: number;
  epoch: number;
  ctx: Ctx;
}

/** One row, memoized like the panels: a keystroke re-renders the rows of the edited section and its ancestors. */
const OutlineItem = memo(
  function OutlineItem({ section: s, depth, number, ctx }: ItemProps) {
    return (
      <li class={`depth-${depth} ${number ? '' : 'empty'}`}>
        <a
          href="#"
          onClick={(e) => {
            e.preventDefault();
            go(`sec-${s.id}`);
          }}
        >
          <span class="num">{number ?? '○'}</span>
          {/* A long heading is cut with … here: the whole of it shows on hover. */}
          <span class="text" title={s.heading}>
            {s.heading || '未命名小节'}
          </span>
          <span class="count">{sectionChars(s)}</span>
        </a>
        {depth < 2 && s.children.length > 0 && <ul>{s.children.map((c) => outlineItem(ctx, c, depth + 1))}</ul>}
      </li>
    );
  },
  (a, b) =>
    a.section === b.section &&
    a.depth === b.depth &&
    a.number === b.number &&
    a.version === b.version &&
    a.epoch === b.epoch,
);

function outlineItem(ctx: Ctx, s: Section, depth: number) {
  return (
    <OutlineItem
      key={s.id}
      section={s}
      depth={depth}
      number={ctx.numbers.get(s.id)}
      version={ctx.versions.get(s.id) ?? 0}
      epoch={ctx.epoch}
      ctx={ctx}
    />
  );
}

export function Outline({ ctx }: { ctx: Ctx }) {
  return (
    <nav class="outline" aria-label="章节导航">
      <ul>
        <li>
          <a
            href="#"
            onClick={(e) => {
              e.preventDefault();
              go('part-head');
            }}
          >
            <span class="num">▪</span>
            <span class="text">标题、主送机关、导语</span>
          </a>
        </li>
        {ctx.report.sections.map((s) => outlineItem(ctx, s, 1))}
        <li>
          <a
            href="#"
            onClick={(e) => {
              e.preventDefault();
              go('part-sign');
            }}
          >
            <span class="num">▪</span>
            <span class="text">落款与成文日期</span>
          </a>
        </li>
      </ul>
    </nav>
  );
}
