/** 导出前检查: what would get the report sent back, with the choice to go back or export the draft anyway. */
import { stateName } from '../../electron/core/checklist/index.ts';
import type { Review } from './useExport.ts';

/** Findings listed in the dialog; the rest are in the findings tab. */
const SHOWN = 50;

interface Props {
  review: Review;
  onBack(): void;
  onExportAnyway(): void;
}

export function ReviewDialog({ review, onBack, onExportAnyway }: Props) {
  return (
    <div class="modal" role="dialog" aria-label="导出前检查">
      <div class="card wide">
        <h2>导出前检查</h2>
        {review.layout && <p class="error">{review.layout}</p>}
        {review.fonts && <p class="error font-warning">{review.fonts}</p>}
        {review.items.length > 0 && (
          <>
            <h3>必备内容尚未写全（{review.items.length} 项）</h3>
            <ul class="review-list">
              {review.items.map((i) => (
                <li key={i.id}>
                  <b>{stateName(i.state)}</b>　{i.title}：{i.reason}
                </li>
              ))}
            </ul>
          </>
        )}
        {review.findings.length > 0 && (
          <>
            <h3>未处理的问题（{review.findings.length} 个）</h3>
            <ul class="review-list">
              {review.findings.slice(0, SHOWN).map((f) => (
                <li key={f.id}>
                  {f.section}
                  {f.paragraph ? ` 第${f.paragraph}段` : ''}：{f.message}
                </li>
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
              {review.bareHeadings.slice(0, SHOWN).map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
          </>
        )}
        <p class="muted">县里审核时通常会因为这些退回。可以先返回修改，也可以仍然导出草稿。</p>
        <div class="actions">
          <button onClick={onBack}>返回修改</button>
          <button class="primary" onClick={onExportAnyway}>
            仍然导出
          </button>
        </div>
      </div>
    </div>
  );
}
