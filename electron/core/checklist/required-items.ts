/**
 * The four required (M) items have their own rules: 第一责任人 (an account, not a slogan), 不足和原因,
 * 下一年度安排 (names the next year) and the formalities (主送机关、落款、成文日期).
 */
import { hasFigure } from '../text/figures.ts';
import type { Lookup } from './lookup.ts';
import type { ChecklistItemSpec } from './spec.ts';
import type { Computed } from './types.ts';

/** Actor and action in one paragraph: covered with a figure (in the text or a statistic), else partial. */
function chiefAccount(spec: ChecklistItemSpec, look: Lookup, both: number[]): Computed {
  const withFigure = both.find((u) => hasFigure(look.view.units[u].text));
  if (withFigure !== undefined) {
    return {
      state: 'covered',
      reason: '写了党政主要负责人本人履职的具体做法，并给出了数字。',
      evidence: look.evidence(withFigure),
    };
  }
  const stat = look.filledStat(spec.stats);
  if (stat) {
    return {
      state: 'covered',
      reason: `写了党政主要负责人本人履职的具体做法，数字见统计表“${stat.label}”${stat.value}${stat.unit}。`,
      evidence: look.evidence(both[0]),
    };
  }
  return {
    state: 'partial',
    reason: `写了党政主要负责人本人履职的做法，但没有数字（应写：${spec.figures}）。`,
    evidence: look.evidence(both[0]),
  };
}

/** No paragraph names who did what: partial, or missing with the slogan named when there is one. */
function chiefWithoutAccount(spec: ChecklistItemSpec, look: Lookup, actionUnits: Set<number>): Computed {
  const chiefUnits = look.unitsWithKey('chief').filter((u) => look.view.units[u].field === 'paragraph');
  const actionOnly = chiefUnits.find((u) => actionUnits.has(u));
  if (actionOnly !== undefined) {
    return {
      state: 'partial',
      reason: '第一责任人部分写了具体做法，但没有写明是党委书记、乡（镇）长本人（谁亲自部署、主持会议、述法）。',
      evidence: look.evidence(actionOnly),
    };
  }
  if (chiefUnits.length) {
    return {
      state: 'missing',
      reason:
        '第一责任人部分只有原则性表述，没有写党委书记、乡（镇）长本人做了什么（亲自部署、亲自过问、主持专题会议、年终述法等）。',
    };
  }
  const slogan = look.bodyHits(spec.sloganCues ?? [])[0];
  if (slogan) {
    const s = look.sentence(slogan);
    const at = s.indexOf(slogan.cue);
    const phrase = s.slice(Math.max(0, at - 6), at + slogan.cue.length).replace(/^.*[，,、；;。]/, '');
    return {
      state: 'missing',
      reason: `只有“${phrase}”这样的口号式表述，没有写党委书记、乡（镇）长本人履行第一责任人职责做了什么。`,
    };
  }
  return { state: 'missing', reason: '没有写党政主要负责人履行推进法治建设第一责任人职责的情况（必写部分）。' };
}

/**
 * 第一责任人: covered by an account, not a slogan. A paragraph (in the chief section or anywhere in the body)
 * must name the 书记/乡长/镇长/主要负责人 together with a concrete action (亲自…, 主持, 专题会议, 专题研究, 述法);
 * with figures (专题会议次数, 述法人数) it is covered, without them partial. In the chief section itself an
 * action without naming who did it is partial. "主抓行政第一责任人" and the like alone leave it missing.
 */
function evalChief(spec: ChecklistItemSpec, look: Lookup): Computed {
  const actorUnits = new Set(look.bodyHits(spec.cues).map((h) => h.unit));
  const actionUnits = new Set(look.bodyHits(spec.actionCues ?? []).map((h) => h.unit));
  const inChief = (u: number) => look.view.units[u].keys.includes('chief');
  const both = [...actorUnits]
    .filter((u) => actionUnits.has(u))
    .sort((a, b) => Number(inChief(b)) - Number(inChief(a)) || a - b);
  return both.length ? chiefAccount(spec, look, both) : chiefWithoutAccount(spec, look, actionUnits);
}

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
