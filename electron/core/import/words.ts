/**
 * The words the import recognises a report by (assets/import-words.json), checked at load: which heading words
 * point to which mandated section or sub-area, what a title, a 主送机关 and a signing unit end with.
 * The keys must be the catalogue's, so a renamed section cannot silently stop matching.
 */
import { z } from 'zod';
import wordsData from '../../../assets/import-words.json' with { type: 'json' };
import { specFor } from '../catalogue.ts';
import { loadAsset } from '../asset.ts';

const Words = z.array(z.string().min(1)).min(1);
const Rules = z.array(z.object({ key: z.string().min(1), words: Words }).strict()).min(1);

const ImportWordsSchema = z
  .object({
    version: z.literal(1),
    ruleOfLaw: Words,
    title: z.object({ secondLine: Words, oneLine: Words }).strict(),
    recipient: z.object({ organs: Words, notIfContains: Words }).strict(),
    signingUnitEndings: Words,
    countyCues: Words,
    /** the 导语 sentence that names what is reported ("现将…2024年…报告如下"): its opening and closing words */
    /** lines a web page adds: metadata labels (来源：) and page controls (打印 关闭) */
    pageNoise: z.object({ labels: Words, controls: Words }).strict(),
    yearSentence: z.object({ opens: Words, closes: Words }).strict(),
    /** headings that name the author's own overview (基本情况): never placed on a part by what their text says */
    ownParts: Words,
    topSections: Rules,
    subAreas: Rules,
  })
  .strict()
  .superRefine((w, ctx) => {
    for (const [field, rules] of [['topSections', w.topSections] as const, ['subAreas', w.subAreas] as const]) {
      for (const r of rules) {
        if (!specFor(r.key)) ctx.addIssue({ code: 'custom', path: [field], message: `unknown section key ${r.key}` });
      }
    }
  });

export type ImportWords = z.infer<typeof ImportWordsSchema>;
/** Heading words of one section or sub-area, by key. */
export type WordRule = ImportWords['topSections'][number];

export const importWords: ImportWords = loadAsset('import-words.json', ImportWordsSchema, wordsData);

/** A regex source matching any of the words (in the given order). */
export function anyOf(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
