/**
 * Where the report stands: its stage, its two deadlines with the days left, and what is done (报送 with 文号,
 * 保密审查 with who, 公开 with where). Edits go into the report and are saved like any other change.
 */
import { formatChineseDate } from '../../../electron/core/dates.ts';
import { daysText, DUE_LABEL, dueItems, type DueDates } from '../../../electron/core/due.ts';
import { EMPTY_PROGRESS, progressOf, type Progress } from '../../../electron/core/progress.ts';
import type { Report } from '../../../electron/core/report-model.ts';
import { versionsAsset } from '../../../electron/core/versions/model.ts';

interface Props {
  report: Report;
  today: string | null;
  dueDates?: DueDates;
  onChange(): void;
}

export function ProgressBox({ report, today, dueDates, onChange }: Props) {
  const p = progressOf(report);
  const set = (change: (p: Progress) => Progress) => {
    report.progress = change(structuredClone(report.progress ?? EMPTY_PROGRESS));
    onChange();
  };
  const field = (label: string, value: string, put: (v: string) => (p: Progress) => Progress, type = 'text') => (
    <label>
      {label}
      <input type={type} value={value} onInput={(e) => set(put(e.currentTarget.value))} />
    </label>
  );
  return (
    <section class="progress-box" aria-label="阶段与期限">
      <label>
        当前阶段
        <select value={p.stage} onChange={(e) => set((x) => ({ ...x, stage: e.currentTarget.value }))}>
          <option value="">（未定）</option>
          {versionsAsset.stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      {today && (
        <ul class="due-list">
          {dueItems(report, today, dueDates).map((i) => (
            <li key={i.kind} class={i.done ? 'done' : i.open && i.daysLeft <= 14 ? 'soon' : ''}>
              {DUE_LABEL[i.kind]}期限 {formatChineseDate(i.date)}：<b>{i.done ? '已完成' : daysText(i.daysLeft)}</b>
            </li>
          ))}
        </ul>
      )}
      <details open={p.filed.date !== '' || p.reviewed.date !== '' || p.published.date !== ''}>
        <summary>记录报送、保密审查、公开</summary>
        <fieldset>
          <legend>报送</legend>
          {field('日期', p.filed.date, (v) => (x) => ({ ...x, filed: { ...x.filed, date: v } }), 'date')}
          {field('文号', p.filed.docNo, (v) => (x) => ({ ...x, filed: { ...x.filed, docNo: v } }))}
        </fieldset>
        <fieldset>
          <legend>保密审查</legend>
          {field('审查人', p.reviewed.by, (v) => (x) => ({ ...x, reviewed: { ...x.reviewed, by: v } }))}
          {field('日期', p.reviewed.date, (v) => (x) => ({ ...x, reviewed: { ...x.reviewed, date: v } }), 'date')}
        </fieldset>
        <fieldset>
          <legend>公开</legend>
          {field('日期', p.published.date, (v) => (x) => ({ ...x, published: { ...x.published, date: v } }), 'date')}
          {field('网址或报刊', p.published.address, (v) => (x) => ({
            ...x,
            published: { ...x.published, address: v },
          }))}
        </fieldset>
      </details>
    </section>
  );
}
