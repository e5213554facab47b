/**
 * One paragraph of a section: its text, its open findings, its count, 沿用上年 while untouched, delete.
 * Memoized: a keystroke re-renders the panel of its section, and a section of a long report has dozens of
 * paragraphs whose text and place are as they were. Its findings it watches itself (see CheckStore).
 */
import { memo } from 'preact/compat';
import type { Paragraph, Section } from '../../../electron/core/report-model.ts';
import { countChars, statLookup } from '../../../electron/core/text.ts';
import { statPieces, storedFromShown } from '../../../electron/core/text/stat-fields.ts';
import { useParagraphFindings } from '../../check/check-store.ts';
import { PlainText } from '../../components/PlainText.tsx';
import { rememberCaret } from './caret.ts';
import type { Ctx } from './ctx.ts';
import { deleteParagraph } from './deletions.ts';
import { StatChips } from './StatChips.tsx';

interface Props {
  paragraph: Paragraph;
  /** the paragraph's text and 沿用 mark, given apart: the paragraph object itself is changed in place */
  text: string;
  inherited: boolean;
  index: number;
  section: Section;
  /** the section's heading, part of the box's label */
  heading: string;
  number: string | undefined;
  /** moves when the statistics this paragraph shows may have changed (its section changed and it has fields) */
  fields: number;
  epoch: number;
  ctx: Ctx;
}

/** Everything the paragraph shows, so a re-render with equal props can be skipped (ctx only carries handlers). */
const sameParagraph = (a: Props, b: Props) =>
  a.paragraph === b.paragraph &&
  a.text === b.text &&
  a.inherited === b.inherited &&
  a.index === b.index &&
  a.section === b.section &&
  a.heading === b.heading &&
  a.number === b.number &&
  a.fields === b.fields &&
  a.epoch === b.epoch;

export const ParagraphEditor = memo(function ParagraphEditor(props: Props) {
  const { paragraph: p, index: i, section, number, ctx } = props;
  // Statistics in the text are fields: the box shows their values, the report keeps the fields.
  const find = statLookup(ctx.report, section);
  const pieces = p.text.includes('{{') ? statPieces(p.text, find) : null;
  const shown = pieces ? pieces.map((x) => x.shown).join('') : p.text;
  // Its own findings: a check result that changed them re-renders this editor alone.
  const findings = useParagraphFindings(ctx.check, p.id);
  return (
    <div class={`para ${p.inherited ? 'inherited' : ''}`} data-pid={p.id}>
      <div
        class="para-main"
        onFocusOut={(e) => {
          if (e.target instanceof HTMLTextAreaElement) rememberCaret(p.id, e.target);
        }}
      >
        <PlainText
          multiline
          label={`${number ?? ''}${section.heading} 第${i + 1}段`}
          value={shown}
          placeholder="在这里写正文。一段写一件事；换行即另起一段。"
          onChange={(v) => {
            const box = document.activeElement;
            const caret = box instanceof HTMLTextAreaElement ? box.selectionEnd : undefined;
            p.text = storedFromShown(p.text, find, v, caret);
            delete p.inherited;
            ctx.touch(section);
          }}
        />
        {pieces && <StatChips pieces={pieces} ctx={ctx} />}
        {findings.map((f) => (
          <p key={f.id} class={`inline-finding ${f.severity}`} role="note">
            {/* null, not '': Preact writes an empty text node again on every render */}
            {f.grade ? `【${f.grade}】` : null}
            {f.message}
          </p>
        ))}
      </div>
      <div class="para-tools">
        <span class="count">{countChars(shown)} 字</span>
        {p.inherited && (
          <span class="inherited-tag" title="这一段从上年报告沿用，还没有修改过">
            沿用上年
          </span>
        )}
        <button
          type="button"
          title="删除本段"
          aria-label="删除本段"
          onClick={() => void deleteParagraph(ctx, section, p, shown)}
        >
          ×
        </button>
      </div>
    </div>
  );
}, sameParagraph);
