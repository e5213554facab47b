/** The user's defaults, kept in the store beside the reports. */
import { z } from 'zod';
import { NAME_MAX_CHARS } from './limits.ts';
import { FONT_PRESET_IDS } from './fonts.ts';

/** A month and day of the year after the report year (the deadlines); 2月29日 is not a yearly date. */
const MonthDaySchema = z
  .object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
  .refine((d) => d.day <= new Date(Date.UTC(2001, d.month, 0)).getUTCDate(), { message: '该月没有这一天' });

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
  /** the county's own words for the 保密审查 of the public version (a unit's name, a project not yet public …) */
  privacyWords: z.array(z.string().max(50)).max(500).optional(),
  /** the county's own 报送 and 公开 dates when its province sets earlier ones; absent = assets/deadlines.json */
  dueDates: z
    .object({ filing: MonthDaySchema, publication: MonthDaySchema })
    .refine((d) => d.filing.month * 100 + d.filing.day <= d.publication.month * 100 + d.publication.day, {
      message: '公开期限不能早于报送期限',
    })
    .optional(),
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
