/** One report in the library: year, title (or the rename box), details, and what can be done with it. */
import { DEMO_REPORT_ID, type ReportSummary } from '../../../electron/core/report-model.ts';
import { localDateTime } from '../../../electron/core/dates.ts';
import type { DueDates } from '../../../electron/core/due.ts';
import { DueMark } from './DueMark.tsx';

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : localDateTime(d);
}

interface Props {
  report: ReportSummary;
  /** today by the main process's clock (null until known) and the county's deadlines, for the due mark */
  today: string | null;
  dueDates?: DueDates;
  /** the new title while this report is being renamed, else null */
  renaming: string | null;
  onTitle(title: string): void;
  onStartRename(): void;
  onRename(): void;
  onCancelRename(): void;
  onOpen(): void;
  onCarry(): void;
  onDuplicate(): void;
  onDelete(): void;
}

export function ReportItem({ report: r, renaming, onTitle, today, dueDates, ...on }: Props) {
  return (
    <li class="card report-item" data-id={r.id}>
      <div class="year">{r.year}</div>
      <div class="info">
        {renaming !== null ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              on.onRename();
            }}
          >
            <input aria-label="新标题" value={renaming} onInput={(e) => onTitle(e.currentTarget.value)} autoFocus />
            <button type="submit">确定</button>
            <button type="button" onClick={on.onCancelRename}>
              取消
            </button>
          </form>
        ) : (
          <a
            href="#"
            class="title"
            onClick={(e) => {
              e.preventDefault();
              on.onOpen();
            }}
          >
            {r.title}
          </a>
        )}
        <div class="meta">
          {r.id === DEMO_REPORT_ID && (
            <span class="tag demo" title="程序自带的示例报告，可对照参考，也可删除">
              示例
            </span>
          )}
          {r.unitName}
          {r.county ? ` · ${r.county}` : ''} · {r.chars.toLocaleString('zh-CN')} 字 · 修改于 {when(r.updatedAt)}
          {today && <DueMark report={r} today={today} dueDates={dueDates} />}
        </div>
      </div>
      <div class="item-actions">
        <button onClick={on.onOpen}>打开</button>
        <button onClick={on.onCarry} title={`以本报告为底稿，新建 ${r.year + 1} 年度报告`}>
          新建下一年度
        </button>
        <button onClick={on.onStartRename}>重命名</button>
        <button onClick={on.onDuplicate}>复制</button>
        <button class="danger" onClick={on.onDelete}>
          删除
        </button>
      </div>
    </li>
  );
}
