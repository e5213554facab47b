/**
 * The reporting unit is a township-level body: a 乡, a 镇 or a 街道 (its 办事处). The name is what the title,
 * the signature and the file names are made from, so every way a report comes in applies this one rule.
 */

/** Endings of a township-level unit's name. */
export const UNIT_NAME_ENDINGS = ['乡', '镇', '街道', '办事处'] as const;

export type UnitNameCheck = { ok: true; value: string } | { ok: false; message: string };

/** The name as stored: surrounding whitespace removed. */
export function normalizeUnitName(raw: string): string {
  return raw.trim();
}

/** Whether the (normalized) name ends like a 乡, 镇 or 街道. */
export function isTownshipUnitName(name: string): boolean {
  return UNIT_NAME_ENDINGS.some((ending) => name.endsWith(ending));
}

/** Check a unit name as typed: the normalized name, or what to tell the user in Chinese. */
export function checkUnitName(raw: string): UnitNameCheck {
  const value = normalizeUnitName(raw);
  if (!value) return { ok: false, message: '请填写单位名称，例如“汤郎乡”。' };
  if (!isTownshipUnitName(value)) {
    return { ok: false, message: '单位名称应为乡、镇或街道，例如“汤郎乡”“城关镇”“东城街道”。' };
  }
  return { ok: true, value };
}
