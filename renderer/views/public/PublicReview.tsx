/**
 * 公开版: the 保密审查 of the open report before it goes on the government website. Lists the scan's findings with
 * one-click redaction and jumps, records who marked the scan done, and writes the public Word and HTML files. The
 * text scanned and published is the chosen version's (by default the newest 报送稿), see PublicSource.tsx.
 * Decisions are stored on the report (and so autosaved); they change only the public copy, never the filed text.
 */
import { useEffect, useState } from 'preact/hooks';
import { localIsoDate } from '../../../electron/core/dates.ts';
import { decide, publicBlocker, publicCopy } from '../../../electron/core/public/redact.ts';
import { EMPTY_REVIEW, type Redaction } from '../../../electron/core/public/review-model.ts';
import type { TextPlace } from '../../../electron/core/public/scan.ts';
import type { Report } from '../../../electron/core/report-model.ts';
import { api } from '../../api.ts';
import { jumpTo } from '../editor/jump.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { FindingRow } from './FindingRow.tsx';
import { PublicExport } from './PublicExport.tsx';
import { PublicSourcePicker, usePublicSource } from './PublicSource.tsx';

interface Props {
  report: Report;
  /** the report changed: re-render and autosave */
  onChange(): void;
  /** save now; false when the save failed */
  flush(): Promise<boolean>;
  onClose(): void;
}

/** Bring a finding's place into view in the form. */
function jumpToPlace(place: TextPlace): void {
  if (place.field === 'paragraph' || place.field === 'heading') return jumpTo(place.sectionId, place.paragraphId, []);
  if (place.field === 'attachment' || place.field === 'signature') return jumpTo(undefined, undefined, []);
  document.getElementById('part-head')?.scrollIntoView({ block: 'start' });
}

/** The county's own words to flag (设置 → 公开版保密审查). */
function usePrivacyWords(): string[] {
  const [words, setWords] = useState<string[]>([]);
  useEffect(() => {
    void api()
      .getSettings()
      .then((r) => r.ok && setWords(r.value.privacyWords ?? []));
  }, []);
  return words;
}

export function PublicReview({ report, onChange, flush, onClose }: Props) {
  const words = usePrivacyWords();
  const [, setRound] = useState(0);
  const review = report.publicReview ?? EMPTY_REVIEW;
  const [reviewer, setReviewer] = useState(review.reviewer);
  const source = usePublicSource(report);
  const { findings, open } = source.text ? publicCopy(source.text, words) : { findings: [], open: [] };
  const changed = () => {
    setRound((n) => n + 1);
    onChange();
  };
  const onDecide = (i: number, mode: Redaction['mode']) => {
    report.publicReview = decide(report.publicReview, findings[i], mode);
    changed();
  };
  const maskAll = () => {
    let next = report.publicReview;
    for (const f of open) next = decide(next, f, 'mask');
    report.publicReview = next;
    changed();
  };
  const markDone = () => {
    report.publicReview = {
      ...(report.publicReview ?? EMPTY_REVIEW),
      reviewer: reviewer.trim(),
      reviewedAt: localIsoDate(new Date()),
    };
    changed();
  };
  const blocker = source.text ? publicBlocker(source.text, open) : '正在读取公开版所依据的文字…';
  const choose = (id: string) => {
    report.publicReview = { ...(report.publicReview ?? EMPTY_REVIEW), source: id };
    changed();
  };
  return (
    // The dialog itself takes the focus: the source picker above the findings is drawn only once the versions are read.
    <Dialog label="公开版" cardClass="wide public-review" initial="card" onClose={onClose}>
      <h2>公开版：保密审查</h2>
      <p class="muted">公开前逐条处理：打码（××）、删除，或确认可以公开。处理只用于公开版，报送的正文不变。</p>
      <PublicSourcePicker source={source} onChoose={choose} />
      <p class="privacy-summary" role="status">
        {findings.length ? `共 ${findings.length} 处，未处理 ${open.length} 处。` : '没有查到需要处理的内容。'}
        {open.length > 1 && (
          <button type="button" class="link" onClick={maskAll}>
            全部打码
          </button>
        )}
      </p>
      <ol class="privacy-list">
        {findings.map((f, i) => (
          <FindingRow
            key={`${f.where}:${f.start}:${f.text}`}
            finding={f}
            onDecide={(mode) => onDecide(i, mode)}
            // The form shows the current text: a version's findings have no place in it to jump to.
            onJump={
              source.choice?.id
                ? undefined
                : () => {
                    onClose();
                    requestAnimationFrame(() => jumpToPlace(f.place));
                  }
            }
          />
        ))}
      </ol>
      <ReviewDone
        reviewer={reviewer}
        setReviewer={setReviewer}
        done={review.reviewer ? `${review.reviewer}，${review.reviewedAt}` : ''}
        canMark={open.length === 0 && reviewer.trim() !== ''}
        onMark={markDone}
      />
      <PublicExport report={report} blocker={blocker} flush={flush} onClose={onClose} />
    </Dialog>
  );
}

interface DoneProps {
  reviewer: string;
  setReviewer(v: string): void;
  done: string;
  canMark: boolean;
  onMark(): void;
}

function ReviewDone({ reviewer, setReviewer, done, canMark, onMark }: DoneProps) {
  return (
    <div class="review-done">
      <label>
        审查人
        <input name="reviewer" value={reviewer} maxLength={50} onInput={(e) => setReviewer(e.currentTarget.value)} />
      </label>
      <button type="button" onClick={onMark} disabled={!canMark} title="全部处理完、填写审查人后可标记">
        审查完成
      </button>
      {done && <span class="ok">已审查：{done}</span>}
    </div>
  );
}
