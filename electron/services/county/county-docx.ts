/**
 * The county's Word files, on GB/T 9704 pages like the report export: the 汇总表 (per item how many townships miss
 * it, then the coverage grid of every township and item on landscape pages) and, per township, the 审核意见单 sent
 * back with the report: what is missing, what to complete, what to correct, each with its quote.
 */
import type { Paragraph, Table } from 'docx';
import {
  CELL_MARK,
  CELL_NAME,
  yearsLabel,
  SEVERITY_NAME,
  type CountyMatrix,
  type CountyRow,
} from '../../core/county/matrix.ts';
import { formatChineseDate, localIsoDate } from '../../core/dates.ts';
import { deadlineText, deadlines } from '../../core/deadlines.ts';
import type { FontPresetId } from '../../core/fonts.ts';
import { PageWriter } from './docx-parts.ts';
import { coverageGrid, summaryColumns, TWO_YEARS } from './summary-grid.ts';
import { safeFileName } from '../../core/file-name.ts';

export interface CountyDocxOptions {
  fontPreset?: FontPresetId;
  /** the date printed under the sheet; today by default */
  date?: Date;
  /** who signs the 审核意见单 */
  reviewer?: string;
}

const REVIEWER = '县委全面依法治县委员会办公室';

function countyName(m: CountyMatrix): string {
  return m.rows.map((r) => r.county).find(Boolean) ?? '';
}

/** The 汇总表 of the year: the items, numbered, with how many townships miss each; then the coverage grid. */
export async function buildSummaryDocx(m: CountyMatrix, o: CountyDocxOptions = {}): Promise<Uint8Array> {
  const w = new PageWriter(o.fontPreset);
  const county = countyName(m);
  const title = `${county}${yearsLabel(m)}年度乡镇（街道）法治政府建设情况报告汇总表`;
  const columns = summaryColumns(m);
  const late = m.rows.filter((r) => r.late).length;
  const deadline = m.allYears ? '报送期限（次年3月1日）' : deadlineText(m.year, deadlines.filing);
  const upright: Array<Paragraph | Table> = [
    w.title(title),
    w.blank(),
    w.body(
      `共收到${yearsLabel(m)}年度报告${m.rows.length}份，其中${deadline}后收到${late}份。` +
        `第一部分列出各检查项目未覆盖、部分覆盖的单位数；第二部分为覆盖情况表（横排），每个单位一行、每个检查项目一列。`,
    ),
    w.heading('一、各检查项目情况'),
    w.table(
      ['序号', '检查项目', '未覆盖', '部分覆盖', '未覆盖的单位'],
      columns.map((c, i) => {
        const t = m.columnTotals[c.id];
        const who = m.rows.filter((r) => r.cells[c.id]?.state === 'missing').map((r) => r.unitName);
        return [String(i + 1), c.title, String(t.missing), String(t.partial), who.join('、') || '—'];
      }),
      [2.4, 9, 3.6, 4.4, 10.6],
      { centred: [0, 2, 3] },
    ),
  ];
  const landscape: Array<Paragraph | Table> = [
    w.heading('二、覆盖情况表'),
    w.body(
      `图例：${(['covered', 'partial', 'missing', 'na'] as const).map((s) => `${CELL_MARK[s]}${CELL_NAME[s]}`).join('，')}` +
        `（可写项未写或已标不适用），${TWO_YEARS}连续两年未覆盖。表头数字为第一部分的检查项目序号；` +
        `“完整度”按检查清单加权计算（满分100），“错误”为必须改正的问题数。`,
    ),
    ...coverageGrid(w, m, columns),
  ];
  return w.packPages(title, [{ children: upright }, { landscape: true, children: landscape }]);
}

function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, '');
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** The 审核意见单 of one township's report. */
export async function buildReviewSheet(m: CountyMatrix, r: CountyRow, o: CountyDocxOptions = {}): Promise<Uint8Array> {
  const w = new PageWriter(o.fontPreset);
  const title = `${r.unitName}${r.year}年度法治政府建设工作情况报告审核意见单`;
  const missing = m.columns.filter((c) => r.cells[c.id]?.state === 'missing');
  const partial = m.columns.filter((c) => r.cells[c.id]?.state === 'partial');
  const errors = r.check.findings.filter((f) => f.severity === 'error');
  const warnings = r.check.findings.filter((f) => f.severity === 'warning');
  const children: Array<Paragraph | Table> = [
    w.title('报告审核意见单'),
    w.blank(),
    w.table(
      ['单位', '报告', '收到日期', '完整度'],
      [
        [
          r.unitName,
          `${r.year}年度报告（${r.fileName}）`,
          `${formatChineseDate(r.receivedAt)}${r.late ? '（逾期）' : ''}`,
          String(r.completeness),
        ],
      ],
      [4, 12, 6, 3],
    ),
    w.blank(),
    w.flush(`${r.unitName}：`),
    w.body(
      `你单位报送的${r.year}年度法治政府建设工作情况报告已收悉。经对照检查清单审核，完整度为${r.completeness}分（满分100），意见如下：`,
    ),
  ];
  let n = 0;
  const numbered = ['一', '二', '三', '四', '五'];
  const part = (head: string, lines: string[]) => {
    if (!lines.length) return;
    children.push(w.heading(`${numbered[n++]}、${head}`));
    lines.forEach((l, i) => children.push(w.body(`${i + 1}.${l}`)));
  };
  part(
    '缺少的内容',
    missing.map((c) => `${c.title}${r.cells[c.id].twoYears ? '（上一年度报告也缺）' : ''}：${r.cells[c.id].reason}`),
  );
  part(
    '需要补充完善的内容',
    partial.map((c) => {
      const cell = r.cells[c.id];
      const ev = cell.evidence ? `原文（${cell.evidence.label}）：“${quote(cell.evidence.excerpt)}”。` : '';
      return `${c.title}：${cell.reason}${ev}`;
    }),
  );
  part(
    '需要改正的问题',
    [...errors, ...warnings].map(
      (f) =>
        `【${f.grade ?? SEVERITY_NAME[f.severity]}】${f.section}${f.paragraph ? `第${f.paragraph}段` : ''}：${f.message}原文：“${quote(f.excerpt)}”。`,
    ),
  );
  if (!missing.length && !partial.length && !errors.length && !warnings.length)
    children.push(w.body('报告各项内容齐全，未发现需要改正的问题。'));
  children.push(
    w.body(
      `请对照以上意见修改完善后重新报送。${CELL_MARK.missing}${CELL_NAME.missing}、${CELL_MARK.partial}${CELL_NAME.partial}的项目确属本单位不涉及的，请在报送时说明。`,
    ),
    w.blank(),
    w.right(o.reviewer ?? REVIEWER),
    w.right(formatChineseDate(localIsoDate(o.date ?? new Date()))),
  );
  return w.pack(title, children);
}

/** The file name of a township's 审核意见单. */
export function reviewSheetName(r: CountyRow): string {
  const unit = safeFileName(r.unitName, '未识别单位');
  return `${unit}${r.year}年度审核意见单.docx`;
}
