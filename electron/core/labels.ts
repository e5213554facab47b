/**
 * The names the screen and the printed checklist both use for item levels (必写/应写/可写) and finding
 * severities (错误/提醒/参考), and the rules a 不适用 reason must meet: one table, assets/labels.json, so the
 * editor and the paper cannot drift apart again.
 */
import { z } from 'zod';
import labelsData from '../../assets/labels.json' with { type: 'json' };
import { loadAsset } from './asset.ts';

const label = z.strictObject({ name: z.string().min(1), hint: z.string().min(1) });

const labelsSchema = z.strictObject({
  levels: z.strictObject({ M: label, R: label, O: label }),
  severities: z.strictObject({ error: label, warning: label, info: label }),
  marks: z.strictObject({
    /** the fewest characters (not counting spaces and punctuation) a 不适用 reason of a 必写 item must have */
    naReasonMinChars: z.number().int().min(1).max(50),
    /** reasons that say nothing ("无", "略"), refused on a 必写 item whatever their length */
    emptyReasons: z.array(z.string().min(1)),
  }),
});

export type Labels = z.infer<typeof labelsSchema>;
export type LevelKey = keyof Labels['levels'];
export type SeverityKey = keyof Labels['severities'];

export const labels: Labels = loadAsset('labels.json', labelsSchema, labelsData);

/** 必写 / 应写 / 可写 */
export const levelName = (level: LevelKey): string => labels.levels[level].name;
/** 错误 / 提醒 / 参考 */
export const severityName = (severity: SeverityKey): string => labels.severities[severity].name;
