/** One figure of a section: typed and checked as a number, shown with last year's, insertable into the text. */
import { useEffect, useState } from 'preact/hooks';
import type { Section, Stat } from '../../../electron/core/report-model.ts';
import { statToken } from '../../../electron/core/text.ts';
import { newId } from '../../../electron/core/ids.ts';
import { parseStatInput } from '../../stat-input.ts';
import type { Ctx } from './ctx.ts';

export function StatField({ stat, ctx, section }: { stat: Stat; ctx: Ctx; section: Section }) {
  const [text, setText] = useState(stat.value === null ? '' : String(stat.value));
  const [error, setError] = useState('');
  useEffect(() => setText(stat.value === null ? '' : String(stat.value)), [stat.value]);
  const onInput = (v: string) => {
    setText(v);
    const r = parseStatInput(v, stat.kind);
    if (!r.ok) return setError(r.message);
    setError('');
    if (r.value !== stat.value) {
      stat.value = r.value;
      ctx.touch(section);
    }
  };
  const insert = () => {
    const last = section.paragraphs[section.paragraphs.length - 1];
    if (last) last.text = `${last.text}${statToken(stat)}`;
    else section.paragraphs.push({ id: newId(), text: statToken(stat) });
    ctx.touch(section);
  };
  return (
    <div class={`stat ${error ? 'invalid' : ''}`}>
      <label>
        <span class="stat-label">{stat.label}</span>
        <span class="stat-input">
          <input
            type="text"
            inputMode="decimal"
            value={text}
            aria-invalid={!!error}
            aria-label={`${stat.label}（${stat.unit}）`}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
          <span class="unit">{stat.unit}</span>
        </span>
      </label>
      {stat.lastYear != null && (
        <span class="last-year">
          上年 {stat.lastYear}
          {stat.unit}
        </span>
      )}
      <button
        type="button"
        class="link"
        title="在本节最后一段末尾插入这个数字，导出时显示为数值和单位"
        onClick={insert}
      >
        插入正文
      </button>
      {error && (
        <span class="error stat-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
