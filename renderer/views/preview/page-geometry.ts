/** Where things sit on a preview page, from the layout numbers of electron/core/layout.ts. */
import { CSS_LAYOUT } from '../../../electron/core/layout.ts';
import { cssFontStacks, type FontRole } from '../../../electron/core/fonts.ts';
import { twipsToCssPt } from '../../../electron/core/units.ts';
import type { Settings } from '../../../electron/core/settings.ts';

export const L = CSS_LAYOUT;
export const MM_TO_PX = 96 / 25.4;
const ROLES: FontRole[] = ['title', 'body', 'heading1', 'heading2', 'heading3', 'heading4', 'pageNumber'];

/** The layout numbers as CSS custom properties; preview.css uses nothing else. */
export function layoutVars(preset: Settings['fontPreset'], installed?: readonly string[]): Record<string, string> {
  const fonts = cssFontStacks(preset, installed);
  const vars: Record<string, string> = {
    '--page-w': `${L.page.widthMm}mm`,
    '--page-h': `${L.page.heightMm}mm`,
    '--m-top': `${L.margin.topMm}mm`,
    '--m-right': `${L.margin.rightMm}mm`,
    '--m-bottom': `${L.margin.bottomMm}mm`,
    '--m-left': `${L.margin.leftMm}mm`,
    '--block-w': `${L.textBlock.widthMm}mm`,
    '--block-h': `${L.textBlock.heightMm}mm`,
    '--line-h': `${L.lineHeightPt}pt`,
    '--ls': `${L.letterSpacingPt}pt`,
    '--body-size': `${L.fontSizePt.body}pt`,
    '--pn-size': `${L.fontSizePt.pageNumber}pt`,
    '--pn-side': `${L.pageNumber.sideIndentPt}pt`,
    '--pn-dash': `${L.pageNumber.dashMm}mm`,
  };
  for (const r of ROLES) vars[`--f-${r}`] = fonts[r];
  return vars;
}

export const rowTop = (row: number) =>
  `calc(${L.margin.topMm}mm + ${Math.round(row * L.lineHeightPt * 1000) / 1000}pt)`;
export const blockX = (twips: number) => `calc(${L.margin.leftMm}mm + ${twipsToCssPt(twips)}pt)`;
