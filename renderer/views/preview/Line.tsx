/** One laid-out line of the report on a preview page. */
import type { JSX } from 'preact';
import { twipsToCssPt } from '../../../electron/core/units.ts';
import type { PlannedParagraph } from '../../../electron/core/page-plan.ts';
import type { PlacedLine } from '../../preview-pages.ts';
import { blockX, L, rowTop } from './page-geometry.ts';

/** Text alignment of one line: justified lines fill the measure, except a paragraph's last. */
function lineAlign(p: PlannedParagraph, l: PlacedLine): string {
  if (p.align === 'justify') return l.last ? 'start' : 'justify';
  return p.align;
}

/** Key of a line, for the fitted letter-spacing. */
export const lineKey = (l: PlacedLine) => `${l.para}:${l.index}`;

export function Line({ p, l, squeeze }: { p: PlannedParagraph; l: PlacedLine; squeeze?: number }) {
  const style: JSX.CSSProperties = {
    top: rowTop(l.row),
    left: blockX(l.left),
    width: `${twipsToCssPt(l.width)}pt`,
    fontSize: `${p.size / 2}pt`,
  };
  if (squeeze) style.letterSpacing = `${Math.round((L.letterSpacingPt - squeeze) * 1000) / 1000}pt`;
  const cls = `pv-line r-${p.role} a-${lineAlign(p, l)}${p.bold ? ' b' : ''}`;
  if (p.kind === 'signature-unit-pair' && p.centreTabs) {
    return (
      <div class={cls} style={style} data-para={l.para} data-row={l.row}>
        {p.texts.map((t, i) => (
          <span key={i} class="pv-tab" style={{ left: `${twipsToCssPt(p.centreTabs![i] - l.left)}pt` }}>
            {t}
          </span>
        ))}
      </div>
    );
  }
  return (
    <div class={cls} style={style} data-para={l.para} data-row={l.row} data-key={lineKey(l)}>
      <span class="pv-t">{l.text}</span>
      {l.hang && <span class="pv-hang">{l.hang}</span>}
    </div>
  );
}
