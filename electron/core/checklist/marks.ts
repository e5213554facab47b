/** The user's marks on checklist items: 已确认 and 不适用 (with a reason), and the state names shown. */
import type { Mark, Report } from '../report-model.ts';
import type { ChecklistItemResult, ItemState } from './types.ts';

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

/** An item's result with the user's mark applied: a valid mark overrides the state, an invalid one says why. */
export function withMark(report: Report, computed: Omit<ChecklistItemResult, 'state'>): ChecklistItemResult {
  // Key order as a reader of the JSON expects it: id, title, level, state first.
  const { id, title, level, source, computedState, ...rest } = computed;
  const base = { id, title, level, state: computedState as ItemState, computedState, source, ...rest };
  const mark = report.marks[base.id];
  if (!mark) return { ...base, state: base.computedState };
  const error = validateMark(mark);
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
