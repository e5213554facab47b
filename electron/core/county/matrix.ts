/**
 * The county's coverage matrix: every township report of one year against the checklist items (plus the county's
 * 工作要点 and, where last year's report is in the workspace, last year's promises). Each cell is covered, partial,
 * missing or 不适用, with the paragraph that shows it; rows carry completeness and findings by severity, columns
 * how many townships miss the item. Pure: the app, the CLI and the tests build the same matrix from the same reports.
 */
import type { Report } from '../report-model.ts';
import { checkReport, type CheckResult } from '../check.ts';
import { checklistSpec, type ChecklistItemResult, type Evidence } from '../checklist/index.ts';
import { deadlineIso, deadlines } from '../deadlines.ts';
import type { ToSimplified } from '../text/traditional.ts';
import type { Severity } from '../lint/types.ts';

export type CellState = 'covered' | 'partial' | 'missing' | 'na';

/** A text mark for each state, so the matrix never speaks by colour alone (and prints in black and white). */
export const CELL_MARK: Record<CellState, string> = { covered: '✓', partial: '△', missing: '✗', na: '—' };
export const CELL_NAME: Record<CellState, string> = {
  covered: '已覆盖',
  partial: '部分覆盖',
  missing: '未覆盖',
  na: '不适用',
};

/** Severity names as the editor's findings list shows them. */
export const SEVERITY_NAME: Record<Severity, string> = { error: '错误', warning: '提示', info: '参考' };

/** A cell as text: its mark and name, and 连续两年 when it was missed last year too. */
export function cellText(cell: CountyCell): string {
  return `${CELL_MARK[cell.state]} ${CELL_NAME[cell.state]}${cell.twoYears ? '（连续两年）' : ''}`;
}

/** The one column that stands for all of last year's promises of a township (their number differs by township). */
export const PROMISES_COLUMN = 'promises';

export interface CountyColumn {
  id: string;
  title: string;
  level: 'M' | 'R' | 'O';
  source: 'standard' | 'county' | 'promise';
}

/** A cell as the county page's grid gets it: the state and why; the evidence comes with the township's detail. */
export interface CountyCellSummary {
  state: CellState;
  reason: string;
  /** missed (or only partly covered) this year and last year too */
  twoYears: boolean;
}

export interface CountyCell extends CountyCellSummary {
  evidence?: Evidence;
}

/** One report of the workspace, as the matrix reads it. */
export interface CountyEntryInput {
  id: string;
  fileName: string;
  /** ISO date the report reached the county (the file's date unless the user changed it) */
  receivedAt: string;
  report: Report;
}

export type FindingCounts = Record<Severity, number>;

/** A township's row as the county page's grid gets it: the cells' states and the row's totals. */
export interface CountyRowSummary {
  entryId: string;
  unitName: string;
  county: string;
  year: number;
  fileName: string;
  receivedAt: string;
  /** received after the filing deadline (3月1日 of the next year, assets/deadlines.json) */
  late: boolean;
  completeness: number;
  findings: FindingCounts;
  cells: Record<string, CountyCellSummary>;
  /** cells missing */
  missing: number;
  /** cells missed two years running */
  twoYears: number;
  /** last year's report of the same township is in the workspace */
  hasPrevious: boolean;
}

/** A township's row with everything behind it: each cell's evidence and the whole check (every finding). */
export interface CountyRow extends CountyRowSummary {
  cells: Record<string, CountyCell>;
  check: CheckResult;
}

export interface ColumnTotal {
  missing: number;
  partial: number;
  twoYears: number;
}

/** The matrix as the county page gets it: a summary per township; one township's detail is fetched when opened. */
export interface CountyMatrixSummary {
  year: number;
  columns: CountyColumn[];
  rows: CountyRowSummary[];
  columnTotals: Record<string, ColumnTotal>;
  /** the years present in the workspace, newest first */
  years: number[];
  /** every report of every year is a row (year: 'all') */
  allYears: boolean;
}

export interface CountyMatrix extends CountyMatrixSummary {
  rows: CountyRow[];
}

/**
 * The matrix without what only an opened township needs (each cell's evidence, every finding): for 30 townships of
 * the demo's size a few tens of KB instead of more than a MB, and it does not grow with the reports' length.
 */
export function summarizeMatrix(m: CountyMatrix): CountyMatrixSummary {
  return {
    ...m,
    rows: m.rows.map(({ check: _check, cells, ...row }) => ({
      ...row,
      cells: Object.fromEntries(
        Object.entries(cells).map(([id, c]) => [id, { state: c.state, reason: c.reason, twoYears: c.twoYears }]),
      ),
    })),
  };
}

/** The year or years a matrix covers, for titles: "2025" or "2021—2025". */
export function yearsLabel(m: CountyMatrix): string {
  const ys = [...new Set(m.rows.map((r) => r.year))].sort((a, b) => a - b);
  return m.allYears && ys.length > 1 ? `${ys[0]}—${ys[ys.length - 1]}` : String(m.year);
}

export interface MatrixOptions {
  /** the county's 工作要点, one item a line (as pasted in the report editor); replaces each report's own */
  countyItems?: readonly string[];
  /** the year shown; default the newest in the workspace; 'all': every report, each against its own last year */
  year?: number | 'all';
  toSimplified?: ToSimplified;
  today?: Date;
}

/** A unit name as the county compares them: no spaces, traditional and simplified alike after the check's reading. */
const unitKey = (r: Report) => r.unitName.replace(/\s+/g, '');

function cellOf(r: ChecklistItemResult): CountyCell {
  let state: CellState;
  if (r.state === 'confirmed') state = 'covered';
  else if (r.state === 'na') state = 'na';
  // An optional item (突发事件, 数字法治) a township leaves out is not a gap: 不适用 at its level.
  else if (r.level === 'O' && r.state === 'missing') state = 'na';
  else state = r.state;
  const reason = r.markReason ? `${r.reason}（标记理由：${r.markReason}）` : r.reason;
  return { state, reason, evidence: r.evidence, twoYears: false };
}

/** All of last year's promises in one cell: covered when every one is, missing when none is. */
function promiseCell(results: ChecklistItemResult[], hasPrevious: boolean): CountyCell {
  if (!hasPrevious) return { state: 'na', reason: '工作区中没有该单位上一年度的报告。', twoYears: false };
  if (!results.length) return { state: 'na', reason: '上一年度报告的工作安排中没有可核对的承诺。', twoYears: false };
  const done = results.filter((r) => r.state === 'covered' || r.state === 'confirmed');
  const open = results.filter((r) => r.state === 'missing');
  const state: CellState =
    done.length === results.length ? 'covered' : open.length === results.length ? 'missing' : 'partial';
  const lines = results
    .filter((r) => r.state !== 'covered' && r.state !== 'confirmed')
    .map((r) => `${r.title.replace(/^去年承诺：/, '')}（${CELL_NAME[cellOf(r).state]}）`);
  const reason =
    state === 'covered'
      ? `去年的 ${results.length} 条承诺今年都有落实的记述。`
      : `去年 ${results.length} 条承诺中 ${done.length} 条有落实的记述；未见或不全：${lines.join('；')}`;
  const firstOpen = results.find((r) => r.state !== 'covered' && r.state !== 'confirmed');
  return { state, reason, evidence: (firstOpen ?? results[0]).evidence, twoYears: false };
}

function countFindings(check: CheckResult): FindingCounts {
  const out: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const f of check.findings) out[f.severity] += 1;
  return out;
}

function columnsFor(rows: readonly CheckResult[]): CountyColumn[] {
  const cols: CountyColumn[] = checklistSpec.items.map((i) => ({
    id: i.id,
    title: i.title,
    level: i.level,
    source: 'standard',
  }));
  const seen = new Set<string>();
  for (const check of rows)
    for (const r of check.checklist)
      if (r.source === 'county' && !seen.has(r.id)) {
        seen.add(r.id);
        cols.push({ id: r.id, title: r.title, level: 'R', source: 'county' });
      }
  cols.push({ id: PROMISES_COLUMN, title: '去年承诺落实', level: 'R', source: 'promise' });
  return cols;
}

function rowOf(e: CountyEntryInput, check: CheckResult, previous: CheckResult | undefined): CountyRow {
  const cells: Record<string, CountyCell> = {};
  for (const r of check.checklist) if (r.source !== 'promise') cells[r.id] = cellOf(r);
  const promises = check.checklist.filter((r) => r.source === 'promise');
  cells[PROMISES_COLUMN] = promiseCell(promises, previous !== undefined);
  if (previous) {
    const before = new Map(previous.checklist.map((r) => [r.id, cellOf(r).state]));
    for (const [id, cell] of Object.entries(cells)) {
      const last = before.get(id);
      cell.twoYears = cell.state === 'missing' && last === 'missing';
    }
  }
  const list = Object.values(cells);
  return {
    entryId: e.id,
    unitName: e.report.unitName,
    county: e.report.county,
    year: e.report.year,
    fileName: e.fileName,
    receivedAt: e.receivedAt,
    late: e.receivedAt > deadlineIso(e.report.year, deadlines.filing),
    completeness: check.completeness,
    findings: countFindings(check),
    cells,
    missing: list.filter((c) => c.state === 'missing').length,
    twoYears: list.filter((c) => c.twoYears).length,
    hasPrevious: previous !== undefined,
    check,
  };
}

/** The newest report of each township and year (a report sent twice counts once: the later one received). */
function latestByUnit(entries: readonly CountyEntryInput[]): Map<string, CountyEntryInput> {
  const out = new Map<string, CountyEntryInput>();
  for (const e of entries) {
    const key = `${unitKey(e.report)}|${e.report.year}`;
    const had = out.get(key);
    if (!had || e.receivedAt >= had.receivedAt) out.set(key, e);
  }
  return out;
}

/** The years in the workspace, newest first. */
export function workspaceYears(entries: readonly CountyEntryInput[]): number[] {
  return [...new Set(entries.map((e) => e.report.year))].sort((a, b) => b - a);
}

/**
 * The matrix of one year: one row per report of that year (in the order given), each checked with the county's
 * items and with last year's report of the same township, when the workspace has one, as `previous`.
 */
export function buildMatrix(entries: readonly CountyEntryInput[], opts: MatrixOptions = {}): CountyMatrix {
  const years = workspaceYears(entries);
  const all = opts.year === 'all';
  const year = typeof opts.year === 'number' ? opts.year : (years[0] ?? new Date().getFullYear() - 1);
  const byUnit = latestByUnit(entries);
  const countyItems = opts.countyItems ? [...opts.countyItems] : undefined;
  const withItems = (r: Report): Report => (countyItems ? { ...r, countyItems } : r);
  const checkOpts = { toSimplified: opts.toSimplified, today: opts.today };
  const rowsIn = all ? [...entries] : entries.filter((e) => e.report.year === year);
  const checked = rowsIn.map((e) => {
    const last = byUnit.get(`${unitKey(e.report)}|${e.report.year - 1}`);
    const previous = last ? withItems(last.report) : undefined;
    const check = checkReport(withItems(e.report), { ...checkOpts, previous });
    const previousCheck = previous ? checkReport(previous, checkOpts) : undefined;
    return { e, check, previousCheck };
  });
  const columns = columnsFor(checked.map((c) => c.check));
  const rows = checked.map(({ e, check, previousCheck }) => rowOf(e, check, previousCheck));
  const columnTotals: Record<string, ColumnTotal> = {};
  for (const c of columns) {
    const cells = rows.map((r) => r.cells[c.id]).filter((x): x is CountyCell => x !== undefined);
    columnTotals[c.id] = {
      missing: cells.filter((x) => x.state === 'missing').length,
      partial: cells.filter((x) => x.state === 'partial').length,
      twoYears: cells.filter((x) => x.twoYears).length,
    };
  }
  return { year, columns, rows, columnTotals, years, allYears: all };
}
