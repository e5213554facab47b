/** 撤销 / 重做 in the editor's toolbar, and the notice after a bulk change that offers to take it back. */
import type { ReportHistory } from './useHistory.ts';

export function UndoButtons({ history: h }: { history: ReportHistory }) {
  return (
    <span class="undo-buttons">
      <button
        type="button"
        disabled={!h.canUndo}
        onClick={h.undo}
        title={`撤销${h.undoLabel ? '：' + h.undoLabel : ''}（Ctrl+Z）`}
      >
        撤销
      </button>
      <button
        type="button"
        disabled={!h.canRedo}
        onClick={h.redo}
        title={`重做${h.redoLabel ? '：' + h.redoLabel : ''}（Ctrl+Y）`}
      >
        重做
      </button>
    </span>
  );
}

export interface BulkNotice {
  text: string;
}

/** "已改正 24 处 · 撤销": shown until the next change, which 撤销 would no longer take back alone. */
export function UndoNotice({ notice, onUndo, onClose }: { notice: BulkNotice; onUndo(): void; onClose(): void }) {
  return (
    <div class="undo-notice" role="status">
      <span>{notice.text}</span>
      <span aria-hidden="true"> · </span>
      <button type="button" class="link" onClick={onUndo}>
        撤销
      </button>
      <button type="button" class="link close" onClick={onClose} aria-label="关闭提示">
        ×
      </button>
    </div>
  );
}
