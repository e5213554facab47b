import { diffTexts, type Piece } from '../../../electron/core/text/diff.ts';
import type { Section } from '../../../electron/core/report-model.ts';

/** Last year's text beside this year's, with what changed marked. */
export function Compare({ before, after }: { before: Section; after: Section }) {
  const { left, right } = diffTexts(
    before.paragraphs.map((p) => p.text).join('\n'),
    after.paragraphs.map((p) => p.text).join('\n'),
  );
  const show = (pieces: Piece[]) =>
    pieces.map((p, i) => (p.changed ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>));
  return (
    <div class="compare" aria-label="与上年对比">
      <div>
        <h4>上年</h4>
        <div class="compare-text">{show(left)}</div>
      </div>
      <div>
        <h4>今年</h4>
        <div class="compare-text">{show(right)}</div>
      </div>
    </div>
  );
}
