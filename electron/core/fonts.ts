/**
 * Typefaces of the report: GB/T 9704-2012 names typefaces, not font files, so each element has a font role, the
 * Word export names one font per role from a preset (assets/fonts.json), and the print preview draws with CSS
 * stacks that carry every name of the typeface and end in generic CJK fallbacks. Which fonts a PC has is the
 * machine's (services/font-list.ts reads it); everything here takes that list as an argument.
 * Pure data: no Node or Electron imports, so the renderer can import it too.
 */
import { z } from 'zod';
import fontsData from '../../assets/fonts.json' with { type: 'json' };
import { loadAsset } from './asset.ts';

export const FONT_PRESET_IDS = ['windows', 'gb2312', 'uos'] as const;
export type FontPresetId = (typeof FONT_PRESET_IDS)[number];

export const FONT_ROLES = ['title', 'body', 'heading1', 'heading2', 'heading3', 'heading4', 'pageNumber'] as const;
/** Which typeface each element uses. */
export type FontRole = (typeof FONT_ROLES)[number];

const presetSchema = z.strictObject({
  id: z.enum(FONT_PRESET_IDS),
  label: z.string().min(1),
  note: z.string().min(1),
  /** per role: the wanted font first, then the stated fallback(s) when this PC lacks it */
  roles: z.record(z.enum(FONT_ROLES), z.array(z.string().min(1)).min(1)),
});

const fontSchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  altName: z.string().min(1),
  panose: z.string().regex(/^[0-9A-F]{20}$/),
  charset: z.string().regex(/^[0-9A-F]{2}$/),
  family: z.enum(['auto', 'roman', 'swiss', 'modern', 'script', 'decorative']),
  pitch: z.enum(['default', 'fixed', 'variable']),
  generic: z.enum(['serif', 'sans-serif']),
});

const fontsSchema = z
  .strictObject({
    version: z.number().int(),
    about: z.string(),
    presets: z.array(presetSchema).length(FONT_PRESET_IDS.length),
    fonts: z.array(fontSchema).min(1),
    fallbacks: z.strictObject({ serif: z.array(z.string()), 'sans-serif': z.array(z.string()) }),
  })
  .refine((d) => FONT_PRESET_IDS.every((id) => d.presets.some((p) => p.id === id)), 'every preset id once')
  .refine(
    (d) =>
      d.presets.every((p) =>
        Object.values(p.roles).every((names) => names.every((n) => d.fonts.some((f) => f.name === n))),
      ),
    'every font a preset names is described under fonts',
  );

export type FontPreset = z.infer<typeof presetSchema>;
export type FontInfo = z.infer<typeof fontSchema>;

const FONTS = loadAsset('fonts.json', fontsSchema, fontsData);

export const FONT_PRESETS = Object.fromEntries(FONTS.presets.map((p) => [p.id, p])) as Record<FontPresetId, FontPreset>;

export const DEFAULT_FONT_PRESET: FontPresetId = 'windows';

/** What fontTable.xml says about a font so a PC without it substitutes well. */
export function fontInfo(name: string): FontInfo | undefined {
  return FONTS.fonts.find((f) => f.name === name);
}

/** Font role of a heading at a depth (1–5; level 5 is set like level 4). */
export function headingFontRole(depth: number): FontRole {
  return depth <= 1 ? 'heading1' : depth === 2 ? 'heading2' : depth === 3 ? 'heading3' : 'heading4';
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Whether a font (by any of its names) is in a PC's list of installed family names. */
export function isInstalled(name: string, installed: readonly string[]): boolean {
  const have = new Set(installed.map(fold));
  const names = [name, ...(fontInfo(name)?.aliases ?? [])];
  return names.some((n) => have.has(fold(n)));
}

/**
 * The font each role names in the Word file: the first of the preset's names this PC has, else the last (the
 * stated fallback). Without a list (not known, e.g. a test) every role takes its fallback, which for the
 * Windows preset is a stock Windows font.
 */
export function presetFonts(preset: FontPresetId, installed?: readonly string[]): Record<FontRole, string> {
  const roles = FONT_PRESETS[preset].roles;
  const pick = (names: string[]) =>
    (installed && names.find((n) => isInstalled(n, installed))) ?? names[names.length - 1];
  return Object.fromEntries(FONT_ROLES.map((r) => [r, pick(roles[r])])) as Record<FontRole, string>;
}

/** Every font name the preset may write, each once (for the font table and the font check). */
export function presetFontNames(preset: FontPresetId): string[] {
  return [...new Set(FONT_ROLES.flatMap((r) => FONT_PRESETS[preset].roles[r]))];
}

/** CSS font-family stacks per role: the font Word will use first, then its other names, its substitute, fallbacks. */
export function cssFontStacks(preset: FontPresetId, installed?: readonly string[]): Record<FontRole, string> {
  const chosen = presetFonts(preset, installed);
  const stack = (role: FontRole) => {
    const names: string[] = [];
    const add = (n: string) => {
      const info = fontInfo(n);
      for (const x of [n, ...(info?.aliases ?? [])]) if (!names.includes(x)) names.push(x);
    };
    add(chosen[role]);
    for (const n of FONT_PRESETS[preset].roles[role]) add(n);
    const info = fontInfo(chosen[role]);
    if (info) add(info.altName);
    const generic = info?.generic ?? 'serif';
    const all = [...names, ...FONTS.fallbacks[generic].filter((f) => !names.includes(f))];
    return [...all.map((n) => `"${n}"`), generic].join(', ');
  };
  return Object.fromEntries(FONT_ROLES.map((r) => [r, stack(r)])) as Record<FontRole, string>;
}

export interface PresetCheck {
  id: FontPresetId;
  label: string;
  note: string;
  /** one row per role font the preset wants (fallbacks shown where they stand in) */
  fonts: Array<{ name: string; installed: boolean; roles: FontRole[]; fallback?: string }>;
  /** every role has a font this PC has (a wanted one or its stated fallback) */
  usable: boolean;
  /** every wanted font is here, no fallback needed */
  complete: boolean;
}

export interface FontCheck {
  presets: PresetCheck[];
  /** the preset to use on this PC: the first complete one, else the first usable one, else Windows */
  recommended: FontPresetId;
}

/** Which fonts of each preset this PC has, and the preset to recommend. */
export function checkFonts(installed: readonly string[]): FontCheck {
  const presets = FONT_PRESET_IDS.map((id): PresetCheck => {
    const p = FONT_PRESETS[id];
    const rows = new Map<string, PresetCheck['fonts'][number]>();
    let usable = true;
    let complete = true;
    for (const role of FONT_ROLES) {
      const [wanted, ...rest] = p.roles[role];
      const has = isInstalled(wanted, installed);
      const fallback = has ? undefined : rest.find((n) => isInstalled(n, installed));
      if (!has) complete = false;
      if (!has && !fallback) usable = false;
      const row = rows.get(wanted) ?? { name: wanted, installed: has, roles: [], fallback };
      row.roles.push(role);
      rows.set(wanted, row);
    }
    return { id, label: p.label, note: p.note, fonts: [...rows.values()], usable, complete };
  });
  const pick = presets.find((p) => p.complete) ?? presets.find((p) => p.usable);
  return { presets, recommended: pick?.id ?? DEFAULT_FONT_PRESET };
}

/** The preview's note when it draws with other fonts than the file names (this PC lacks them), or null. */
export function substitutionNote(preset: FontPresetId, installed: readonly string[] | undefined): string | null {
  if (!installed) return null;
  const chosen = presetFonts(preset, installed);
  const missing = [...new Set(Object.values(chosen))].filter((n) => !isInstalled(n, installed));
  if (!missing.length) return null;
  return `本机没有 ${missing.join('、')}，预览用相近字体代替（字宽相同，字形不同）；Word 在装有这些字体的电脑上按原字体显示。`;
}

/** A warning before export when the chosen preset's fonts are missing on this PC, or null. */
export function exportFontWarning(preset: FontPresetId, installed: readonly string[] | undefined): string | null {
  if (!installed) return null;
  const check = checkFonts(installed).presets.find((p) => p.id === preset)!;
  if (check.usable) return null;
  const missing = check.fonts.filter((f) => !f.installed && !f.fallback).map((f) => f.name);
  const better = checkFonts(installed).recommended;
  return (
    `本机没有字体方案“${check.label}”的 ${missing.join('、')}：在本机打开导出的 Word 文件时会用其他字体代替。` +
    (better !== preset ? `建议在“设置 → 字体”改用“${FONT_PRESETS[better].label}”。` : '')
  );
}
