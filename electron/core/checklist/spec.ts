/**
 * The checklist's items and key-phrase settings (assets/checklist.json), validated at load, and the key phrases
 * the checklist extracts from a county item or a promise.
 */
import { z } from 'zod';
import checklistData from '../../../assets/checklist.json' with { type: 'json' };
import { keyPhrases, type KeyPhraseConfig } from '../text/key-phrases.ts';
import { loadAsset } from '../asset.ts';

/** M: required by the rules; R: expected by reviewers; O: optional for a township. */
const itemLevel = z.enum(['M', 'R', 'O']);
const words = z.array(z.string().min(1));

const itemSpec = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  level: itemLevel,
  /** phrases whose presence suggests the item is covered (any of them) */
  cues: words,
  /** catalogue keys of the sections where the item belongs ("jump to") */
  sectionKeys: z.array(z.string().min(1)),
  /** what figures are expected, or null when none are */
  figures: z.string().min(1).nullable(),
  /** statistic ids whose filled value counts as the figure */
  stats: z.array(z.string().min(1)).optional(),
  /** phrases stating a zero figure (未发生 …), which counts as a figure */
  zeroCues: words.optional(),
  /** a special rule instead of the generic one */
  rule: z.enum(['chief', 'shortfalls', 'next-year', 'formalities']).optional(),
  /** chief: what the 书记/乡长 did (亲自部署, 主持, 专题会议, 述法 …) */
  actionCues: words.optional(),
  /** chief: words in the actor's phrase before the title that make it someone else (村党支部书记, 副书记) */
  actorNotAfter: words.optional(),
  /** chief: words right after the title that make it a role, not an action (书记任组长) */
  actorNotBefore: words.optional(),
  /** chief: the slogan that alone does not cover the item */
  sloganCues: words.optional(),
  /** shortfalls: the analysis of causes the rules require */
  reasonCues: words.optional(),
});

const keyPhraseConfig = z.strictObject({
  terms: words.optional(),
  splitWords: words,
  minLength: z.number().int().min(1),
  maxLength: z.number().int().min(1),
});

const checklistSchema = z
  .strictObject({
    version: z.number().int(),
    /** verbs before a 《》 title that make it the unit's own document (出台《…规定》), whose words do count */
    ownDocumentVerbs: words,
    /** words of the 导语's guiding-thought formula (以…为指导, 深入学习贯彻…): cues in that sentence are no account */
    guidingFormula: words,
    items: z.array(itemSpec),
    keyPhrases: keyPhraseConfig,
  })
  .refine((s) => new Set(s.items.map((i) => i.id)).size === s.items.length, 'item ids must be unique');

export type ItemLevel = z.infer<typeof itemLevel>;
/** One item of assets/checklist.json. */
export type ChecklistItemSpec = z.infer<typeof itemSpec>;
export type ChecklistSpec = z.infer<typeof checklistSchema>;

/** assets/checklist.json; a malformed file fails at load with zod's account of where. */
export const checklistSpec: ChecklistSpec = loadAsset('checklist.json', checklistSchema, checklistData);

/** Key phrase settings with every checklist cue counted as a domain term too. */
const phraseConfig: KeyPhraseConfig = {
  ...checklistSpec.keyPhrases,
  terms: [
    ...(checklistSpec.keyPhrases.terms ?? []),
    ...checklistSpec.items.flatMap((i) => i.cues).filter((c) => !c.includes('{')),
  ],
};

/** The key phrases the checklist extracts from a county item or a promise (none inside another). */
export function itemKeyPhrases(text: string): string[] {
  const all = keyPhrases(text, phraseConfig);
  return all.filter((p) => !all.some((q) => q !== p && q.includes(p)));
}
