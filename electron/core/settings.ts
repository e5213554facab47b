/** The user's defaults, kept in the store beside the reports. */
import { z } from 'zod';
import { NAME_MAX_CHARS } from './limits.ts';

export const SettingsSchema = z.object({
  unitName: z.string().max(NAME_MAX_CHARS),
  county: z.string().max(NAME_MAX_CHARS),
  fontPreset: z.enum(['windows', 'gb2312']),
  boldHeadings: z.boolean(),
  sealed: z.boolean(),
  signatureUnits: z.array(z.string().max(100)).max(2),
  /** wait after the last keystroke before saving, in milliseconds */
  autosaveMs: z.number().int().min(300).max(60_000),
  order: z.enum(['A', 'B']),
  /** the county's own words for the 保密审查 of the public version (a unit's name, a project not yet public …) */
  privacyWords: z.array(z.string().max(50)).max(500).optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  unitName: '',
  county: '',
  fontPreset: 'windows',
  boldHeadings: false,
  sealed: false,
  signatureUnits: [],
  autosaveMs: 1000,
  order: 'A',
};
