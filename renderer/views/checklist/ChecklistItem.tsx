/** One checklist item: its state, why, the evidence, and the user's marks. */
import type { Report } from '../../../electron/core/report-model.ts';
import { stateName, type ChecklistItemResult } from '../../../electron/core/checklist/index.ts';
import type { ChecklistPanelProps } from './ChecklistPanel.tsx';
import { ItemMarks } from './ItemMarks.tsx';

const LEVEL_NAMES = { M: '必备', R: '应有', O: '可选' } as const;

export function ChecklistItem({
  item,
  report,
  onJump,
  onChange,
}: {
  item: ChecklistItemResult;
  report: Report;
  onJump: ChecklistPanelProps['onJump'];
  onChange(): void;
}) {
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
        <span class="level" title={item.level === 'M' ? '规定必须报告的内容' : ''}>
          {item.source === 'county' ? '县要点' : item.source === 'promise' ? '去年承诺' : LEVEL_NAMES[item.level]}
        </span>
      </div>
      <p class="reason">{item.reason}</p>
      {item.evidence && (
        <p class="evidence" title={item.evidence.excerpt}>
          {item.evidence.label}：{item.evidence.excerpt}
        </p>
      )}
      {item.state === 'na' && item.markReason && <p class="evidence">不适用理由：{item.markReason}</p>}
      <ItemMarks item={item} report={report} onChange={onChange} />
    </li>
  );
}
