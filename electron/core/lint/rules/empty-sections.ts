/** A required section (catalogue `required`) with no text at all. */
import { specFor } from '../../catalogue.ts';
import { hasContent } from '../../numbering.ts';
import { pushSection } from '../emit.ts';
import type { Ctx, LintRuleModule } from '../types.ts';

function run(ctx: Ctx): void {
  ctx.report.sections.forEach((s, k) => {
    const spec = specFor(s.key);
    if (!spec?.required || hasContent(s)) return;
    const heading =
      s.heading.trim() ||
      spec.heading.replaceAll('{nextYear}', String(ctx.year + 1)).replaceAll('{year}', String(ctx.year));
    // In document order: just before the first line of the next top-level section.
    const next = ctx.view.units.findIndex(
      (u) => u.sectionId !== undefined && ctx.view.sections.get(u.sectionId)!.rootIndex > k,
    );
    pushSection(ctx, s.id, {
      rule: 'section-empty',
      severity: 'error',
      message: `必写部分“${heading}”没有内容；按规定年度报告必须写这一部分。`,
      label: `〔${heading}〕`,
      order: (next < 0 ? ctx.view.units.length : next) * 1e6 - 1,
    });
  });
}

export const emptySections = { id: 'section-empty', label: '必写部分为空', run } as const satisfies LintRuleModule;
