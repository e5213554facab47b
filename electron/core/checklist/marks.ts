/** The user's marks on checklist items: 已确认 and 不适用 (with a reason), and the state names shown. */
import { labels } from '../labels.ts';
import { walkSections, type Mark, type Report, type Section } from '../report-model.ts';
import { checklistSpec } from './spec.ts';
import type { ChecklistItemResult, ItemLevel, ItemState } from './types.ts';

const STATE_NAMES: Record<ItemState, string> = {
  covered: '已覆盖',
  partial: '部分覆盖',
  missing: '未覆盖',
  confirmed: '已确认',
  na: '不适用',
};

/** The Chinese name of a state, for lists and messages. */
export function stateName(state: ItemState): string {
  return STATE_NAMES[state];
}

/** A Chinese error message when a mark cannot be accepted (不适用 needs a reason), else null. */
export function validateMark(mark: Mark | undefined | null): string | null {
  if (!mark || (mark.state !== 'confirmed' && mark.state !== 'na')) return '标记无效：只能标记为“已确认”或“不适用”。';
  if (mark.state === 'na' && !(mark.reason ?? '').trim()) return '标记为“不适用”时必须写明理由。';
  return null;
}

/** What a mark is judged against: the item's level and the catalogue keys of the sections where it belongs. */
export interface MarkTarget {
  title: string;
  level: ItemLevel;
  sectionKeys: string[];
}

/** The characters of a reason that say something: no spaces, no punctuation. */
function meaningfulChars(reason: string): number {
  return [...reason.replace(/[\s\p{P}\p{S}]/gu, '')].length;
}

function hasBody(section: Section): boolean {
  for (const { section: s } of walkSections([section])) if (s.paragraphs.some((p) => p.text.trim())) return true;
  return false;
}

/** Whether the report has no text in any section where the item belongs (a missing section counts as empty). */
export function itemSectionsEmpty(report: Report, keys: string[]): boolean {
  if (!keys.length) return false;
  for (const { section } of walkSections(report.sections))
    if (section.key && keys.includes(section.key) && hasBody(section)) return false;
  return true;
}

/**
 * A Chinese message when `mark` cannot be set on `item` in `report`, else null. Beyond validateMark, a 必写
 * item is what the rules require, so it is not waved through: 不适用 needs a real reason (assets/labels.json:
 * a few characters, not "无"), and 已确认 needs some text where the item belongs.
 */
export function markProblem(report: Report, item: MarkTarget, mark: Mark | undefined | null): string | null {
  const basic = validateMark(mark);
  if (basic || !mark || item.level !== 'M') return basic;
  const rule = labels.marks;
  if (mark.state === 'na') {
    const reason = (mark.reason ?? '').trim();
    if (rule.emptyReasons.includes(reason) || meaningfulChars(reason) < rule.naReasonMinChars)
      return `“${item.title}”是必写项，标记为“不适用”须写明具体理由（至少 ${rule.naReasonMinChars} 个字，不能只写“无”）。`;
  } else if (itemSectionsEmpty(report, item.sectionKeys)) {
    return `“${item.title}”是必写项，所在部分还没有正文，不能标记为“已确认”。请先写上内容。`;
  }
  return null;
}

/** An item's result with the user's mark applied: a valid mark overrides the state, an invalid one says why. */
export function withMark(report: Report, computed: Omit<ChecklistItemResult, 'state'>): ChecklistItemResult {
  // Key order as a reader of the JSON expects it: id, title, level, state first.
  const { id, title, level, source, computedState, ...rest } = computed;
  const base = { id, title, level, state: computedState as ItemState, computedState, source, ...rest };
  const mark = report.marks[base.id];
  if (!mark) return { ...base, state: base.computedState };
  const error = markProblem(report, base, mark);
  if (error)
    return {
      ...base,
      state: base.computedState,
      reason: `${base.reason}（${error}标记未生效。）`,
      markReason: mark.reason,
    };
  if (mark.state === 'confirmed') {
    const note = mark.reason?.trim() ? `：${mark.reason.trim()}` : '';
    return {
      ...base,
      state: 'confirmed',
      reason: `已由用户确认${note}（检查结果：${stateName(base.computedState)}——${base.reason}）`,
      markReason: mark.reason,
    };
  }
  return { ...base, state: 'na', reason: `用户标记为不适用：${mark.reason!.trim()}`, markReason: mark.reason };
}

/**
 * The first mark of `after` that was set or changed since `before` (the stored report) and cannot be accepted,
 * as a Chinese message; null when all are acceptable. Only new marks are judged, so a report whose section was
 * emptied after a mark still saves (the mark then simply does not take effect, see withMark).
 */
export function newMarkProblem(before: Report | undefined, after: Report): string | null {
  for (const [id, mark] of Object.entries(after.marks)) {
    const old = before?.marks[id];
    if (old && old.state === mark.state && old.reason === mark.reason) continue;
    const spec = checklistSpec.items.find((i) => i.id === id);
    const problem = markProblem(after, spec ?? { title: id, level: 'R', sectionKeys: [] }, mark);
    if (problem) return problem;
  }
  return null;
}
