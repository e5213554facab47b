/**
 * Year consistency: the title names the report year, section 一 names it too, the plan names the next year,
 * and no sentence reports on another period as if it were this year's. Four rules, one per place.
 */
import { hasContent } from '../../numbering.ts';
import { isOtherPeriod, periodMentions } from '../../text/periods.ts';
import type { TextUnit } from '../../text/report-view.ts';
import { pushOther, pushUnit } from '../emit.ts';
import { BODY_FIELDS } from '../match.ts';
import type { Ctx, LintRuleModule } from '../types.ts';

/** A four-digit year written before 年. */
const YEAR = /(?:19|20)\d{2}(?=年)/g;

/** The title is empty, names another year, or does not name the report year. */
function checkTitle(ctx: Ctx): void {
  const { year } = ctx;
  const titleUnits = ctx.view.units.map((u, i) => [u, i] as const).filter(([u]) => u.field === 'title');
  if (!titleUnits.length) {
    const message = `标题为空；标题应写明单位和报告年度（如“${ctx.report.unitName}${year}年度法治政府建设工作情况报告”）。`;
    const finding = { id: 'year-title:title:0', rule: 'year-title', severity: 'error', field: 'title' } as const;
    pushOther(ctx, { ...finding, section: '标题', paragraph: 1, message, excerpt: '' }, -1);
    return;
  }
  for (const [u, i] of titleUnits) {
    for (const m of u.text.matchAll(YEAR)) {
      if (Number(m[0]) === year) continue;
      const message = `标题中的“${m[0]}年”与报告年度${year}年不一致。`;
      pushUnit(ctx, i, { rule: 'year-title', severity: 'error', at: m.index!, length: 5, message });
    }
  }
  if (
    !titleUnits
      .map(([u]) => u.text)
      .join('')
      .includes(`${year}年`)
  ) {
    const message = `标题没有写报告年度“${year}年”。`;
    pushUnit(ctx, titleUnits[0][1], { rule: 'year-title', severity: 'error', at: 0, length: 0, message });
  }
}

/** Headings (outside the plan, or inside it) naming a year other than the one they should. */
function checkHeadings(ctx: Ctx, inPlan: boolean): void {
  const want = inPlan ? ctx.year + 1 : ctx.year;
  const what = inPlan ? `下一年度安排应写${want}年` : `报告年度是${want}年`;
  ctx.view.units.forEach((u, i) => {
    if (u.field !== 'heading' || (u.top === 'plan') !== inPlan) return;
    for (const m of u.text.matchAll(YEAR)) {
      if (Number(m[0]) === want) continue;
      pushUnit(ctx, i, {
        rule: inPlan ? 'year-plan' : 'year-section',
        severity: 'error',
        at: m.index!,
        length: 5,
        message: `标题写的是“${m[0]}年”，${what}。`,
      });
    }
  });
}

/** The headings and paragraphs of the top-level section with this key, with their unit index. */
function linesOf(ctx: Ctx, top: string): Array<readonly [TextUnit, number]> {
  return ctx.view.units
    .map((u, i) => [u, i] as const)
    .filter(([u]) => u.top === top && (u.field === 'heading' || u.field === 'paragraph'));
}

/** Section 一 (举措和成效) names the report year in its heading or text, or the 导语 names it for the whole report. */
function checkMeasuresYear(ctx: Ctx): void {
  const { year } = ctx;
  // "2024年，我乡…现将有关情况报告如下" sets the year for every part that follows.
  if (ctx.view.units.some((u) => u.field === 'preamble' && u.text.includes(`${year}年`))) return;
  for (const info of ctx.view.byKey.get('measures') ?? []) {
    if (info.depth !== 1 || !hasContent(info.section)) continue;
    const own = linesOf(ctx, 'measures');
    if (!own.length || own.some(([u]) => u.text.includes(`${year}年`))) continue;
    const headingIdx = own.find(([u]) => u.field === 'heading' && u.sectionId === info.section.id)?.[1] ?? own[0][1];
    pushUnit(ctx, headingIdx, {
      rule: 'year-section',
      severity: 'warning',
      at: 0,
      length: 0,
      message: `“主要举措和成效”部分的标题和正文都没有写明报告年度“${year}年”（如“${year}年度推进法治政府建设的主要举措和成效”）。`,
    });
  }
}

/** The plan names the next year, and none of its sentences opens with another year. */
function checkPlanYear(ctx: Ctx): void {
  const next = ctx.year + 1;
  for (const info of ctx.view.byKey.get('plan') ?? []) {
    if (info.depth !== 1 || !hasContent(info.section)) continue;
    const own = linesOf(ctx, 'plan');
    if (!own.length) continue;
    if (!own.some(([u]) => u.text.includes(`${next}年`))) {
      pushUnit(ctx, own[0][1], {
        rule: 'year-plan',
        severity: 'warning',
        at: 0,
        length: 0,
        message: `下一年度安排没有写明“${next}年”；标题或正文应点明是${next}年度的安排。`,
      });
    }
    for (const [u, i] of own) {
      if (u.field !== 'paragraph') continue;
      for (const p of periodMentions(u.text)) {
        if (p.kind !== 'lead' || p.year === next) continue;
        const message = `下一年度安排写的是“${p.year}年”，应为${next}年。`;
        pushUnit(ctx, i, { rule: 'year-plan', severity: 'warning', at: p.index, length: 4, message });
      }
    }
  }
}

/** Other years used as the reporting period (outside the plan). */
function checkPeriods(ctx: Ctx): void {
  const { year } = ctx;
  ctx.view.units.forEach((u, i) => {
    if (!BODY_FIELDS.has(u.field) || u.top === 'plan') return;
    for (const p of periodMentions(u.text)) {
      if (!isOtherPeriod(p, year)) continue;
      const message =
        p.kind === 'lead'
          ? `这句以“${p.year}年”开头，报告期应为${year}年度；可能沿用了其他年度的旧稿。`
          : `以“${p.match}”作为报告期：年度报告应写${year}年度的情况和数字，其他年份只作对比。`;
      pushUnit(ctx, i, { rule: 'year-period', severity: 'warning', at: p.index, length: p.length, message });
    }
  });
}

export const yearTitle = { id: 'year-title', label: '标题年度', run: checkTitle } as const satisfies LintRuleModule;

export const yearSection = {
  id: 'year-section',
  label: '举措成效部分年度',
  run(ctx) {
    checkHeadings(ctx, false);
    checkMeasuresYear(ctx);
  },
} as const satisfies LintRuleModule;

export const yearPlan = {
  id: 'year-plan',
  label: '下一年度安排年份',
  run(ctx) {
    checkHeadings(ctx, true);
    checkPlanYear(ctx);
  },
} as const satisfies LintRuleModule;

export const yearPeriod = {
  id: 'year-period',
  label: '报告期年份',
  run: checkPeriods,
} as const satisfies LintRuleModule;
