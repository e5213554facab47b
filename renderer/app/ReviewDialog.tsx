/**
 * 导出前检查: what would get the report sent back. Every line jumps to its place in the form; the mechanical
 * problems can be fixed in one go before the export; or the user goes back, or exports the draft anyway.
 * Esc goes back, as in every dialog (components/Dialog.tsx).
 */
import { stateName } from '../../electron/core/checklist/index.ts';
import { levelName } from '../../electron/core/labels.ts';
import { Dialog } from '../components/Dialog.tsx';
import type { Review } from './useExport.ts';

/** Findings listed in the dialog; the rest are in the findings tab. */
const SHOWN = 50;

type Jump = (sectionId: string | undefined, paragraphId: string | undefined, keys: string[], field?: string) => void;

interface Props {
  review: Review;
  onBack(): void;
  onExportAnyway(): void;
  onFixAllThenExport(): void;
  onJump: Jump;
}

/** A line of the list that takes the user to its place. */
function Place({
  onJump,
  args,
  children,
}: {
  onJump: Jump;
  args: Parameters<Jump>;
  children: preact.ComponentChildren;
}) {
  return (
    <li>
      <a
        href="#"
        class="review-jump"
        onClick={(e) => {
          e.preventDefault();
          onJump(...args);
        }}
      >
        {children}
      </a>
    </li>
  );
}

export function ReviewDialog({ review, onBack, onExportAnyway, onFixAllThenExport, onJump }: Props) {
  const edits = review.fixable.reduce((n, f) => n + (f.fix?.edits?.length ?? 1), 0);
  return (
    // The dialog itself takes the focus: its first control is a line of the list, and Enter there would leave it.
    <Dialog label="导出前检查" cardClass="wide review-card" initial="card" onClose={onBack}>
      <h2>导出前检查</h2>
      {review.layout && <p class="error">{review.layout}</p>}
      {review.fonts && <p class="error font-warning">{review.fonts}</p>}
      {review.items.length > 0 && (
        <>
          <h3>
            {levelName('M')}内容尚未写全（{review.items.length} 项）
          </h3>
          <ul class="review-list">
            {review.items.map((i) => (
              <Place key={i.id} onJump={onJump} args={[i.evidence?.sectionId, i.evidence?.paragraphId, i.sectionKeys]}>
                <b>{stateName(i.state)}</b>　{i.title}：{i.reason}
              </Place>
            ))}
          </ul>
        </>
      )}
      {review.findings.length > 0 && (
        <>
          <h3>未处理的问题（{review.findings.length} 个）</h3>
          <ul class="review-list">
            {review.findings.slice(0, SHOWN).map((f) => (
              <Place key={f.id} onJump={onJump} args={[f.sectionId, f.paragraphId, [], f.field]}>
                {f.section}
                {f.paragraph ? ` 第${f.paragraph}段` : ''}：{f.message}
              </Place>
            ))}
          </ul>
          {review.findings.length > SHOWN && (
            <p class="muted">另有 {review.findings.length - SHOWN} 个，见右侧“问题”。</p>
          )}
        </>
      )}
      {review.bareHeadings.length > 0 && (
        <>
          <h3>只有标题、没有正文（{review.bareHeadings.length} 处，仍会导出）</h3>
          <ul class="review-list">
            {review.bareHeadings.slice(0, SHOWN).map((h, n) => (
              <Place key={h} onJump={onJump} args={[review.bareHeadingSections[n], undefined, []]}>
                {h}
              </Place>
            ))}
          </ul>
        </>
      )}
      <p class="muted">县里审核时通常会因为这些退回。点一条可跳到所在位置修改；也可以仍然导出草稿。</p>
      <div class="actions">
        <button onClick={onBack} title="Esc">
          返回修改
        </button>
        {edits > 0 && (
          <button onClick={onFixAllThenExport} title="标点、日期格式、必改错别字等可以直接改正的问题">
            全部改正（{edits} 处）后导出
          </button>
        )}
        <button class="primary" onClick={onExportAnyway}>
          仍然导出
        </button>
      </div>
    </Dialog>
  );
}
