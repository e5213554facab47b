/** 空话: a sub-area of 举措和成效 whose text gives no figure at all. */
import { specFor } from '../../catalogue.ts';
import { hasFigure } from '../../text/figures.ts';
import type { SectionInfo } from '../../text/report-view.ts';
import { pushUnit } from '../emit.ts';
import type { Ctx, LintRuleModule } from '../types.ts';

/** The paragraphs of each sub-area of 举措和成效, with the sub-area's heading line (-1 when it has none). */
function subAreas(ctx: Ctx): Map<string, { units: number[]; heading: number }> {
  const bySub = new Map<string, { units: number[]; heading: number }>();
  ctx.view.units.forEach((u, i) => {
    if (u.top !== 'measures' || !u.sectionId) return;
    const sub = ctx.view.sections.get(u.sectionId)?.subAreaId;
    if (!sub) return;
    let g = bySub.get(sub);
    if (!g) bySub.set(sub, (g = { units: [], heading: -1 }));
    if (u.field === 'heading' && u.sectionId === sub && g.heading < 0) g.heading = i;
    if (u.field === 'paragraph') g.units.push(i);
  });
  return bySub;
}

/** What figures the user could add: filled statistics first, else the catalogue's figures for the area. */
function hint(info: SectionInfo): string {
  const filled = info.section.stats.filter((s) => s.value !== null);
  if (filled.length) return `统计表已填写${filled.map((s) => `“${s.label}”`).join('、')}，可用“插入”把数字写进正文。`;
  const figures = (specFor(info.section.key)?.figures ?? []).map((f) => `“${f.label}”`).join('、');
  return `可写${figures || '次数、件数、人次等'}。`;
}

function run(ctx: Ctx): void {
  const { view } = ctx;
  for (const [sub, g] of subAreas(ctx)) {
    if (!g.units.length || g.units.some((i) => hasFigure(view.units[i].text))) continue;
    pushUnit(ctx, g.heading >= 0 ? g.heading : g.units[0], {
      rule: 'no-figure',
      severity: 'warning',
      at: 0,
      length: 0,
      message: `这一分项只有表述，没有一个数字（空话）；${hint(view.sections.get(sub)!)}`,
    });
  }
}

export const noFigure = { id: 'no-figure', label: '空话（无数字）', run } as const satisfies LintRuleModule;
