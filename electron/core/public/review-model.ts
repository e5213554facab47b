/**
 * The 保密审查 as the report keeps it: what the reviewer decided for each finding and who marked the scan done.
 * Stored on the report so the decisions survive a restart; they apply only to the public copy, never to the
 * filed text.
 */
import { z } from 'zod';

export const RedactionSchema = z.strictObject({
  field: z.enum(['title', 'recipient', 'preamble', 'heading', 'paragraph', 'attachment', 'signature']),
  sectionId: z.string().max(80).optional(),
  paragraphId: z.string().max(80).optional(),
  index: z.number().int().min(0).max(100).optional(),
  /** where the text was when the decision was made; found again by its text if the field changed since */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string().min(1).max(200),
  /** mask: ×× of the same length · remove: left out · keep: not sensitive, published as written */
  mode: z.enum(['mask', 'remove', 'keep']),
});
export type Redaction = z.infer<typeof RedactionSchema>;

export const PublicReviewSchema = z.strictObject({
  redactions: z.array(RedactionSchema).max(2000),
  /** who marked the scan done, and the day (ISO); '' until then */
  reviewer: z.string().max(50),
  reviewedAt: z.string().max(40),
  /**
   * What the public version is made from: a version's id, or '' for the current text. Absent: the newest version
   * of the stage assets/versions.json names (报送稿), else the current text (see public/source.ts).
   */
  source: z.string().max(80).optional(),
});
export type PublicReview = z.infer<typeof PublicReviewSchema>;

export const EMPTY_REVIEW: PublicReview = { redactions: [], reviewer: '', reviewedAt: '' };
