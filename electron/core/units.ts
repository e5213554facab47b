/**
 * Units of the page layout and their conversions. Word counts lengths in twips (1/20 pt) and font sizes in
 * half-points; CSS gets mm and pt; the standard names type sizes (三号, 四号, …).
 * Pure arithmetic: no Node or Electron imports, so the renderer can import it too.
 */

export const TWIPS_PER_PT = 20;
export const TWIPS_PER_INCH = 1440;
export const MM_PER_INCH = 25.4;

/** Chinese type size names in points (GB/T 9704-2012 names sizes this way). */
export const CHINESE_SIZE_PT = {
  初号: 42,
  小初: 36,
  一号: 26,
  小一: 24,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
  小四: 12,
  五号: 10.5,
} as const;

export function twipsToMm(twips: number): number {
  return (twips / TWIPS_PER_INCH) * MM_PER_INCH;
}
export function twipsToPt(twips: number): number {
  return twips / TWIPS_PER_PT;
}
/** Word sizes are half-points (`w:sz` 32 = 16 pt). */
export function halfPointsToPt(halfPoints: number): number {
  return halfPoints / 2;
}
/** Word's half-points (`w:sz`) for a size in points. */
export function ptToHalfPoints(pt: number): number {
  return pt * 2;
}

/** CSS lengths keep three decimals: enough below a printer dot, short in the style attribute. */
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Twips as CSS pt, for indents computed in twips (e.g. the signature's right indents). */
export function twipsToCssPt(twips: number): number {
  return round3(twipsToPt(twips));
}
/** Twips as CSS mm. */
export function twipsToCssMm(twips: number): number {
  return round3(twipsToMm(twips));
}
