/**
 * A township opened by its name in the county matrix: the items it misses or only partly covers, each leading to
 * its evidence in the report below, and every finding of its check, most serious first.
 */
import {
  CELL_MARK,
  CELL_NAME,
  SEVERITY_NAME,
  type CountyColumn,
  type CountyRow,
} from '../../../electron/core/county/matrix.ts';

interface Props {
  row: CountyRow;
  columns: CountyColumn[];
  onItem(columnId: string): void;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function TownshipGaps({ row, columns, onItem }: Props) {
  const gaps = columns.filter((c) => row.cells[c.id]?.state === 'missing' || row.cells[c.id]?.state === 'partial');
  const findings = [...row.check.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <section class="county-gaps" aria-label="缺项和问题">
      <p>
        完整度 <b>{row.completeness}</b>，缺项 {row.missing}，问题：错误 {row.findings.error}，提示{' '}
        {row.findings.warning}，参考 {row.findings.info}
      </p>
      {gaps.length > 0 && (
        <ul class="county-gap-list" aria-label="未覆盖和部分覆盖的项目">
          {gaps.map((c) => {
            const cell = row.cells[c.id];
            return (
              <li key={c.id} class={`cell ${cell.state}`}>
                <button class="link" onClick={() => onItem(c.id)}>
                  {CELL_MARK[cell.state]} {c.title}（{CELL_NAME[cell.state]}
                  {cell.twoYears ? '，连续两年' : ''}）
                </button>
                ：{cell.reason}
              </li>
            );
          })}
        </ul>
      )}
      {findings.length > 0 && (
        <ul class="county-findings" aria-label="问题">
          {findings.map((f) => (
            <li key={f.id} class={`f-${f.severity}`}>
              <b>【{f.grade ?? SEVERITY_NAME[f.severity]}】</b>
              {f.section}
              {f.paragraph ? `第${f.paragraph}段` : ''}：{f.message}
              {f.excerpt && <span class="muted">“{f.excerpt}”</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
