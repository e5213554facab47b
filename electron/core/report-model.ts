/**
 * The report model: one annual 法治政府建设工作情况报告 as the app stores it.
 * Pure data and validation; shared by the main process, the renderer and the CLIs.
 */
import { z } from 'zod';
import { NAME_MAX_CHARS, YEAR_MAX, YEAR_MIN } from './limits.ts';

/** Current on-disk format of a report and of the store file. Bump together with a migration in migrations.ts. */
export const SCHEMA_VERSION = 1;

const MAX_TEXT = 2_000_000; // a 1 MB paste must fit; anything larger is not a report
const shortText = (max = 200) => z.string().max(max);

export const StatSchema = z
  .object({
    id: shortText(80),
    label: shortText(80),
    unit: shortText(10),
    kind: z.enum(['count', 'percent']),
    /** null = not filled in yet */
    value: z.number().finite().nonnegative().nullable(),
    /** last year's value, shown beside the input after 新建下一年度报告 */
    lastYear: z.number().finite().nonnegative().nullable().optional(),
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

export const SectionSchema: z.ZodType<Section> = z.lazy(() =>
  z.object({
    id: shortText(80),
    key: shortText(40).nullable(),
    heading: z.string().max(2000),
    paragraphs: z.array(ParagraphSchema).max(5000),
    stats: z.array(StatSchema).max(200),
    children: z.array(SectionSchema).max(500),
  }),
);

export const SignatureSchema = z.object({
  /** one or two signing units, e.g. 中共XX乡委员会 / XX乡人民政府 */
  units: z.array(shortText(100)).max(2),
  /** 成文日期 as ISO yyyy-mm-dd, '' when not set */
  date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
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
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
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

/** A short Chinese description of the first validation problems, naming where they are. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') + '：' : ''}${i.message}`)
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
