/**
 * One section of the form with its sub-sections: head, hint, 对比上年, figures, paragraphs. Panels are memoized
 * and re-render only when their own section, number or place changed (see Ctx.touch); inside a panel that
 * re-renders, only the paragraphs whose own text or place changed do. A check result re-renders no panel: each
 * paragraph editor watches its own findings.
 */
import { useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import { customSection, specFor } from '../../../electron/core/catalogue.ts';
import { previousSection } from '../../../electron/core/previous-section.ts';
import { MAX_DEPTH, type Section } from '../../../electron/core/report-model.ts';
import { newId } from '../../../electron/core/ids.ts';
import { Compare } from './Compare.tsx';
import type { Ctx } from './ctx.ts';
import { PanelHead } from './PanelHead.tsx';
import { ParagraphEditor } from './ParagraphEditor.tsx';
import { SectionHint } from './SectionHint.tsx';
import { StatField } from './StatField.tsx';

interface PanelProps {
  section: Section;
  parent: Section | null;
  siblings: Section[];
  index: number;
  depth: number;
  ctx: Ctx;
  /** changes whenever this section or anything inside it changed */
  version: number;
  number: string | undefined;
  epoch: number;
}

const samePanel = (a: PanelProps, b: PanelProps) =>
  a.section === b.section &&
  a.version === b.version &&
  a.number === b.number &&
  a.index === b.index &&
  a.siblings.length === b.siblings.length &&
  a.epoch === b.epoch &&
  a.depth === b.depth;

const SectionPanel = memo(function SectionPanel(props: PanelProps) {
  const { section, depth, ctx, number } = props;
  const spec = specFor(section.key);
  const [compare, setCompare] = useState(false);
  const before = ctx.previous ? previousSection(ctx.previous, section) : undefined;
  const add = (fn: () => void) => () => {
    fn();
    ctx.touch(section);
  };
  return (
    <section
      class={`panel depth-${depth}`}
      id={`sec-${section.id}`}
      data-key={section.key ?? 'custom'}
      aria-label={section.heading || '未命名小节'}
    >
      <PanelHead {...props} compare={before ? { on: compare, toggle: () => setCompare(!compare) } : null} />
      {spec && <SectionHint spec={spec} year={ctx.report.year} />}
      {compare && before && <Compare before={before} after={section} />}
      {section.stats.length > 0 && (
        <div class="stats">
          {section.stats.map((s) => (
            <StatField key={s.id} stat={s} ctx={ctx} section={section} />
          ))}
        </div>
      )}
      <div class="paragraphs">
        {section.paragraphs.map((p, i) => (
          <ParagraphEditor
            key={p.id}
            paragraph={p}
            text={p.text}
            inherited={!!p.inherited}
            index={i}
            section={section}
            heading={section.heading}
            number={number}
            fields={p.text.includes('{{') ? props.version : 0}
            epoch={props.epoch}
            ctx={ctx}
          />
        ))}
        <button type="button" class="add" onClick={add(() => section.paragraphs.push({ id: newId(), text: '' }))}>
          ＋ 添加段落
        </button>
        {depth < MAX_DEPTH && (
          <button type="button" class="add" onClick={add(() => section.children.push(customSection()))}>
            ＋ 添加下级小节
          </button>
        )}
      </div>
      {section.children.map((c, i) => sectionPanel(ctx, c, section, section.children, i, depth + 1))}
    </section>
  );
}, samePanel);

/** The panel of `section` at its place in the tree. */
export function sectionPanel(
  ctx: Ctx,
  section: Section,
  parent: Section | null,
  siblings: Section[],
  index: number,
  depth: number,
) {
  return (
    <SectionPanel
      key={section.id}
      section={section}
      parent={parent}
      siblings={siblings}
      index={index}
      depth={depth}
      ctx={ctx}
      version={ctx.versions.get(section.id) ?? 0}
      number={ctx.numbers.get(section.id)}
      epoch={ctx.epoch}
    />
  );
}
