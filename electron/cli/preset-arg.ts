/** The --preset flag of the commands that lay out a report (docx, pdf); apart from cli-args so the others need no font data. */
import { FONT_PRESET_IDS, type FontPresetId } from '../core/fonts.ts';
import { argError } from './cli-args.ts';

/** The font preset named by --preset; anything else (or nothing) is refused with the list of presets. */
export function presetArg(value: string | undefined, usage: string): FontPresetId {
  if (!FONT_PRESET_IDS.includes(value as FontPresetId))
    throw argError(
      `字体方案只能是 ${FONT_PRESET_IDS.join('、')} / --preset must be one of them (got ${value ?? 'nothing'})`,
      usage,
    );
  return value as FontPresetId;
}
