/**
 * The mandated sections and sub-areas (assets/sections.json) and what is derived from them:
 * a new report's skeleton, hints per section, and the A/B section orders.
 */
import catalogueData from '../../assets/sections.json' with { type: 'json' };
import { SCHEMA_VERSION, generateTitle, type Report, type Section, type Stat } from './report-model.ts';
import { newId } from './ids.ts';
import { z } from 'zod';
import { loadAsset } from './asset.ts';

const FigureSpecSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  unit: z.string(),
  kind: z.enum(['count', 'percent']),
});
export type FigureSpec = z.infer<typeof FigureSpecSchema>;

export interface SectionSpec {
  key: string;
  heading: string;
  hint: string;
  example: string;
  figures: FigureSpec[];
  required?: boolean;
  optional?: boolean;
  children?: SectionSpec[];
}

const SectionSpecSchema: z.ZodType<SectionSpec> = z.lazy(() =>
  z
    .object({
      key: z.string().min(1),
      heading: z.string().min(1),
      hint: z.string(),
      example: z.string(),
      figures: z.array(FigureSpecSchema),
      required: z.boolean().optional(),
      optional: z.boolean().optional(),
      children: z.array(SectionSpecSchema).optional(),
    })
    .strict(),
);

const Order = z.enum(['A', 'B']);
const CatalogueSchema = z
  .object({
    version: z.number().int(),
    orders: z.record(Order, z.array(z.string().min(1))),
    orderNames: z.record(Order, z.string().min(1)),
    sections: z.array(SectionSpecSchema).min(1),
  })
  .strict();
export type Catalogue = z.infer<typeof CatalogueSchema>;

export const catalogue: Catalogue = loadAsset('sections.json', CatalogueSchema, catalogueData);

const specIndex = new Map<string, SectionSpec>();
for (const s of catalogue.sections) {
  specIndex.set(s.key, s);
  for (const c of s.children ?? []) specIndex.set(c.key, c);
}

/** The catalogue entry of a mandated section or sub-area, by key. */
export function specFor(key: string | null): SectionSpec | undefined {
  return key ? specIndex.get(key) : undefined;
}

/** Fill {year} and {nextYear} in a catalogue text. */
export function fillYear(text: string, year: number): string {
  return text.replaceAll('{year}', String(year)).replaceAll('{nextYear}', String(year + 1));
}

function statsFor(spec: SectionSpec): Stat[] {
  return spec.figures.map((f) => ({ id: f.id, label: f.label, unit: f.unit, kind: f.kind, value: null }));
}

/** An empty section (with its sub-areas and statistics) for a catalogue entry, headed for the given year. */
export function sectionFromSpec(spec: SectionSpec, year: number): Section {
  return {
    id: newId(),
    key: spec.key,
    heading: fillYear(spec.heading, year),
    paragraphs: [],
    stats: statsFor(spec),
    children: (spec.children ?? []).map((c) => sectionFromSpec(c, year)),
  };
}

/** Everything needed to start a report. */
export interface NewReportInput {
  unitName: string;
  county: string;
  year: number;
  order?: 'A' | 'B';
}

/** A new, empty report with every mandated section and sub-area in the chosen order. */
export function createReport(input: NewReportInput, now = new Date()): Report {
  const order = input.order ?? 'A';
  const sections = catalogue.orders[order].map((key) => sectionFromSpec(specIndex.get(key)!, input.year));
  const stamp = now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id: newId(),
    unitName: input.unitName,
    county: input.county,
    year: input.year,
    title: generateTitle(input.unitName, input.year),
    titleAuto: true,
    recipient: input.county ? `中共${input.county}委、${input.county}人民政府：` : '',
    preamble: '',
    order,
    sections,
    attachments: [],
    signature: { units: [], date: '', sealed: false },
    countyItems: [],
    marks: {},
    previousId: null,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/**
 * Put the top-level mandated sections in the order of variant A or B.
 * The user's own top-level sections keep their slots; only mandated ones move among mandated slots.
 */
export function applyOrder(sections: Section[], order: 'A' | 'B'): Section[] {
  const rank = (s: Section) => catalogue.orders[order].indexOf(s.key ?? '');
  const keyed = sections.filter((s) => rank(s) >= 0).sort((a, b) => rank(a) - rank(b));
  let k = 0;
  return sections.map((s) => (rank(s) >= 0 ? keyed[k++] : s));
}

/** A new empty sub-section the user adds by hand. */
export function customSection(heading = ''): Section {
  return { id: newId(), key: null, heading, paragraphs: [{ id: newId(), text: '' }], stats: [], children: [] };
}

/**
 * The report year changed: mandated headings still as generated for the old year ("2024年度…主要举措和成效",
 * "2025年度…主要安排") follow the new year; headings the user wrote are left as they are.
 */
export function retitleForYear(sections: Section[], oldYear: number, newYear: number): void {
  for (const s of sections) {
    const spec = specFor(s.key);
    if (spec && s.heading === fillYear(spec.heading, oldYear)) s.heading = fillYear(spec.heading, newYear);
    retitleForYear(s.children, oldYear, newYear);
  }
}
