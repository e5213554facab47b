/** One figure of a section: typed and checked as a number, shown with last year's, insertable into the text. */
import { useEffect, useState } from 'preact/hooks';
import { walkSections, type Section, type Stat } from '../../../electron/core/report-model.ts';
import { formatStat, statLookup, statToken } from '../../../electron/core/text.ts';
import { spliceShown } from '../../../electron/core/text/stat-fields.ts';
import { newId } from '../../../electron/core/ids.ts';
import { parseStatInput } from '../../stat-input.ts';
import { lastCaret, setCaret } from './caret.ts';
import type { Ctx } from './ctx.ts';
import { statInputId } from './StatChips.tsx';

/** The paragraph the cursor was last in, with its section, if it is still in the report. */
function caretParagraph(ctx: Ctx) {
  const caret = lastCaret();
  if (!caret) return null;
  for (const { section } of walkSections(ctx.report.sections)) {
    const paragraph = section.paragraphs.find((p) => p.id === caret.paragraphId);
    if (paragraph) return { caret, section, paragraph };
  }
  return null;
}

/**
 * 插入正文: the field at the cursor of the paragraph box last left, shown as its value and printed as it. With no
 * cursor known, the message to show (an empty section gets its first paragraph instead).
 */
function insertAtCaret(ctx: Ctx, section: Section, stat: Stat): string {
  const at = caretParagraph(ctx);
  if (!at) {
    if (section.paragraphs.length) return '请先在正文里点一下要放这个数字的位置，再点“插入正文”。';
    section.paragraphs.push({ id: newId(), text: statToken(stat) });
    ctx.touch(section);
    return '';
  }
  const { caret, paragraph } = at;
  const find = statLookup(ctx.report, at.section);
  paragraph.text = spliceShown(paragraph.text, find, caret.start, caret.end, statToken(stat));
  delete paragraph.inherited;
  const after = caret.start + formatStat(stat).length;
  setCaret({ paragraphId: paragraph.id, start: after, end: after });
  ctx.touch(at.section);
  // The focus stays on the button: Ctrl+Z then takes the insertion back as one step of the report's history.
  // In the box it would go to the box's own undo, which does not know a value the page wrote into it.
  return '';
}

export function StatField({ stat, ctx, section }: { stat: Stat; ctx: Ctx; section: Section }) {
  const [text, setText] = useState(stat.value === null ? '' : String(stat.value));
  const [error, setError] = useState('');
  const [hint, setHint] = useState('');
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
  const insert = () => setHint(insertAtCaret(ctx, section, stat));
  return (
    <div class={`stat ${error ? 'invalid' : ''}`}>
      <label>
        <span class="stat-label">{stat.label}</span>
        <span class="stat-input">
          <input
            id={statInputId(stat.id)}
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
        title="在正文光标处插入这个数字（先在正文里点一下位置）；正文显示数值和单位，改统计表时跟着变"
        onClick={insert}
      >
        插入正文
      </button>
      {/* `x ? … : null`, not `x && …`: an empty string would be written into the page again on every render */}
      {hint ? (
        <span class="stat-hint" role="status">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="error stat-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
