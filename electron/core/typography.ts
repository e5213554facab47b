/**
 * East Asian line breaking as Word applies it with the settings the export writes (assets/typography.json,
 * validated at load): which marks may not start a line (行首禁则), which may not end one (行尾禁则), and which
 * marks LibreOffice hangs past the margin when it reads the file's overflowPunct inverted. The export writes the
 * two lists into settings.xml so Word and WPS break by exactly these; pagination.ts breaks the preview's lines by them.
 * Pure: no Node or Electron imports.
 */
import { z } from 'zod';
import typographyData from '../../assets/typography.json' with { type: 'json' };
import { loadAsset } from './asset.ts';

const typographySchema = z.strictObject({
  version: z.number().int(),
  about: z.string(),
  noLineStart: z.string().min(1),
  noLineEnd: z.string().min(1),
  hanging: z.string().min(1),
});

export type Typography = z.infer<typeof typographySchema>;

export const TYPOGRAPHY: Typography = loadAsset('typography.json', typographySchema, typographyData);

/** May not start a line. */
export const NO_LINE_START: ReadonlySet<string> = new Set(TYPOGRAPHY.noLineStart);
/** May not end a line. */
export const NO_LINE_END: ReadonlySet<string> = new Set(TYPOGRAPHY.noLineEnd);
/** Hung past the margin by a reader that allows hanging punctuation (LibreOffice's reading of our file). */
export const HANGING_MARKS: ReadonlySet<string> = new Set(TYPOGRAPHY.hanging);
