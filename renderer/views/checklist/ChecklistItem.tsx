/** One checklist item: its state, why, the evidence, and the user's marks. */
import { memo } from 'preact/compat';
import type { Report } from '../../../electron/core/report-model.ts';
import { stateName, type ChecklistItemResult } from '../../../electron/core/checklist/index.ts';
import type { ChecklistPanelProps } from './ChecklistPanel.tsx';
import { ItemMarks } from './ItemMarks.tsx';
import { labels, levelName } from '../../../electron/core/labels.ts';

interface Props {
  item: ChecklistItemResult;
  report: Report;
  onJump: ChecklistPanelProps['onJump'];
  onChange(): void;
}

/**
 * Memoized on the item: a check result keeps the objects of the items it left unchanged (check/protocol.ts), so
 * only the rows that changed re-render. A mark changes the item's state, so a marked row renders again too.
 */
export const ChecklistItem = memo(
  function ChecklistItem({ item, report, onJump, onChange }: Props) {
    return (
      <li class={`item state-${item.state} level-${item.level}`} data-id={item.id}>
        <div class="item-head">
          <span class={`badge ${item.state}`}>{stateName(item.state)}</span>
          <a
            href="#"
            class="item-title"
            onClick={(e) => {
              e.preventDefault();
              onJump(item.evidence?.sectionId, item.evidence?.paragraphId, item.sectionKeys);
            }}
          >
            {item.title}
          </a>
          <span class="level" title={labels.levels[item.level].hint}>
            {item.source === 'county' ? '县要点' : item.source === 'promise' ? '去年承诺' : levelName(item.level)}
          </span>
        </div>
        <p class="reason">{item.reason}</p>
        {item.evidence && (
          <p class="evidence" title={item.evidence.excerpt}>
            {item.evidence.label}：{item.evidence.excerpt}
          </p>
        )}
        <ItemMarks item={item} report={report} onChange={onChange} />
      </li>
    );
  },
  (a, b) => a.item === b.item && a.report === b.report,
);
