/**
 * The coverage grid of the Word 汇总表: a row per township, a column per checklist item (numbered; the items are
 * listed by number in the part before), each cell its mark (✓ △ ✗ —, ² when missed two years running), and row
 * totals. Set in 五号 on landscape pages; when more items than fit one table's width (the county's own 工作要点
 * added), the items are shared out between tables that each repeat the township and total columns.
 */
import type { Paragraph, Table } from 'docx';
import {
  CELL_MARK,
  PROMISES_COLUMN,
  type CountyCell,
  type CountyColumn,
  type CountyMatrix,
} from '../../core/county/matrix.ts';
import { CHINESE_SIZE_PT, ptToHalfPoints } from '../../core/units.ts';
import { LANDSCAPE_BLOCK, type PageWriter } from './docx-parts.ts';

/** The mark of a cell missed this year and last year too. */
export const TWO_YEARS = '²';

const SIZE = ptToHalfPoints(CHINESE_SIZE_PT.五号);
/** 五号 (10.5 pt) text in 14 pt lines. */
const LINE_TWIPS = 280;
/** The columns around the items, in twips: a 6-character unit name, 逾期, 完整度 and two counts in 五号. */
const UNIT_TWIPS = 1320;
const TOTALS = [
  { head: '完整度', twips: 750 },
  { head: '缺项', twips: 540 },
  { head: '错误', twips: 540 },
] as const;
const LATE_TWIPS = 540;
/** Narrowest item column: a mark and ² in 五号 (315 twips) with the cells' margins of 30 twips. */
const MIN_ITEM_TWIPS = 400;

/** The columns the 汇总表 shows: every item, and last year's promises when some township has last year's report. */
export function summaryColumns(m: CountyMatrix): CountyColumn[] {
  return m.columns.filter((c) => c.id !== PROMISES_COLUMN || m.rows.some((r) => r.hasPrevious));
}

/** The text of a grid cell. */
export function gridMark(cell: CountyCell | undefined): string {
  if (!cell) return '';
  return `${CELL_MARK[cell.state]}${cell.twoYears ? TWO_YEARS : ''}`;
}

/** The items shared out between as few tables as hold them, as evenly as can be. */
export function itemChunks<T>(items: readonly T[], widthTwips = LANDSCAPE_BLOCK.widthTwips): T[][] {
  const fixed = UNIT_TWIPS + LATE_TWIPS + TOTALS.reduce((a, t) => a + t.twips, 0);
  const perTable = Math.max(1, Math.floor((widthTwips - fixed) / MIN_ITEM_TWIPS));
  const tables = Math.max(1, Math.ceil(items.length / perTable));
  const size = Math.ceil(items.length / tables);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

/** The grid's tables: `columns` numbered from 1 in their order. */
export function coverageGrid(
  w: PageWriter,
  m: CountyMatrix,
  columns: readonly CountyColumn[],
): Array<Paragraph | Table> {
  const numbered = columns.map((c, i) => ({ c, n: i + 1 }));
  const out: Array<Paragraph | Table> = [];
  for (const [k, chunk] of itemChunks(numbered).entries()) {
    if (k > 0) out.push(w.blank());
    const headers = ['单位', '报送', ...chunk.map(({ n }) => String(n)), ...TOTALS.map((t) => t.head)];
    const rows = m.rows.map((r) => [
      r.unitName || '未识别',
      r.late ? '逾期' : '按时',
      ...chunk.map(({ c }) => gridMark(r.cells[c.id])),
      String(r.completeness),
      String(r.missing),
      String(r.findings.error),
    ]);
    rows.push(['未覆盖单位数', '', ...chunk.map(({ c }) => String(m.columnTotals[c.id].missing)), '', '', '']);
    const itemTwips =
      (LANDSCAPE_BLOCK.widthTwips - UNIT_TWIPS - LATE_TWIPS - TOTALS.reduce((a, t) => a + t.twips, 0)) / chunk.length;
    const weights = [UNIT_TWIPS, LATE_TWIPS, ...chunk.map(() => itemTwips), ...TOTALS.map((t) => t.twips)];
    const centred = headers.map((_, i) => i).filter((i) => i > 0);
    out.push(
      w.table(headers, rows, weights, {
        widthTwips: LANDSCAPE_BLOCK.widthTwips,
        size: SIZE,
        lineTwips: LINE_TWIPS,
        sideMarginTwips: 30,
        centred,
      }),
    );
  }
  return out;
}
