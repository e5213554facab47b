/**
 * A required section (catalogue `required`) with no text at all. An empty 第一责任人 part whose account stands
 * under another heading is a hint to give it its own part, not an error: the content exists.
 */
import { specFor } from '../../catalogue.ts';
import { evalChief } from '../../checklist/chief.ts';
import { Lookup } from '../../checklist/lookup.ts';
import { checklistSpec } from '../../checklist/spec.ts';
import type { Evidence } from '../../checklist/types.ts';
import { hasContent } from '../../numbering.ts';
import { pushSection } from '../emit.ts';
import type { Ctx, LintRuleModule } from '../types.ts';

/** Where the body gives the chief's account, when it does. */
function chiefAccountElsewhere(ctx: Ctx): Evidence | undefined {
  const spec = checklistSpec.items.find((i) => i.rule === 'chief');
  if (!spec) return undefined;
  const r = evalChief(spec, new Lookup(ctx.view));
  return r.state === 'missing' ? undefined : (r.evidence ?? { label: '正文', excerpt: '' });
}

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
    const elsewhere = s.key === 'chief' ? chiefAccountElsewhere(ctx) : undefined;
    pushSection(ctx, s.id, {
      rule: 'section-empty',
      severity: elsewhere ? 'info' : 'error',
      message: elsewhere
        ? `第一责任人履职情况写在“${elsewhere.label}”；按规定宜单列“${heading}”一部分，把这些内容移到这里。`
        : `必写部分“${heading}”没有内容；按规定年度报告必须写这一部分。`,
      label: `〔${heading}〕`,
      order: (next < 0 ? ctx.view.units.length : next) * 1e6 - 1,
    });
  });
}

export const emptySections = { id: 'section-empty', label: '必写部分为空', run } as const satisfies LintRuleModule;
