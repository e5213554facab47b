/**
 * 第一责任人 (`chief`): covered by an account of what the unit's own 党政主要负责人 did, not by a slogan. The
 * account is one sentence naming the actor (书记, 乡镇长, 主要负责人 …) and, after it, a concrete action (主持,
 * 召开, 听取, 述法 …); a figure or a date in that sentence makes it covered, else partial. A village 党支部书记, a 副书记
 * or a 书记 who only heads a leading group (任组长) is not that actor. Without a named actor, an action in the
 * 第一责任人 part, or in a paragraph that invokes 第一责任人, is partial.
 */
import { hasFigure } from '../text/figures.ts';
import type { Hit, Lookup } from './lookup.ts';
import type { ChecklistItemSpec } from './spec.ts';
import type { Computed } from './types.ts';

/** A dated action ("于9月30日主持召开…") is as concrete as a count. */
const DATE = /\d{1,2}月\d{1,2}日/;

/** Marks that end the phrase an actor title belongs to ("乡党委书记、乡长" are two actors). */
const PHRASE_BREAK = /[、，,；;。：:（）()\s]/;

/** The text of the phrase before an actor title: "村党支部" in "各村党支部书记". */
function phraseBefore(text: string, at: number): string {
  let a = at;
  while (a > 0 && !PHRASE_BREAK.test(text[a - 1])) a -= 1;
  return text.slice(a, at);
}

/** An actor hit that is the unit's own chief, acting in this sentence (not a village secretary, not 任组长). */
function ownChief(spec: ChecklistItemSpec, look: Lookup, h: Hit): boolean {
  const text = look.view.units[h.unit].text;
  const before = phraseBefore(text, h.off);
  if (spec.actorNotAfter?.some((w) => before.includes(w))) return false;
  const after = text.slice(h.off + h.cue.length, h.span[1]);
  return !spec.actorNotBefore?.some((w) => after.slice(0, w.length + 8).includes(w));
}

/** The part of the sentence from the actor on, when it holds an action: the account, else null. */
function accountOf(spec: ChecklistItemSpec, look: Lookup, h: Hit): string | null {
  if (!ownChief(spec, look, h)) return null;
  const rest = look.view.units[h.unit].text.slice(h.off + h.cue.length, h.span[1]);
  return (spec.actionCues ?? []).some((a) => rest.includes(a)) ? rest : null;
}

function chiefAccount(spec: ChecklistItemSpec, look: Lookup, accounts: Array<{ hit: Hit; rest: string }>): Computed {
  const withFigure = accounts.find((a) => hasFigure(a.rest) || DATE.test(a.rest));
  if (withFigure) {
    return {
      state: 'covered',
      reason: '写了党政主要负责人本人履职的具体做法，并给出了数字。',
      evidence: look.evidence(withFigure.hit.unit, withFigure.hit.span),
    };
  }
  const first = accounts[0].hit;
  const stat = look.filledStat(spec.stats);
  if (stat) {
    return {
      state: 'covered',
      reason: `写了党政主要负责人本人履职的具体做法，数字见统计表“${stat.label}”${stat.value}${stat.unit}。`,
      evidence: look.evidence(first.unit, first.span),
    };
  }
  return {
    state: 'partial',
    reason: `写了党政主要负责人本人履职的做法，但没有数字（应写：${spec.figures}）。`,
    evidence: look.evidence(first.unit, first.span),
  };
}

/** No sentence names who did what: partial, or missing with the slogan named when there is one. */
function chiefWithoutAccount(spec: ChecklistItemSpec, look: Lookup): Computed {
  const chiefUnits = look.unitsWithKey('chief').filter((u) => look.view.units[u].field === 'paragraph');
  const slogans = look.bodyHits(spec.sloganCues ?? []);
  // The 导语 only announces the work ("落实…第一责任人职责"); an account stands in the body.
  const bodySlogans = slogans.filter((h) => look.view.units[h.unit].field === 'paragraph');
  const invokes = new Set([...chiefUnits, ...bodySlogans.map((h) => h.unit)]);
  const action = look.bodyHits(spec.actionCues ?? []).find((h) => invokes.has(h.unit));
  if (action) {
    return {
      state: 'partial',
      reason: '写了履行第一责任人职责的具体做法，但没有写明是党委书记、乡（镇）长本人（谁亲自部署、主持会议、述法）。',
      evidence: look.evidence(action.unit, action.span),
    };
  }
  if (chiefUnits.length) {
    return {
      state: 'missing',
      reason:
        '第一责任人部分只有原则性表述，没有写党委书记、乡（镇）长本人做了什么（亲自部署、亲自过问、主持专题会议、年终述法等）。',
    };
  }
  const slogan = slogans[0];
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

export function evalChief(spec: ChecklistItemSpec, look: Lookup): Computed {
  const inChief = (h: Hit) => look.view.units[h.unit].keys.includes('chief');
  const accounts = look
    .bodyHits(spec.cues)
    .map((hit) => ({ hit, rest: accountOf(spec, look, hit) }))
    .filter((a): a is { hit: Hit; rest: string } => a.rest !== null)
    .sort((a, b) => Number(inChief(b.hit)) - Number(inChief(a.hit)) || a.hit.unit - b.hit.unit);
  return accounts.length ? chiefAccount(spec, look, accounts) : chiefWithoutAccount(spec, look);
}
