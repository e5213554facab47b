/**
 * The coverage matrix: a row per township, a column per checklist item. Each cell shows its state by a mark as well
 * as a colour, its reason on hover, and opens the report at the evidence on click. Headers sort; the last row
 * counts the townships that miss each item.
 */
import {
  CELL_MARK,
  CELL_NAME,
  type CountyCellSummary,
  type CountyMatrixSummary as Matrix,
  type CountyRowSummary as Row,
} from '../../../electron/core/county/matrix.ts';
import type { MatrixQuery, SortKey } from '../../../electron/core/county/view.ts';

interface Props {
  matrix: Matrix;
  rows: Row[];
  query: MatrixQuery;
  setQuery(q: MatrixQuery): void;
  /** a cell (its item's id) or the township's name (null) */
  onOpen(row: Row, columnId: string | null): void;
  onReceived(id: string, date: string): void;
  onRemove(row: Row): void;
}

function hover(cell: CountyCellSummary): string {
  const two = cell.twoYears ? '（上一年度也未覆盖）' : '';
  return `${CELL_NAME[cell.state]}${two}：${cell.reason}\n点击查看依据段落`;
}

export function CountyMatrix({ matrix, rows, query, setQuery, onOpen, onReceived, onRemove }: Props) {
  const sortBy = (sort: SortKey, label: string) => {
    const active = query.sort === sort;
    const arrow = active ? (query.descending ? ' ↓' : ' ↑') : '';
    return (
      <button
        class={`sort${active ? ' active' : ''}`}
        aria-sort={active ? (query.descending ? 'descending' : 'ascending') : undefined}
        onClick={() => setQuery({ ...query, sort, descending: active ? !query.descending : sort !== 'unit' })}
      >
        {label}
        {arrow}
      </button>
    );
  };
  return (
    <div class="county-matrix-wrap">
      <table class="county-matrix">
        <thead>
          <tr>
            <th class="unit-col">{sortBy('unit', '单位')}</th>
            <th>{sortBy('received', '收到日期')}</th>
            <th>{sortBy('completeness', '完整度')}</th>
            <th>{sortBy('errors', '问题')}</th>
            <th>{sortBy('missing', '缺项')}</th>
            {matrix.columns.map((c) => (
              <th key={c.id} class="item-col" title={c.title}>
                {sortBy(`item:${c.id}`, c.title.replace(/^县工作要点：/, '县：'))}
              </th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <MatrixRow
              key={r.entryId}
              r={r}
              matrix={matrix}
              onOpen={onOpen}
              onReceived={onReceived}
              onRemove={onRemove}
            />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th class="unit-col">缺该项</th>
            <td colSpan={4} class="muted">
              {rows.length}/{matrix.rows.length} 个单位
            </td>
            {matrix.columns.map((c) => (
              <td
                key={c.id}
                class="num"
                title={`${matrix.columnTotals[c.id].missing} 个单位未覆盖，${matrix.columnTotals[c.id].partial} 个部分覆盖`}
              >
                {matrix.columnTotals[c.id].missing}
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function MatrixRow({
  r,
  matrix,
  onOpen,
  onReceived,
  onRemove,
}: Omit<Props, 'rows' | 'query' | 'setQuery'> & { r: Row }) {
  return (
    <tr data-unit={r.unitName}>
      <th class="unit-col">
        <button class="link" title={`${r.fileName}：查看全部问题`} onClick={() => onOpen(r, null)}>
          {r.unitName || '（未识别）'}
        </button>
      </th>
      <td class={r.late ? 'late' : ''}>
        <input
          type="date"
          aria-label={`${r.unitName}收到日期`}
          value={r.receivedAt}
          onChange={(e) => onReceived(r.entryId, (e.target as HTMLInputElement).value)}
        />
        {r.late && <span class="late-tag">逾期</span>}
      </td>
      <td class="num completeness">{r.completeness}</td>
      <td class="num" title={`错误 ${r.findings.error}，提示 ${r.findings.warning}，参考 ${r.findings.info}`}>
        <span class="f-error">{r.findings.error}</span>/<span class="f-warning">{r.findings.warning}</span>/
        {r.findings.info}
      </td>
      <td class="num">{r.missing}</td>
      {matrix.columns.map((c) => {
        const cell = r.cells[c.id];
        if (!cell) return <td key={c.id} />;
        return (
          <td key={c.id} class={`cell ${cell.state}${cell.twoYears ? ' two-years' : ''}`}>
            <button
              title={hover(cell)}
              aria-label={`${r.unitName} ${c.title}：${CELL_NAME[cell.state]}${cell.twoYears ? '，连续两年' : ''}`}
              onClick={() => onOpen(r, c.id)}
            >
              {CELL_MARK[cell.state]}
              {cell.twoYears && <sup>2</sup>}
            </button>
          </td>
        );
      })}
      <td>
        <button class="link danger" title="从汇总中移除" onClick={() => onRemove(r)}>
          移除
        </button>
      </td>
    </tr>
  );
}
