/**
 * Which automatic versions to let go of, so a report exported every day for a year does not keep hundreds of
 * copies: all of the last few days are kept, one a day before that, and at most `maxAuto` in all (the oldest go
 * first). Named versions (存为版本) are never thinned. Pure: the store removes what this returns.
 */
import type { ThinningLimits, VersionMeta } from './model.ts';

const DAY_MS = 86_400_000;

/** The ids of the versions to remove, given all of a report's versions and the time now. */
export function versionsToThin(
  versions: ReadonlyArray<Pick<VersionMeta, 'id' | 'kind' | 'createdAt'>>,
  now: Date,
  limits: ThinningLimits,
): string[] {
  const autos = versions.filter((v) => v.kind !== 'named').sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const drop = new Set<string>();
  const seenDays = new Set<string>();
  const recentFrom = now.getTime() - limits.keepAllDays * DAY_MS;
  for (const v of autos) {
    const t = Date.parse(v.createdAt);
    if (t >= recentFrom) continue;
    // Newest first, so the first one met on each earlier day is that day's last: it stays.
    const day = new Date(t).toDateString();
    if (seenDays.has(day)) drop.add(v.id);
    else seenDays.add(day);
  }
  const kept = autos.filter((v) => !drop.has(v.id));
  for (const v of kept.slice(limits.maxAuto)) drop.add(v.id);
  return autos.filter((v) => drop.has(v.id)).map((v) => v.id);
}
