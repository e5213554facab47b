/**
 * Where the 落款 stands (GB/T 9704-2012 7.3.5): the unit name(s) and the date as indents or tab stops in twips,
 * computed from the width of their text (text-width.ts). page-plan.ts turns them into paragraphs.
 * Pure arithmetic: no Node or Electron imports.
 */
import { BODY_ADVANCE_TWIPS, BODY_CHAR_TWIPS, SIGNATURE, TEXT_BLOCK } from './layout.ts';
import { textWidthTwips } from './text-width.ts';

/**
 * Unsealed signature (7.3.5.2), as indents in twips: the unit name(s) right-indented two characters, the date on
 * the next line with its first character two characters right of the name's first character. Two units stand one
 * under the other, starting at the same place (the longer one sets it). A date longer than that allows (or a
 * date with no unit) stands right-indented two characters and moves the names left instead.
 * Left indents put the date's first character exactly where the rule says, whatever width the digits take in the
 * font at hand; where the date is the one right-indented (`dateRight`), it is right-aligned, so its two
 * characters of right space are exact in any reader and the estimate only places the names.
 */
export function unsealedSignatureLayout(
  units: string[],
  date: string,
): { unitLeft: number; dateLeft: number; dateRight: number | null } {
  const W = TEXT_BLOCK.widthTwips;
  const unitW = Math.max(0, ...units.map((u) => textWidthTwips(u)));
  const dateW = date ? textWidthTwips(date) : 0;
  const shift = SIGNATURE.unsealedDateShiftChars * BODY_ADVANCE_TWIPS;
  const minDate = SIGNATURE.unsealedDateMinRightChars * BODY_CHAR_TWIPS;
  let unitLeft = W - SIGNATURE.unsealedUnitRightChars * BODY_CHAR_TWIPS - unitW;
  const dateRightSpace = W - (unitLeft + shift + dateW);
  const dateDecides = !!date && (!units.length || dateRightSpace <= minDate);
  if (dateDecides) unitLeft = W - minDate - dateW - shift;
  unitLeft = Math.max(0, Math.round(unitLeft));
  return { unitLeft, dateLeft: unitLeft + shift, dateRight: dateDecides ? minDate : null };
}

/**
 * Positions for a sealed signature (7.3.5.1): the date right-indented four characters; one unit centred over
 * the date (returned as its right indent), or two units side by side on one line (returned as centre tab stops,
 * measured from the left edge of the text block), the second over the date.
 */
export function sealedSignatureLayout(
  units: string[],
  date: string,
):
  | { kind: 'single'; unitRight: number; dateRight: number }
  | { kind: 'pair'; centres: [number, number]; dateRight: number }
  | { kind: 'stacked'; unitRights: number[]; dateRight: number } {
  const dateRight = SIGNATURE.sealedDateRightTwips;
  const dateW = date ? textWidthTwips(date) : textWidthTwips('2026年1月15日');
  const centre = TEXT_BLOCK.widthTwips - dateRight - dateW / 2; // from the left edge of the block
  const rightOf = (unit: string) => Math.max(0, Math.round(TEXT_BLOCK.widthTwips - centre - textWidthTwips(unit) / 2));
  if (units.length <= 1) return { kind: 'single', unitRight: rightOf(units[0] ?? ''), dateRight };
  // Two units side by side, mirrored about the middle of the block; the second centred over the date.
  const second = Math.round(centre);
  const first = Math.round(TEXT_BLOCK.widthTwips - centre);
  const w1 = textWidthTwips(units[0]);
  const w2 = textWidthTwips(units[1]);
  const gap = second - w2 / 2 - (first + w1 / 2);
  const fitsLeft = first - w1 / 2 >= 0;
  if (gap >= SIGNATURE.sealedUnitsMinGapChars * BODY_CHAR_TWIPS && fitsLeft) {
    return { kind: 'pair', centres: [first, second], dateRight };
  }
  // Too long to stand side by side: one above the other, each centred over the date.
  return { kind: 'stacked', unitRights: units.map(rightOf), dateRight };
}
