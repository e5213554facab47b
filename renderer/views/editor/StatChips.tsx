/**
 * The statistics a paragraph shows as fields, as chips under its box: the box itself is plain text (safe with
 * input methods), so the chips say which figures are fields; a chip takes the user to the statistic to change it.
 */
import type { StatPiece } from '../../../electron/core/text/stat-fields.ts';
import { formatStat } from '../../../electron/core/text.ts';

export const statInputId = (statId: string) => `stat-${statId}`;

export function StatChips({ pieces }: { pieces: StatPiece[] }) {
  const stats = pieces.flatMap((p) => (p.stat ? [p.stat] : []));
  if (!stats.length) return null;
  return (
    <div class="stat-chips" aria-label="本段引用的统计数字">
      {stats.map((s, i) => (
        <button
          key={`${s.id}-${i}`}
          type="button"
          class="stat-chip"
          title={`“${s.label}”是统计数字，正文里显示为它的数值；点这里到统计表中修改`}
          onClick={() => {
            const input = document.getElementById(statInputId(s.id)) as HTMLInputElement | null;
            input?.scrollIntoView({ block: 'center' });
            input?.focus();
          }}
        >
          {s.label} <b>{formatStat(s)}</b>
        </button>
      ))}
    </div>
  );
}
