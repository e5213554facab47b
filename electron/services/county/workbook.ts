/**
 * The county matrix as an .xlsx workbook (exceljs): the sheet 覆盖情况 with one row per township and one column per
 * checklist item, each cell its mark and state (and the colour of the state), the reason as the cell's note; a
 * last row counting the townships that miss each item; then one sheet per township with every item and finding.
 */
import ExcelJS from 'exceljs';
import {
  CELL_NAME,
  SEVERITY_NAME,
  cellText,
  type CellState,
  type CountyMatrix,
  type CountyRow,
} from '../../core/county/matrix.ts';

export const MATRIX_SHEET = '覆盖情况';
/** The columns before the items, in order (the tests read the sheet by these). */
export const ROW_HEADERS = [
  '单位',
  '年度',
  '文件',
  '收到日期',
  '报送',
  '完整度',
  '错误',
  '提示',
  '参考',
  '缺项',
  '连续两年缺',
];

const FILL: Record<CellState, string> = {
  covered: 'FFD9EAD3',
  partial: 'FFFFF2CC',
  missing: 'FFF4CCCC',
  na: 'FFEEEEEE',
};

function rowValues(r: CountyRow): (string | number)[] {
  return [
    r.unitName,
    r.year,
    r.fileName,
    r.receivedAt,
    r.late ? '逾期（3月1日后）' : '按时',
    r.completeness,
    r.findings.error,
    r.findings.warning,
    r.findings.info,
    r.missing,
    r.twoYears,
  ];
}

/** Sheet names: at most 31 characters, none of []:*?/\ and each used once. */
function sheetName(unit: string, used: Set<string>): string {
  const base = (unit.replace(/[[\]:*?/\\]/g, '') || '未识别单位').slice(0, 28);
  let name = base;
  for (let n = 2; used.has(name) || name === MATRIX_SHEET; n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}

function matrixSheet(wb: ExcelJS.Workbook, m: CountyMatrix): void {
  const ws = wb.addWorksheet(MATRIX_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const header = ws.addRow([...ROW_HEADERS, ...m.columns.map((c) => c.title)]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const r of m.rows) {
    const row = ws.addRow([...rowValues(r), ...m.columns.map((c) => (r.cells[c.id] ? cellText(r.cells[c.id]) : ''))]);
    m.columns.forEach((c, i) => {
      const cell = r.cells[c.id];
      if (!cell) return;
      const x = row.getCell(ROW_HEADERS.length + i + 1);
      x.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[cell.state] } };
      const where = cell.evidence ? `\n依据：${cell.evidence.label}“${cell.evidence.excerpt}”` : '';
      x.note = `${cell.reason}${where}`;
    });
  }
  const totals = ws.addRow([
    '缺该项的单位数',
    ...ROW_HEADERS.slice(1).map(() => ''),
    ...m.columns.map((c) => m.columnTotals[c.id].missing),
  ]);
  totals.font = { bold: true };
  ws.getColumn(1).width = 14;
  ws.getColumn(3).width = 22;
  for (let i = ROW_HEADERS.length + 1; i <= ROW_HEADERS.length + m.columns.length; i++) ws.getColumn(i).width = 12;
}

function townshipSheet(wb: ExcelJS.Workbook, m: CountyMatrix, r: CountyRow, name: string): void {
  const ws = wb.addWorksheet(name);
  ws.addRow([`${r.unitName}${r.year}年度报告（${r.fileName}）`]).font = { bold: true };
  ws.addRow(['完整度', r.completeness, '收到日期', r.receivedAt]);
  ws.addRow([]);
  ws.addRow(['检查项目', '状态', '原因', '依据']).font = { bold: true };
  for (const c of m.columns) {
    const cell = r.cells[c.id];
    if (!cell) continue;
    ws.addRow([
      c.title,
      cellText(cell),
      cell.reason,
      cell.evidence ? `${cell.evidence.label}：${cell.evidence.excerpt}` : '',
    ]);
  }
  for (const p of r.check.checklist.filter((x) => x.source === 'promise'))
    ws.addRow([p.title, CELL_NAME[p.state === 'confirmed' ? 'covered' : p.state], p.reason, p.evidence?.excerpt ?? '']);
  ws.addRow([]);
  ws.addRow(['问题', '程度', '位置', '原文']).font = { bold: true };
  for (const f of r.check.findings)
    ws.addRow([
      f.message,
      f.grade ?? SEVERITY_NAME[f.severity],
      f.paragraph ? `${f.section} 第${f.paragraph}段` : f.section,
      f.excerpt,
    ]);
  ws.getColumn(1).width = 40;
  ws.getColumn(3).width = 60;
  ws.getColumn(4).width = 40;
  ws.eachRow((row) => (row.alignment = { wrapText: true, vertical: 'top' }));
}

/** The workbook's bytes. */
export async function buildWorkbook(m: CountyMatrix): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '法治报告助手';
  // A fixed date keeps the file the same for the same matrix.
  wb.created = new Date(Date.UTC(m.year + 1, 0, 1));
  wb.modified = wb.created;
  matrixSheet(wb, m);
  const used = new Set<string>();
  for (const r of m.rows) townshipSheet(wb, m, r, sheetName(r.unitName, used));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
