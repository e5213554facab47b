/** 确认删除: deleting a report asks first, and says where it can be found again. */
import type { ReportSummary } from '../../../electron/core/report-model.ts';

export function DeleteDialog({
  report,
  onDelete,
  onCancel,
}: {
  report: ReportSummary;
  onDelete(): void;
  onCancel(): void;
}) {
  return (
    <div class="modal" role="dialog" aria-label="确认删除">
      <div class="card">
        <p>确定删除《{report.title}》吗？删除后可从数据文件夹中的备份找回。</p>
        <div class="actions">
          <button class="danger" onClick={onDelete}>
            删除
          </button>
          <button onClick={onCancel}>取消</button>
        </div>
      </div>
    </div>
  );
}
