/**
 * The word lists of the lint (assets/lint-words.json), validated at load: placeholders, stale phrases by year,
 * words beyond a township's powers, proofreading and 法治/法制. Entries are literals unless `regex` is set.
 */
import { z } from 'zod';
import lintWordsData from '../../../assets/lint-words.json' with { type: 'json' };
import { loadAsset } from '../asset.ts';

const severity = z.enum(['error', 'warning', 'info']);
const grade = z.enum(['必改', '疑似']);

const wordEntry = z.strictObject({
  pattern: z.string().min(1),
  regex: z.boolean().optional(),
  /** for a regex: a literal every match contains (a quick pre-check) */
  anchor: z.string().min(1).optional(),
  to: z.string().optional(),
  grade: grade.optional(),
  note: z.string().optional(),
  unless: z.array(z.string().min(1)).optional(),
  message: z.string().optional(),
});

const staleEntry = wordEntry.extend({
  id: z.string().min(1),
  fromYear: z.number().int(),
  toYear: z.number().int().optional(),
  /** flag the phrase once per report, and not at all when an `unless` word is anywhere in the report */
  once: z.boolean().optional(),
  severity,
  message: z.string().min(1),
});

/**
 * A replacement with a grade: 必改 entries carry a fix, 疑似 ones only a warning. A term with a legitimate local
 * use is 疑似 with `certainIf`: words that, in the same sentence, make the meaning certain (then 必改, with the fix).
 */
const gradedEntry = wordEntry.extend({
  to: z.string(),
  grade,
  note: z.string().min(1),
  certainIf: z.array(z.string().min(1)).optional(),
});

const lintWordsSchema = z.strictObject({
  version: z.number().int(),
  placeholders: z.array(wordEntry),
  stale: z.array(staleEntry),
  outOfScope: z.array(wordEntry.extend({ message: z.string().min(1) })),
  proofread: z.array(gradedEntry),
  fazhi: z.array(gradedEntry),
  /** doubled words: characters never written twice in a row, and reduplications that are words of their own */
  doubled: z.strictObject({
    chars: z.array(z.string().length(1)).min(1),
    allowed: z.array(z.string().min(2)),
  }),
  /** how a 乡 and a 镇 name themselves (我乡, 镇域 …): the other kind's words in a report are left from another unit */
  unitWords: z.strictObject({ 乡: z.array(z.string().min(2)), 镇: z.array(z.string().min(2)) }),
  /**
   * a figure left after a sentence's end ("…的情况。36件"): the marks that end a sentence, how many characters of
   * unit may follow the number, and the message ({figure} is the stray figure)
   */
  strayFigure: z.strictObject({
    enders: z.array(z.string().length(1)).min(1),
    maxTailChars: z.number().int().min(0).max(10),
    message: z.string().includes('{figure}'),
  }),
});

export type WordEntry = z.infer<typeof wordEntry>;
export type GradedEntry = z.infer<typeof gradedEntry>;
export type LintWords = z.infer<typeof lintWordsSchema>;

/** assets/lint-words.json; a malformed file fails at load with zod's account of where. */
export const lintWords: LintWords = loadAsset('lint-words.json', lintWordsSchema, lintWordsData);
