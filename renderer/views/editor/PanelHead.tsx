/** A section's head: its number, heading, count, and the tools to compare, move or delete it. */
import type { Section } from '../../../electron/core/report-model.ts';
import { sectionChars } from '../../../electron/core/text.ts';
import { PlainText } from '../../components/PlainText.tsx';
import type { Ctx } from './ctx.ts';
import { SectionTools } from './SectionTools.tsx';

const DEPTH_NAMES = ['', '一级标题', '二级标题', '三级标题', '四级标题'];

interface Props {
  section: Section;
  parent: Section | null;
  siblings: Section[];
  index: number;
  number: string | undefined;
  depth: number;
  ctx: Ctx;
  /** the 对比上年 toggle, shown when last year has this section */
  compare: { on: boolean; toggle(): void } | null;
}

export function PanelHead({ section, parent, siblings, index, number, depth, ctx, compare }: Props) {
  return (
    <div class="panel-head">
      <span class="number" title={number ? '序号按位置自动生成' : '本节没有正文，导出时省略'}>
        {number ?? '（空）'}
      </span>
      <PlainText
        label={DEPTH_NAMES[depth]}
        class="heading-input"
        value={section.heading}
        placeholder="小节标题"
        onChange={(v) => {
          section.heading = v.replace(/\n/g, '');
          ctx.touch(section);
        }}
      />
      <span class="count" title="本节字数（含下级）">
        {sectionChars(section)} 字
      </span>
      <span class="panel-tools">
        {compare && (
          <button
            type="button"
            class={compare.on ? 'active' : ''}
            onClick={compare.toggle}
            title="与上年报告的同一部分并排比较"
          >
            对比上年
          </button>
        )}
        <SectionTools section={section} parent={parent} siblings={siblings} index={index} ctx={ctx} />
      </span>
    </div>
  );
}
