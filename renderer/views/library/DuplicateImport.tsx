/**
 * 报告库里已有: an import that repeats a report of the library (the same text, or the same unit and year) says
 * which one before anything is added, so one file imported twice does not silently make two reports.
 */
import type { ImportMatch } from '../../../electron/core/import/duplicates.ts';
import { localDateTime } from '../../../electron/core/dates.ts';
import { DEMO_REPORT_ID } from '../../../electron/core/report-model.ts';
import { Dialog } from '../../components/Dialog.tsx';

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : localDateTime(d);
}

interface Props {
  matches: ImportMatch[];
  onOpen(id: string): void;
  onImport(): void;
  onCancel(): void;
}

export function DuplicateImport({ matches, onOpen, onImport, onCancel }: Props) {
  const same = matches[0].sameText;
  return (
    <Dialog label="报告库里已有这份报告" cardClass="duplicate-card" onClose={onCancel}>
      <h2>{same ? '报告库里已有内容相同的报告' : '报告库里已有同一单位、同一年度的报告'}</h2>
      <ul class="duplicate-list">
        {matches.map((m) => (
          <li key={m.id}>
            <b>《{m.title}》</b>
            {m.id === DEMO_REPORT_ID && <span class="tag demo">示例</span>}
            <span class="muted">
              {m.unitName} · {m.year} 年度 · 最后修改 {when(m.updatedAt)} ·{' '}
              {m.sameText ? '内容相同' : '同一单位、同一年度'}
            </span>
          </li>
        ))}
      </ul>
      <p>
        {same ? '再导入一次会多出一份一模一样的报告。' : '再导入会多出一份同年度的报告，检查和上报时容易弄混。'}
        要打开已有的报告，还是仍然导入为新报告？
      </p>
      <div class="actions">
        <button class="primary" onClick={() => onOpen(matches[0].id)}>
          打开已有
        </button>
        <button onClick={onImport}>仍然导入为新报告</button>
        <button onClick={onCancel}>取消</button>
      </div>
    </Dialog>
  );
}
