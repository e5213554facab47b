/** How the county matrix is sorted and filtered on screen: pure, so the page and the tests agree. */
import type { CountyRowSummary } from './matrix.ts';

export type SortKey = 'unit' | 'completeness' | 'received' | 'errors' | 'missing' | `item:${string}`;

export interface MatrixQuery {
  sort: SortKey;
  descending: boolean;
  /** part of a unit or file name */
  text: string;
  /** 'late': received after the deadline; 'on-time': before it */
  received: 'all' | 'late' | 'on-time';
  /** only rows that miss (or partly cover) this column */
  gapIn: string;
}

export const DEFAULT_QUERY: MatrixQuery = { sort: 'unit', descending: false, text: '', received: 'all', gapIn: '' };

const STATE_ORDER = { missing: 0, partial: 1, covered: 2, na: 3 } as const;

function sortValue(r: CountyRowSummary, key: SortKey): number | string {
  switch (key) {
    case 'unit':
      return r.unitName;
    case 'completeness':
      return r.completeness;
    case 'received':
      return r.receivedAt;
    case 'errors':
      return r.findings.error * 1000 + r.findings.warning;
    case 'missing':
      return r.missing;
    default: {
      const cell = r.cells[key.slice(5)];
      return cell ? STATE_ORDER[cell.state] : 9;
    }
  }
}

/**
 * The rows to show, in order: filtered by the query, sorted stably (ties keep the unit order). Works on the page's
 * summary and on the full matrix alike.
 */
export function visibleRows<R extends CountyRowSummary>(m: { rows: readonly R[] }, q: MatrixQuery): R[] {
  const text = q.text.trim();
  const rows = m.rows.filter((r) => {
    if (text && !r.unitName.includes(text) && !r.fileName.includes(text)) return false;
    if (q.received === 'late' && !r.late) return false;
    if (q.received === 'on-time' && r.late) return false;
    if (q.gapIn) {
      const s = r.cells[q.gapIn]?.state;
      if (s !== 'missing' && s !== 'partial') return false;
    }
    return true;
  });
  const dir = q.descending ? -1 : 1;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const x = sortValue(a.r, q.sort);
      const y = sortValue(b.r, q.sort);
      const c = typeof x === 'string' ? x.localeCompare(String(y), 'zh-CN') : x - (y as number);
      return c !== 0 ? c * dir : a.i - b.i;
    })
    .map(({ r }) => r);
}
