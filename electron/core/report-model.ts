/**
 * The report model: one annual 法治政府建设工作情况报告 as the app stores it.
 * Pure data and validation; shared by the main process, the renderer and the CLIs.
 */
import { z } from 'zod';
import { isCalendarDate } from './dates.ts';
import { PublicReviewSchema } from './public/review-model.ts';
import {
  NAME_MAX_CHARS,
  SECTION_NESTING_MAX,
  STAT_VALUE_MAX,
  YEAR_MAX,
  YEAR_MIN,
  isPrintableFigure,
} from './limits.ts';
import { ProgressSchema, type Progress } from './progress.ts';

/**
 * Validation messages reach users (the IPC gate, the CLIs, a damaged-file notice), so they are Chinese: zod's
 * zh-CN locale, with the commonest ones (too long, too many, wrong type) said the way the form says them.
 */
z.config(z.locales.zhCN());
z.config({
  customError: (issue) => {
    if (issue.code === 'too_big' && issue.origin === 'string') return `太长，最多 ${issue.maximum} 个字符`;
    if (issue.code === 'too_big' && issue.origin === 'array') return `太多，最多 ${issue.maximum} 项`;
    if (issue.code === 'too_big' && issue.origin === 'number') return `不能大于 ${issue.maximum}`;
    if (issue.code === 'too_small' && issue.origin === 'string')
      return Number(issue.minimum) <= 1 ? '不能为空' : `太短，至少 ${issue.minimum} 个字符`;
    if (issue.code === 'too_small' && issue.origin === 'number') return `不能小于 ${issue.minimum}`;
    if (issue.code === 'invalid_type') return issue.input === undefined ? '缺少这一项' : '类型不对';
    return undefined;
  },
});

/** Current on-disk format of a report and of the store file. Bump together with a migration in migrations.ts. */
export const SCHEMA_VERSION = 1;

/** The id of the sample report a first start puts in the library (electron/tools/make-demo.ts). */
export const DEMO_REPORT_ID = 'demo-tanglang-2024';

const MAX_TEXT = 2_000_000; // a 1 MB paste must fit; anything larger is not a report
const shortText = (max = 200) => z.string().max(max);

/** A statistic's figure: what prints as plain digits in the Word file. */
const figure = z.number().refine(isPrintableFigure, {
  message: `数字应在 0 到 ${STAT_VALUE_MAX.toLocaleString('en-US')} 之间，且不能用科学计数法`,
});

export const StatSchema = z
  .object({
    id: shortText(80),
    label: shortText(80),
    unit: shortText(10),
    kind: z.enum(['count', 'percent']),
    /** null = not filled in yet */
    value: figure.nullable(),
    /** last year's value, shown beside the input after 新建下一年度报告 */
    lastYear: figure.nullable().optional(),
  })
  .refine((s) => s.kind !== 'percent' || s.value === null || s.value <= 100, {
    message: '百分比必须在 0 到 100 之间',
    path: ['value'],
  });
export type Stat = z.infer<typeof StatSchema>;

export const ParagraphSchema = z.object({
  id: shortText(80),
  text: z.string().max(MAX_TEXT),
  /** set when the paragraph was carried over from last year's report and not edited since */
  inherited: z.boolean().optional(),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export interface Section {
  id: string;
  /** key of a mandated section or sub-area in assets/sections.json; null for the user's own sub-sections */
  key: string | null;
  heading: string;
  paragraphs: Paragraph[];
  stats: Stat[];
  children: Section[];
}

export const MAX_DEPTH = 4;

/** Sub-sections below the deepest level allowed: none. Their content is not looked at, so nothing recurses. */
const NO_DEEPER = z
  .array(z.unknown())
  .max(0, { message: `小节层级超过 ${SECTION_NESTING_MAX} 级` }) as unknown as z.ZodType<Section[]>;

/** A section with at most `levels` levels (itself included): the nesting is bounded in the schema itself. */
function sectionSchema(levels: number): z.ZodType<Section> {
  return z.object({
    id: shortText(80),
    key: shortText(40).nullable(),
    heading: z.string().max(2000),
    paragraphs: z.array(ParagraphSchema).max(5000),
    stats: z.array(StatSchema).max(200),
    children: levels > 1 ? z.array(sectionSchema(levels - 1)).max(500) : NO_DEEPER,
  });
}

export const SectionSchema: z.ZodType<Section> = sectionSchema(SECTION_NESTING_MAX);

export const SignatureSchema = z.object({
  /** one or two signing units, e.g. 中共XX乡委员会 / XX乡人民政府 */
  units: z.array(shortText(100)).max(2),
  /** 成文日期 as ISO yyyy-mm-dd, '' when not set */
  date: z.string().refine((d) => d === '' || isCalendarDate(d, YEAR_MIN, YEAR_MAX + 1), {
    message: '成文日期不是有效的日期（应为 年-月-日，如 2025-01-15）',
  }),
  /** GB/T 9704 7.3.5.1 (sealed) or 7.3.5.2 (unsealed) layout */
  sealed: z.boolean(),
});
export type Signature = z.infer<typeof SignatureSchema>;

export const MarkSchema = z.object({
  state: z.enum(['confirmed', 'na']),
  reason: shortText(500).optional(),
});
export type Mark = z.infer<typeof MarkSchema>;

export const ReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: shortText(80).min(1),
  unitName: shortText(NAME_MAX_CHARS),
  county: shortText(NAME_MAX_CHARS),
  year: z.number().int().min(YEAR_MIN).max(YEAR_MAX),
  title: z.string().max(500),
  /** true while the title follows unit and year; editing the title by hand turns it off */
  titleAuto: z.boolean(),
  recipient: shortText(300),
  preamble: z.string().max(MAX_TEXT),
  order: z.enum(['A', 'B']),
  sections: z.array(SectionSchema).max(50),
  attachments: z.array(shortText(300)).max(20),
  signature: SignatureSchema,
  /** the county's 工作要点, one item a line, checked as extra checklist items */
  countyItems: z.array(shortText(500)).max(200),
  /** the user's own checklist marks (已确认 / 不适用), by checklist item id */
  marks: z.record(z.string().max(200), MarkSchema),
  /** id of the report this one was carried forward from (新建下一年度报告) */
  previousId: shortText(80).nullable(),
  /** the 保密审查 before the public version: decisions per finding, who marked it done (absent until begun) */
  publicReview: PublicReviewSchema.optional(),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  /** stage and what is done (报送, 保密审查, 公开); absent in reports written before it existed */
  progress: ProgressSchema.optional(),
});
export type Report = z.infer<typeof ReportSchema>;

/** What the report library lists. */
export interface ReportSummary {
  id: string;
  title: string;
  unitName: string;
  county: string;
  year: number;
  updatedAt: string;
  chars: number;
  progress?: Progress;
}

/** The title generated from unit and year, e.g. 汤郎乡2024年度法治政府建设工作情况报告. */
export function generateTitle(unitName: string, year: number): string {
  return `${unitName}${year}年度法治政府建设工作情况报告`;
}

/** Validate unknown data as a report; returns the parsed report or a readable Chinese reason. */
export function parseReport(data: unknown): { ok: true; report: Report } | { ok: false; reason: string } {
  const r = ReportSchema.safeParse(data);
  if (r.success) return { ok: true, report: r.data };
  return { ok: false, reason: describeZodError(r.error) };
}

/** The Chinese names of the report's fields, for saying where a validation problem is. */
const FIELD_NAMES: Record<string, string> = {
  sections: '部分',
  children: '小节',
  paragraphs: '段落',
  stats: '统计数',
  value: '数值',
  lastYear: '上年数值',
  heading: '标题',
  text: '文字',
  title: '标题',
  unitName: '单位名称',
  county: '所属县',
  year: '年度',
  recipient: '主送机关',
  preamble: '导语',
  attachments: '附件',
  signature: '落款',
  units: '落款单位',
  date: '成文日期',
  countyItems: '县里工作要点',
  marks: '检查标记',
  publicReview: '保密审查',
  redactions: '处理记录',
  reviewer: '审查人',
  label: '名称',
  unit: '单位',
  progress: '进度',
  filed: '报送',
  reviewed: '保密审查',
  published: '公开',
  docNo: '文号',
  by: '审查人',
  address: '公开地址',
  dueDates: '报送与公开期限',
  filing: '报送期限',
  publication: '公开期限',
  month: '月',
  day: '日',
};

/** A path such as sections.0.children.2.stats.1.value as 部分1 › 小节3 › 统计数2 › 数值. */
function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => {
      if (typeof p === 'number') return '';
      const name = FIELD_NAMES[String(p)] ?? String(p);
      const next = path[i + 1];
      return typeof next === 'number' ? `${name}${next + 1}` : name;
    })
    .filter(Boolean)
    .join(' › ');
}

/** A short Chinese description of the first validation problems, naming where they are. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? describePath(i.path) + '：' : ''}${i.message}`)
    .join('；');
}

/** Walk every section depth-first, with its depth (1 = 一、). */
export function* walkSections(sections: Section[], depth = 1): Generator<{ section: Section; depth: number }> {
  for (const s of sections) {
    yield { section: s, depth };
    yield* walkSections(s.children, depth + 1);
  }
}

/** Find a section anywhere in the tree by id. */
export function findSection(sections: Section[], id: string): Section | undefined {
  for (const { section } of walkSections(sections)) if (section.id === id) return section;
  return undefined;
}
