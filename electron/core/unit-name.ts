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

/** The level of government a unit name belongs to, from its ending. */
export type UnitLevel = 'township' | 'county' | 'city' | 'province';

/** Endings by level, most specific first (自治区 before 区, 街道 before 道). */
const LEVEL_ENDINGS: ReadonlyArray<readonly [UnitLevel, readonly string[]]> = [
  ['township', UNIT_NAME_ENDINGS],
  ['province', ['省', '自治区']],
  ['county', ['县', '区', '旗', '县级市']],
  ['city', ['市', '州', '盟']],
];

/**
 * The level of a unit from its name: an imported report may come from a 县, 区 or 省, whose powers (立法, 规章)
 * a township lacks. A name that ends in none of these is taken as a township, the unit this app is for.
 */
export function unitLevel(name: string): UnitLevel {
  const n = normalizeUnitName(name).replace(/(?:人民政府|党委|委员会)$/, '');
  for (const [level, endings] of LEVEL_ENDINGS) if (endings.some((e) => n.endsWith(e))) return level;
  return 'township';
}
