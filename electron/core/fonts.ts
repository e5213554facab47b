/**
 * Typefaces of the report: GB/T 9704-2012 names typefaces, not font files, so each element has a font role, the
 * Word export names one font per role from a preset of what offices have installed, and the print preview draws
 * with CSS stacks that carry every name of the typeface and end in generic CJK fallbacks.
 * Pure data: no Node or Electron imports, so the renderer can import it too.
 */

export type FontPresetId = 'windows' | 'gb2312';

/** Which typeface each element uses. */
export type FontRole = 'title' | 'body' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'pageNumber';

export interface FontPreset {
  id: FontPresetId;
  label: string;
  /** One Word font name per role (Word names one font per script slot; it substitutes when it is missing). */
  word: Record<FontRole, string>;
}

/**
 * Word font names. A .docx names one font per script slot, so each preset picks one name per role; the CSS
 * stacks below carry the full fallback chains. "Windows 自带" names fonts a Chinese Windows office PC has:
 * 方正小标宋简体 is commercial, so its title uses 华文中宋 (installed with Chinese Microsoft Office); where that is
 * missing too, Word substitutes a font of its own choosing. "GB2312 字体" is the set offices prepared for 公文
 * install (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312).
 */
export const FONT_PRESETS: Record<FontPresetId, FontPreset> = {
  windows: {
    id: 'windows',
    label: 'Windows 自带',
    word: {
      title: '华文中宋',
      body: '仿宋',
      heading1: '黑体',
      heading2: '楷体',
      heading3: '仿宋',
      heading4: '仿宋',
      pageNumber: '宋体',
    },
  },
  gb2312: {
    id: 'gb2312',
    label: 'GB2312 字体',
    word: {
      title: '方正小标宋简体',
      body: '仿宋_GB2312',
      heading1: '黑体',
      heading2: '楷体_GB2312',
      heading3: '仿宋_GB2312',
      heading4: '仿宋_GB2312',
      pageNumber: '宋体',
    },
  },
};

export const DEFAULT_FONT_PRESET: FontPresetId = 'windows';

/** Font role of a heading at a depth (1–4). */
export function headingFontRole(depth: number): FontRole {
  return depth <= 1 ? 'heading1' : depth === 2 ? 'heading2' : depth === 3 ? 'heading3' : 'heading4';
}

/** Every name a typeface goes by, for CSS (Chinese name, Windows/macOS names, the GB2312 variant). */
const FAMILY_NAMES = {
  xiaobiaosong: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK'],
  zhongsong: ['华文中宋', 'STZhongsong'],
  song: ['宋体', 'SimSun', 'STSong'],
  fangsong: ['仿宋', 'FangSong', 'STFangsong'],
  fangsongGb: ['仿宋_GB2312', 'FangSong_GB2312'],
  kai: ['楷体', 'KaiTi', 'STKaiti'],
  kaiGb: ['楷体_GB2312', 'KaiTi_GB2312'],
  hei: ['黑体', 'SimHei', 'STHeiti'],
} as const;

/** The generic CJK fallbacks every stack ends with. */
const SERIF_FALLBACK = ['Noto Serif CJK SC', 'Source Han Serif SC', 'Noto Serif SC'];
const SANS_FALLBACK = ['Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC'];

function cssStack(names: readonly string[], generic: 'serif' | 'sans-serif'): string {
  const all = [...names, ...(generic === 'serif' ? SERIF_FALLBACK : SANS_FALLBACK)];
  return [...all.map((n) => `"${n}"`), generic].join(', ');
}

/** CSS font-family stacks per role and preset; the preset's Word font comes first. */
export function cssFontStacks(preset: FontPresetId): Record<FontRole, string> {
  const F = FAMILY_NAMES;
  const gb = preset === 'gb2312';
  const fang = gb ? [...F.fangsongGb, ...F.fangsong] : [...F.fangsong, ...F.fangsongGb];
  const kai = gb ? [...F.kaiGb, ...F.kai] : [...F.kai, ...F.kaiGb];
  const title = gb ? [...F.xiaobiaosong, ...F.zhongsong, ...F.song] : [...F.zhongsong, ...F.xiaobiaosong, ...F.song];
  return {
    title: cssStack(title, 'serif'),
    body: cssStack(fang, 'serif'),
    heading1: cssStack(F.hei, 'sans-serif'),
    heading2: cssStack(kai, 'serif'),
    heading3: cssStack(fang, 'serif'),
    heading4: cssStack(fang, 'serif'),
    pageNumber: cssStack(F.song, 'serif'),
  };
}
