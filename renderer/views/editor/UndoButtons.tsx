/** 撤销 / 重做 in the editor's toolbar. */
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
