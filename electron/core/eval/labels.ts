/**
 * The gold labels of a review corpus (a folder with labels.json and texts/): per text, a state for each checklist
 * item, the report year the text states, and the drafting slips a reviewer would want fixed.
 */
import { z } from 'zod';

/** The labels' numbering of the mandated parts (visible_parts), by the catalogue key of each part. */
export const PART_OF_KEY: Record<string, number> = { measures: 1, shortfalls: 2, chief: 3, plan: 4, other: 5 };

export const LABEL_STATES = ['covered', 'partial', 'missing', 'cut'] as const;
export type LabelState = (typeof LABEL_STATES)[number];

const itemLabel = z.object({
  state: z.enum(LABEL_STATES),
  evidence: z.string().optional(),
  note: z.string().optional(),
});

const slip = z.object({ kind: z.string(), quote: z.string().min(1), fix: z.string().optional() });

const textLabels = z.object({
  year: z.number().int(),
  visible_parts: z.array(z.number().int()).optional(),
  items: z.record(z.string(), itemLabel),
  problems: z.array(slip).default([]),
});

export const corpusLabelsSchema = z.record(z.string(), textLabels);

export type Slip = z.infer<typeof slip>;
export type TextLabels = z.infer<typeof textLabels>;
export type CorpusLabels = z.infer<typeof corpusLabelsSchema>;

/** The labels parsed, or the reason they are not a corpus's labels (first bad field named). */
export function parseCorpusLabels(data: unknown): { ok: true; labels: CorpusLabels } | { ok: false; reason: string } {
  const r = corpusLabelsSchema.safeParse(data);
  if (r.success) return { ok: true, labels: r.data };
  const issue = r.error.issues[0];
  return { ok: false, reason: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
}
