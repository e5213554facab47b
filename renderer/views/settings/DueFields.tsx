/** The county's own 报送 and 公开 deadlines, for provinces that set earlier dates than the national ones. */
import { DEFAULT_DUE_DATES, type DueDates } from '../../../electron/core/due.ts';
import type { Settings } from '../../../electron/core/settings.ts';

interface Props {
  s: Settings;
  setS(s: Settings): void;
}

export function DueFields({ s, setS }: Props) {
  const own = s.dueDates !== undefined;
  const d = s.dueDates ?? DEFAULT_DUE_DATES;
  const put = (kind: keyof DueDates, part: 'month' | 'day', raw: string) =>
    setS({ ...s, dueDates: { ...d, [kind]: { ...d[kind], [part]: Math.trunc(Number(raw)) || 0 } } });
  const pair = (kind: keyof DueDates, label: string) => (
    <label>
      {label}（次年）
      <span class="month-day">
        <input
          type="number"
          min={1}
          max={12}
          aria-label={`${label}月`}
          value={d[kind].month}
          disabled={!own}
          onInput={(e) => put(kind, 'month', e.currentTarget.value)}
        />
        月
        <input
          type="number"
          min={1}
          max={31}
          aria-label={`${label}日`}
          value={d[kind].day}
          disabled={!own}
          onInput={(e) => put(kind, 'day', e.currentTarget.value)}
        />
        日前
      </span>
    </label>
  );
  return (
    <>
      <h2>报送与公开期限</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={own}
          onChange={() => {
            const { dueDates: _dropped, ...rest } = s;
            setS(own ? rest : { ...rest, dueDates: structuredClone(DEFAULT_DUE_DATES) });
          }}
        />
        本县（省）规定了更早的期限
      </label>
      <div class="grid3">
        {pair('filing', '报送期限')}
        {pair('publication', '公开期限')}
      </div>
    </>
  );
}
