import { diffTexts, type Piece } from '../../../electron/core/text/diff.ts';
import type { Section } from '../../../electron/core/report-model.ts';

/** Last year's text beside this year's, with what changed marked. */
export function Compare({ before, after }: { before: Section; after: Section }) {
  return (
    <CompareTexts
      label="与上年对比"
      names={['上年', '今年']}
      before={before.paragraphs.map((p) => p.text).join('\n')}
      after={after.paragraphs.map((p) => p.text).join('\n')}
    />
  );
}

/** Two texts side by side with what differs marked: 对比上年, and two versions of one part (版本对比). */
export function CompareTexts(p: { label: string; names: [string, string]; before: string; after: string }) {
  const { left, right } = diffTexts(p.before, p.after);
  const show = (pieces: Piece[]) =>
    pieces.map((x, i) => (x.changed ? <mark key={i}>{x.text}</mark> : <span key={i}>{x.text}</span>));
  return (
    <div class="compare" aria-label={p.label}>
      <div>
        <h4>{p.names[0]}</h4>
        <div class="compare-text">{show(left)}</div>
      </div>
      <div>
        <h4>{p.names[1]}</h4>
        <div class="compare-text">{show(right)}</div>
      </div>
    </div>
  );
}
