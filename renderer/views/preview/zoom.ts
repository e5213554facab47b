/** The preview's zoom: fit the page width, fit a whole page, or a fixed percentage (print is always at 100 %). */
import { L, MM_TO_PX } from './page-geometry.ts';

export type Zoom = 'width' | 'page' | number;

/** The fixed percentages offered, 50–200 %. */
export const ZOOM_STEPS = [50, 75, 100, 125, 150, 200] as const;
export const ZOOM_MIN = 50;
export const ZOOM_MAX = 200;

/** The gap the scroller keeps around the pages (its padding, as in preview.css). */
const GAP_PX = 32;
/** The space between two sheets (.pv-page margin). */
export const SHEET_GAP_PX = 16;

export const PAGE_W_PX = L.page.widthMm * MM_TO_PX;
export const PAGE_H_PX = L.page.heightMm * MM_TO_PX;

/**
 * The scale for a zoom in a scroller of the given size. The fits stay within 30 % (a tiny window still shows
 * something) and the largest step; a percentage is taken as it is.
 */
export function zoomScale(zoom: Zoom, width: number, height: number): number {
  if (typeof zoom === 'number') return zoom / 100;
  const fitWidth = (width - GAP_PX) / PAGE_W_PX;
  const fit = zoom === 'width' ? fitWidth : Math.min(fitWidth, (height - GAP_PX) / PAGE_H_PX);
  return Math.min(ZOOM_MAX / 100, Math.max(0.3, fit));
}

/** The zoom one step in or out from the scale shown now (Ctrl+加号/减号 and the ± buttons). */
export function zoomStep(scale: number, dir: 1 | -1): number {
  const pct = Math.round(scale * 100);
  if (dir > 0) return ZOOM_STEPS.find((s) => s > pct) ?? ZOOM_MAX;
  return [...ZOOM_STEPS].reverse().find((s) => s < pct) ?? ZOOM_MIN;
}
