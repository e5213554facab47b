/** The bar above the county matrix: add, year, filters, 县工作要点, exports. */
import type { CountyState } from '../../../electron/contract.ts';
import type { MatrixQuery } from '../../../electron/core/county/view.ts';

interface Props {
  state: CountyState | null;
  query: MatrixQuery;
  setQuery(q: MatrixQuery): void;
  busy: boolean;
  onBack(): void;
  onAdd(folder: boolean): void;
  onYear(year: number): void;
  onItems(): void;
  onExport(kind: 'xlsx' | 'docx' | 'sheets'): void;
}

export function CountyToolbar({ state, query, setQuery, busy, onBack, onAdd, onYear, onItems, onExport }: Props) {
  const m = state?.matrix;
  const empty = !m?.rows.length;
  return (
    <>
      <div class="toolbar">
        <button onClick={onBack}>← 报告库</button>
        <h1>县级汇总{m && m.rows.length ? `：${m.year}年度 ${m.rows.length} 份报告` : ''}</h1>
        <button class="primary" disabled={busy} onClick={() => onAdd(true)}>
          添加文件夹…
        </button>
        <button disabled={busy} onClick={() => onAdd(false)}>
          添加文件…
        </button>
        <button onClick={onItems}>
          县工作要点{state?.countyItems.length ? `（${state.countyItems.length}）` : ''}
        </button>
        <button disabled={empty} onClick={() => onExport('xlsx')}>
          导出 Excel
        </button>
        <button disabled={empty} onClick={() => onExport('docx')}>
          导出汇总表
        </button>
        <button disabled={empty} onClick={() => onExport('sheets')}>
          导出审核意见单
        </button>
      </div>
      {m && m.years.length > 0 && (
        <div class="county-filters">
          <label>
            年度
            <select value={m.year} onChange={(e) => onYear(Number((e.target as HTMLSelectElement).value))}>
              {m.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label>
            查找单位
            <input
              type="search"
              value={query.text}
              onInput={(e) => setQuery({ ...query, text: (e.target as HTMLInputElement).value })}
            />
          </label>
          <label>
            报送
            <select
              value={query.received}
              onChange={(e) =>
                setQuery({ ...query, received: (e.target as HTMLSelectElement).value as MatrixQuery['received'] })
              }
            >
              <option value="all">全部</option>
              <option value="on-time">3月1日前（按时）</option>
              <option value="late">3月1日后（逾期）</option>
            </select>
          </label>
          <label>
            缺项
            <select
              value={query.gapIn}
              onChange={(e) => setQuery({ ...query, gapIn: (e.target as HTMLSelectElement).value })}
            >
              <option value="">不限</option>
              {m.columns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </>
  );
}
