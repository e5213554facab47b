/** The user's defaults, kept in the store beside the reports. */
import { z } from 'zod';
import { NAME_MAX_CHARS } from './limits.ts';
import { FONT_PRESET_IDS } from './fonts.ts';

export const SettingsSchema = z.object({
  unitName: z.string().max(NAME_MAX_CHARS),
  county: z.string().max(NAME_MAX_CHARS),
  fontPreset: z.enum(FONT_PRESET_IDS),
  boldHeadings: z.boolean(),
  sealed: z.boolean(),
  signatureUnits: z.array(z.string().max(100)).max(2),
  /** wait after the last keystroke before saving, in milliseconds */
  autosaveMs: z.number().int().min(300).max(60_000),
  order: z.enum(['A', 'B']),
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
