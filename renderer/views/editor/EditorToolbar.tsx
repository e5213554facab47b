/** The bar above the form: back to the library, the title, save status, save, print preview, export. */
import type { Report } from '../../../electron/core/report-model.ts';
import { statusText, type Autosaver, type SaveStatus } from '../../autosave.ts';

interface Props {
  report: Report;
  status: SaveStatus;
  saver: Autosaver;
  onClose(): void;
  onPreview(): void;
  onExport(): void;
  /** open or close the 版本 panel (stage, deadlines, versions) */
  onVersions(): void;
}

export function EditorToolbar({ report, status, saver, onClose, onPreview, onExport, onVersions }: Props) {
  return (
    <header class="toolbar">
      <button
        type="button"
        onClick={async () => {
          await saver.flush();
          onClose();
        }}
        title="回到报告列表"
      >
        ← 报告列表
      </button>
      <h1 title={report.title}>{report.title || '未命名报告'}</h1>
      <span class={`save-status ${status.kind}`} role="status" aria-live="polite">
        {statusText(status)}
      </span>
      <button type="button" onClick={() => void saver.flush()} title="Ctrl+S">
        保存
      </button>
      <button type="button" onClick={onVersions} title="阶段、期限和版本">
        版本
      </button>
      <button type="button" onClick={onPreview} title="Ctrl+P 打印">
        打印预览
      </button>
      <button type="button" class="primary" onClick={onExport} title="Ctrl+E">
        导出 Word
      </button>
    </header>
  );
}
