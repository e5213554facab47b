/** The outline on the left: the head part, every section with its number and count, and the signature part. */
import type { Section } from '../../../electron/core/report-model.ts';
import { sectionChars } from '../../../electron/core/text.ts';
import type { Ctx } from './ctx.ts';

export function Outline({ ctx }: { ctx: Ctx }) {
  const go = (id: string) => document.getElementById(id)?.scrollIntoView({ block: 'start' });
  const item = (s: Section, depth: number) => (
    <li key={s.id} class={`depth-${depth} ${ctx.numbers.has(s.id) ? '' : 'empty'}`}>
      <a
        href="#"
        onClick={(e) => {
          e.preventDefault();
          go(`sec-${s.id}`);
        }}
      >
        <span class="num">{ctx.numbers.get(s.id) ?? '○'}</span>
        {/* A long heading is cut with … here: the whole of it shows on hover. */}
        <span class="text" title={s.heading}>
          {s.heading || '未命名小节'}
        </span>
        <span class="count">{sectionChars(s)}</span>
      </a>
      {depth < 2 && s.children.length > 0 && <ul>{s.children.map((c) => item(c, depth + 1))}</ul>}
    </li>
  );
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
        {ctx.report.sections.map((s) => item(s, 1))}
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
