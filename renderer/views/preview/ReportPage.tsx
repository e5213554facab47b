/** One A4 page of the report: its lines, optional line numbers, the page number, the draft marks. */
import type { PlannedParagraph } from '../../../electron/core/page-plan.ts';
import type { PreviewPage } from '../../preview-pages.ts';
import { Line, lineKey } from './Line.tsx';
import type { Options } from './options.ts';
import { L, rowTop } from './page-geometry.ts';
import { Watermark } from './Watermark.tsx';

export function ReportPage({
  page,
  plan,
  opts,
  footer,
  squeeze,
}: {
  page: PreviewPage;
  plan: PlannedParagraph[];
  opts: Options;
  footer: string;
  squeeze: Map<string, number>;
}) {
  const odd = page.number % 2 === 1;
  let n = 0;
  return (
    <section class="pv-page" data-page={page.number} aria-label={`第 ${page.number} 页`}>
      {opts.draft && <Watermark />}
      {page.lines.map((l) => (
        <Line key={lineKey(l)} p={plan[l.para]} l={l} squeeze={squeeze.get(lineKey(l))} />
      ))}
      {opts.lineNumbers &&
        page.lines
          .filter((l) => plan[l.para].texts.join(''))
          .map((l) => (
            <div key={`n${lineKey(l)}`} class="pv-lineno" style={{ top: rowTop(l.row) }}>
              {++n}
            </div>
          ))}
      <div class={`pv-pn ${odd ? 'odd' : 'even'}`}>{`${L.pageNumber.prefix}${page.number}${L.pageNumber.suffix}`}</div>
      {opts.draft && <div class="pv-draft-footer">{footer}</div>}
    </section>
  );
}
