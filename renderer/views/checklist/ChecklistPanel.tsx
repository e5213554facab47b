/**
 * The reviewer in the box: completeness, every checklist item with its state and why, the user's marks
 * (已确认 / 不适用 with a reason), the county's extra items, and the quality findings with one-click fixes.
 */
import { useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import type { Report } from '../../../electron/core/report-model.ts';
import { useShownCheck, type CheckStore } from '../../check/check-store.ts';
import type { Finding } from '../../../electron/core/lint/index.ts';
import { isIncompleteMandatory } from '../../../electron/core/export-review.ts';
import { ChecklistItem } from './ChecklistItem.tsx';
import { CountyItems } from './CountyItems.tsx';
import { FindingsTab } from './FindingsTab.tsx';
import { levelName } from '../../../electron/core/labels.ts';

export interface ChecklistPanelProps {
  report: Report;
  /** the check shown: the panel re-renders when a new result arrives */
  check: CheckStore;
  /** jump to a section (and paragraph) in the form */
  onJump(sectionId: string | undefined, paragraphId: string | undefined, sectionKeys: string[], field?: string): void;
  onFix(finding: Finding): void;
  /** apply every mechanical fix at once */
  onFixAll(findings: Finding[]): void;
  /** marks and county items changed */
  onChange(): void;
}

/**
 * Re-renders only when a new check result arrives, not on every keystroke in the form. It says on its box how many
 * results it showed since the report opened (data-check-runs), which tells a test or a bench that one arrived.
 */
export const ChecklistPanel = memo(
  function ChecklistPanel({ report, check, onJump, onFix, onFixAll, onChange }: ChecklistPanelProps) {
    const { result, runs } = useShownCheck(check);
    const [tab, setTab] = useState<'items' | 'findings'>('items');
    const [countyOpen, setCountyOpen] = useState(false);
    const open = result.findings.filter((f) => f.severity !== 'info');
    const mMissing = result.checklist.filter(isIncompleteMandatory).length;
    return (
      <aside class="checklist" aria-label="检查清单" data-check-runs={runs}>
        <div class="meter" title={`${levelName('M')}项权重最高`}>
          <div class="meter-label">
            完整度 <b class="completeness">{result.completeness}</b>%
            {mMissing > 0 && (
              <span class="m-missing">
                （{levelName('M')}项 {mMissing} 项未完成）
              </span>
            )}
          </div>
          <div class="meter-bar">
            <div class="meter-fill" style={{ width: `${result.completeness}%` }} />
          </div>
        </div>
        <div class="tabs" role="tablist">
          <button
            role="tab"
            aria-selected={tab === 'items'}
            class={tab === 'items' ? 'active' : ''}
            onClick={() => setTab('items')}
          >
            检查项 {result.checklist.length}
          </button>
          <button
            role="tab"
            aria-selected={tab === 'findings'}
            class={tab === 'findings' ? 'active' : ''}
            onClick={() => setTab('findings')}
          >
            问题 <span class="findings-count">{open.length}</span>
          </button>
        </div>
        {/* Keyed, so each tab gets its own scrolling box: the 问题 tab opens at its top, where 全部改正 is. */}
        {tab === 'items' ? (
          <div class="tab-body" key="items">
            <ul class="items">
              {result.checklist.map((i) => (
                <ChecklistItem key={i.id} item={i} report={report} onJump={onJump} onChange={onChange} />
              ))}
            </ul>
            <CountyItems
              report={report}
              onChange={onChange}
              open={countyOpen}
              onToggle={() => setCountyOpen(!countyOpen)}
            />
          </div>
        ) : (
          <FindingsTab key="findings" result={result} onJump={onJump} onFix={onFix} onFixAll={onFixAll} />
        )}
      </aside>
    );
  },
  (a, b) => a.check === b.check && a.report === b.report,
);
