/** One finding of the 保密审查: what and where, the sentence around it, and the reviewer's three choices. */
import type { PublicCopy } from '../../../electron/core/public/redact.ts';
import { mask } from '../../../electron/core/public/redact.ts';
import type { Redaction } from '../../../electron/core/public/review-model.ts';

export type ReviewedFinding = PublicCopy['findings'][number];

const DECISIONS: Record<Redaction['mode'], string> = { mask: '已打码', remove: '已删除', keep: '确认可公开' };

interface Props {
  finding: ReviewedFinding;
  onDecide(mode: Redaction['mode']): void;
  /** 定位 in the form; absent when the text is a version's, which the form does not show */
  onJump?(): void;
}

/** The excerpt with the found text marked (as the public copy will show it once decided). */
function Excerpt({ f }: { f: ReviewedFinding }) {
  const at = f.excerpt.indexOf(f.text);
  if (at < 0) return <span>{f.excerpt}</span>;
  const shown = f.decision === 'mask' ? mask(f.text) : f.decision === 'remove' ? '' : f.text;
  return (
    <span>
      {f.excerpt.slice(0, at)}
      <mark title={f.text}>{shown || '（删除）'}</mark>
      {f.excerpt.slice(at + f.text.length)}
    </span>
  );
}

export function FindingRow({ finding: f, onDecide, onJump }: Props) {
  const marker = f.kind === 'marker';
  const state = f.decision ? DECISIONS[f.decision] : marker ? '导出时删除' : '未处理';
  return (
    <li class={`privacy-finding ${f.decision || marker ? 'decided' : 'open'}`} data-kind={f.kind}>
      <div class="privacy-head">
        <b>{f.label}</b>
        <span class="muted">{f.where}</span>
        <span class="privacy-state">{state}</span>
      </div>
      <div class="privacy-excerpt">
        <Excerpt f={f} />
      </div>
      <div class="item-actions">
        <button type="button" onClick={() => onDecide('mask')} disabled={f.decision === 'mask'}>
          打码 ××
        </button>
        <button type="button" onClick={() => onDecide('remove')} disabled={f.decision === 'remove'}>
          删除
        </button>
        {!marker && (
          <button type="button" onClick={() => onDecide('keep')} disabled={f.decision === 'keep'}>
            可以公开
          </button>
        )}
        {onJump && (
          <button type="button" class="link" onClick={onJump}>
            定位
          </button>
        )}
      </div>
    </li>
  );
}
