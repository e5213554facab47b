/** The user's mark on a checklist item: 已确认, or 不适用 with a reason; or taking the mark back. */
import { useState } from 'preact/hooks';
import type { Report } from '../../../electron/core/report-model.ts';
import { markProblem, type ChecklistItemResult } from '../../../electron/core/checklist/index.ts';

interface Props {
  item: ChecklistItemResult;
  report: Report;
  onChange(): void;
}

export function ItemMarks({ item, report, onChange }: Props) {
  const [naOpen, setNaOpen] = useState(false);
  const [reason, setReason] = useState(item.markReason ?? '');
  const [error, setError] = useState('');
  const mark = report.marks[item.id];
  const setMark = (next: Report['marks'][string] | null) => {
    if (next) {
      const problem = markProblem(report, item, next);
      if (problem) return setError(problem);
      report.marks[item.id] = next;
    } else delete report.marks[item.id];
    setError('');
    setNaOpen(false);
    onChange();
  };
  return (
    <>
      <div class="item-actions">
        {mark ? (
          <button type="button" class="link" onClick={() => setMark(null)}>
            撤销标记
          </button>
        ) : (
          <>
            {item.computedState !== 'covered' && (
              <button type="button" class="link" onClick={() => setMark({ state: 'confirmed' })}>
                已确认
              </button>
            )}
            <button type="button" class="link" onClick={() => setNaOpen(!naOpen)}>
              不适用…
            </button>
          </>
        )}
      </div>
      {naOpen && (
        <div class="na-form">
          <input
            aria-label={`“${item.title}”不适用的理由`}
            placeholder={item.level === 'M' ? '必写项须写明具体理由' : '理由（必填），例如：本年度无行政复议案件'}
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          <button type="button" onClick={() => setMark({ state: 'na', reason: reason.trim() || undefined })}>
            确定
          </button>
        </div>
      )}
      {/* null, not '': Preact writes an empty text node again on every render */}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
