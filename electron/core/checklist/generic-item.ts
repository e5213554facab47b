/**
 * The generic rule for a standard item: a cue is looked for in the body as printed (outside the plan and
 * shortfalls); an item with figures expected is 'covered' only when a sentence holding a cue also gives a
 * figure for the report year, states a zero (未发生 …), or one of the item's statistics is filled in.
 */
import type { PeriodMention } from '../text/periods.ts';
import { quoteList, type Hit, type Lookup } from './lookup.ts';
import type { ChecklistItemSpec } from './spec.ts';
import type { Computed } from './types.ts';

/** The item is written about, but no sentence gives a figure for the report year. */
function withoutFigure(spec: ChecklistItemSpec, look: Lookup, hits: Hit[]): Computed {
  const first = hits[0];
  const stat = look.filledStat(spec.stats);
  if (stat) {
    return {
      state: 'covered',
      reason: `正文写到了“${first.cue}”，数字见统计表“${stat.label}”${stat.value}${stat.unit}。`,
      evidence: look.evidence(first.unit, first.span),
    };
  }
  const stale = hits.map((h) => look.otherPeriod(h)).find((p): p is PeriodMention => p !== null);
  const reason = stale
    ? `只写了“${stale.match}”的情况，没有${look.year}年度的数字（应写：${spec.figures}）。`
    : `写到了“${first.cue}”，但没有数字（应写：${spec.figures}）。`;
  return { state: 'partial', reason, evidence: look.evidence(first.unit, first.span) };
}

export function evalGeneric(spec: ChecklistItemSpec, look: Lookup): Computed {
  const hits = look.ordered(look.bodyHits(spec.cues), spec.sectionKeys);
  if (!hits.length) {
    const stat = look.filledStat(spec.stats);
    if (stat) {
      return {
        state: 'partial',
        reason: `统计表已填写“${stat.label}”${stat.value}${stat.unit}，但正文没有写到这一项。`,
      };
    }
    return { state: 'missing', reason: `正文没有写到这一项（可写：${quoteList(spec.cues)}等）。` };
  }
  const first = hits[0];
  if (!spec.figures) {
    return { state: 'covered', reason: `正文写到了“${first.cue}”。`, evidence: look.evidence(first.unit, first.span) };
  }
  const withFigure = hits.find((h) => look.figure(h) && !look.otherPeriod(h));
  if (withFigure) {
    return {
      state: 'covered',
      reason: `正文写到了“${withFigure.cue}”，并给出了数字。`,
      evidence: look.evidence(withFigure.unit, withFigure.span),
    };
  }
  const zero = spec.zeroCues?.length
    ? hits.find((h) => !look.otherPeriod(h) && spec.zeroCues!.some((z) => look.sentence(h).includes(z)))
    : undefined;
  if (zero) {
    return {
      state: 'covered',
      reason: `正文写明了本年度没有发生（0件也是数字）。`,
      evidence: look.evidence(zero.unit, zero.span),
    };
  }
  return withoutFigure(spec, look, hits);
}
