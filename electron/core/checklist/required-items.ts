/**
 * The four required (M) items have their own rules: 第一责任人 (chief.ts), 不足和原因,
 * 下一年度安排 (names the next year) and the formalities (主送机关、落款、成文日期).
 */
import { evalChief } from './chief.ts';
import type { Lookup } from './lookup.ts';
import type { ChecklistItemSpec } from './spec.ts';
import type { Computed } from './types.ts';

/** 存在的不足和原因: any text in the section states the shortfalls; covered only when causes are given too. */
function evalShortfalls(spec: ChecklistItemSpec, look: Lookup): Computed {
  const units = look.unitsWithKey('shortfalls');
  if (!units.length) return { state: 'missing', reason: '“存在的不足和原因”部分还没有写（必写部分）。' };
  for (const cue of spec.reasonCues ?? []) {
    const hit = look.hits(cue).find((h) => units.includes(h.unit));
    if (hit)
      return {
        state: 'covered',
        reason: `写了不足，也分析了原因（“${cue}”）。`,
        evidence: look.evidence(hit.unit, hit.span),
      };
  }
  return {
    state: 'partial',
    reason: '列了不足，但没有分析原因；按规定须写“存在的不足和原因”，每条不足后写明主观、客观原因。',
    evidence: look.evidence(units[0]),
  };
}

/** 下一年度安排: covered when the plan section (heading or text) names the next year. */
function evalNextYear(_spec: ChecklistItemSpec, look: Lookup): Computed {
  const paras = look.unitsWithKey('plan');
  const next = `${look.year + 1}年`;
  if (!paras.length) return { state: 'missing', reason: `还没有写${next}度的主要安排（必写部分）。` };
  const all = look.unitsWithKey('plan', ['heading', 'paragraph']);
  const named = all.find((u) => look.view.units[u].text.includes(next));
  if (named !== undefined)
    return { state: 'covered', reason: `写了下一年度安排，并写明了“${next}”。`, evidence: look.evidence(named) };
  return {
    state: 'partial',
    reason: `写了下一步安排，但没有写明年份“${next}”（标题或正文应点明${next}度）。`,
    evidence: look.evidence(paras[0]),
  };
}

/** 主送机关、落款单位、成文日期 all present. */
function evalFormalities(_spec: ChecklistItemSpec, look: Lookup): Computed {
  const r = look.view.report;
  const missing: string[] = [];
  if (!r.recipient.trim()) missing.push('主送机关');
  if (!r.signature.units.some((u) => u.trim())) missing.push('落款单位');
  if (!r.signature.date) missing.push('成文日期');
  if (!missing.length) return { state: 'covered', reason: '主送机关、落款单位、成文日期齐全。' };
  const state = missing.length === 3 ? 'missing' : 'partial';
  return {
    state,
    reason: `缺少${missing.join('、')}。报告须写明主送机关（县委、县政府），落款署党委、政府名称并写成文日期。`,
  };
}

/** The evaluator of each special rule named in assets/checklist.json. */
export const REQUIRED_RULES = {
  chief: evalChief,
  shortfalls: evalShortfalls,
  'next-year': evalNextYear,
  formalities: evalFormalities,
} as const;
