/**
 * The statistics a paragraph shows as fields, as chips under its box: the box itself is plain text (safe with
 * input methods), so the chips say which figures are fields. A chip (click, or Enter when reached with Tab) opens
 * a small editor for the statistic's value under it; the statistic is one number wherever it is used, so the
 * editor says how many places change. Enter keeps the value, Esc leaves it; the change is one undo step.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Stat } from '../../../electron/core/report-model.ts';
import { statUses, type StatPiece } from '../../../electron/core/text/stat-fields.ts';
import { formatStat } from '../../../electron/core/text.ts';
import { parseStatInput } from '../../stat-input.ts';
import type { Ctx } from './ctx.ts';

export const statInputId = (statId: string) => `stat-${statId}`;

/** What the editor says about where the value is used: every field and the statistics table change together. */
function sharedNote(uses: number, stat: Stat): string {
  const where = uses > 1 ? `正文中引用它的 ${uses} 处都显示它` : '正文中这一处显示它';
  return `这个数字在统计表“${stat.label}”中填写，${where}；改这里，统计表和各处一起改。`;
}

interface EditorProps {
  stat: Stat;
  ctx: Ctx;
  onClose(): void;
}

function StatChipEditor({ stat, ctx, onClose }: EditorProps) {
  const [text, setText] = useState(stat.value === null ? '' : String(stat.value));
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const noteId = useId();
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const keep = () => {
    const r = parseStatInput(text, stat.kind);
    if (!r.ok) {
      setError(r.message);
      return input.current?.focus();
    }
    if (r.value !== stat.value) {
      stat.value = r.value;
      // Every panel: the statistic may be shown in other sections and sits in its own section's table.
      ctx.touch();
    }
    onClose();
  };
  return (
    <div
      class="stat-chip-editor"
      role="group"
      aria-label={`修改统计数字：${stat.label}`}
      onKeyDown={(e) => {
        if (e.isComposing) return;
        if (e.key === 'Escape') {
          // Esc here only closes this editor (not the find panel as well).
          e.preventDefault();
          e.stopPropagation();
          onClose();
        } else if (e.key === 'Enter' && e.target === input.current) {
          e.preventDefault();
          keep();
        }
      }}
    >
      <label>
        {stat.label}
        <input
          ref={input}
          type="text"
          inputMode="decimal"
          value={text}
          aria-invalid={!!error}
          aria-describedby={noteId}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setError('');
          }}
        />
        {stat.unit}
      </label>
      <button type="button" class="primary" onClick={keep}>
        确定
      </button>
      <button type="button" onClick={onClose}>
        取消
      </button>
      <p class="muted" id={noteId}>
        {sharedNote(statUses(ctx.report, stat), stat)}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function StatChips({ pieces, ctx }: { pieces: StatPiece[]; ctx: Ctx }) {
  const [open, setOpen] = useState<number | null>(null);
  const chips = useRef<Array<HTMLButtonElement | null>>([]);
  const stats = pieces.flatMap((p) => (p.stat ? [p.stat] : []));
  if (!stats.length) return null;
  const close = (i: number) => {
    setOpen(null);
    // Back on the chip: Ctrl+Z there takes the change back as one step of the report's history.
    chips.current[i]?.focus();
  };
  const editing = open !== null && open < stats.length ? stats[open] : null;
  return (
    <>
      <div class="stat-chips" aria-label="本段引用的统计数字">
        {stats.map((s, i) => (
          <button
            key={`${s.id}-${i}`}
            ref={(el) => void (chips.current[i] = el)}
            type="button"
            class="stat-chip"
            aria-expanded={open === i}
            title={`“${s.label}”是统计数字，正文里显示为它的数值；点这里修改（各处引用一起改）`}
            onClick={() => setOpen(open === i ? null : i)}
          >
            {s.label} <b>{formatStat(s)}</b>
          </button>
        ))}
      </div>
      {editing && <StatChipEditor key={open} stat={editing} ctx={ctx} onClose={() => close(open!)} />}
    </>
  );
}
