/**
 * A version of a report: the whole report as it was at one moment, kept beside it (never inside its file), with
 * a line for the 版本 list: when, why (by hand with a stage and a note, or automatically on export, print or
 * before a restore), how big, and what changed since the version before it. Stages, automatic labels and the
 * thinning limits are data in assets/versions.json.
 */
import { z } from 'zod';
import versionsData from '../../../assets/versions.json' with { type: 'json' };
import { loadAsset } from '../asset.ts';
import { ReportSchema } from '../report-model.ts';

const AUTO_KINDS = ['docx', 'pdf', 'print', 'restore'] as const;
export type AutoKind = (typeof AUTO_KINDS)[number];

const versionsAssetSchema = z
  .strictObject({
    version: z.number().int(),
    stages: z
      .array(z.strictObject({ id: z.string().regex(/^[a-z-]{1,40}$/), label: z.string().min(1).max(20) }))
      .min(1)
      .refine((xs) => new Set(xs.map((x) => x.id)).size === xs.length, 'stage ids must differ'),
    /** the stage whose newest version the 公开版 is made from unless the reviewer chooses another (报送稿) */
    publicFrom: z.string(),
    autoLabels: z.strictObject({
      docx: z.string().min(1),
      pdf: z.string().min(1),
      print: z.string().min(1),
      restore: z.string().min(1),
    }) satisfies z.ZodType<Record<AutoKind, string>>,
    thinning: z.strictObject({
      description: z.string(),
      /** automatic versions younger than this are all kept */
      keepAllDays: z.number().int().min(0).max(3650),
      /** at most this many automatic versions per report */
      maxAuto: z.number().int().min(1).max(1000),
    }),
  })
  .refine((a) => a.stages.some((s) => s.id === a.publicFrom), 'publicFrom must be one of the stages');
type VersionsAsset = z.infer<typeof versionsAssetSchema>;

export const versionsAsset: VersionsAsset = loadAsset('versions.json', versionsAssetSchema, versionsData);
export type ThinningLimits = VersionsAsset['thinning'];

/** The stage's label (初稿 …), or '' for none or an id no longer in the asset. */
export function stageLabel(id: string | null | undefined): string {
  return versionsAsset.stages.find((s) => s.id === id)?.label ?? '';
}

/** What changed since the version before: the sections touched and characters added and removed. */
export const ChangeSchema = z.object({
  /** headings (or 标题/主送机关/导语/落款) of the parts whose text differs, in report order */
  sections: z.array(z.string().max(2000)).max(1000),
  added: z.number().int().min(0),
  removed: z.number().int().min(0),
  /** true for the first version of a report (nothing to compare with) */
  first: z.boolean(),
});
export type Change = z.infer<typeof ChangeSchema>;

export const VersionMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,80}$/),
  createdAt: z.string().max(40),
  /** 'named': 存为版本 by hand (never thinned); the others are automatic */
  kind: z.enum(['named', ...AUTO_KINDS]),
  /** a stage id of assets/versions.json ('' = none) */
  stage: z.string().max(40),
  note: z.string().max(500),
  chars: z.number().int().min(0),
  bytes: z.number().int().min(0),
  change: ChangeSchema,
});
export type VersionMeta = z.infer<typeof VersionMetaSchema>;

/** One version as it is kept on disk and carried in a backup. */
export const VersionSchema = z.object({ meta: VersionMetaSchema, report: ReportSchema });
export type Version = z.infer<typeof VersionSchema>;

/** How a version is named in the list: its stage and note, or the automatic label. */
export function versionTitle(m: Pick<VersionMeta, 'kind' | 'stage' | 'note'>): string {
  if (m.kind !== 'named') return versionsAsset.autoLabels[m.kind];
  return [stageLabel(m.stage), m.note].filter(Boolean).join('：') || '手工保存的版本';
}
