/** The bar above the form: back to the library, the title, save status, save, print preview, export. */
import type { ComponentChildren } from 'preact';
import type { Report } from '../../../electron/core/report-model.ts';
import { statusText, type Autosaver, type SaveStatus } from '../../autosave.ts';
import { ask } from '../../components/Confirm.tsx';

interface Props {
  report: Report;
  status: SaveStatus;
  saver: Autosaver;
  onClose(): void;
  onPreview(): void;
  onExport(): void;
  /** open the 公开版 review */
  onPublic?(): void;
  /** 撤销 / 重做 */
  undo?: ComponentChildren;
  /** open or close the 版本 panel (stage, deadlines, versions) */
  onVersions(): void;
}

/** Leaving with changes that could not be written: they live only in this editor, so the safe answer is to stay. */
const LEAVE_UNSAVED = {
  title: '最近的修改还没有保存',
  message: '最近的修改没有保存到磁盘（见工具栏的保存状态），离开后这些修改将丢失。留在这里可以按 Ctrl+S 重试保存。',
  confirm: '仍然离开',
  cancel: '留在这里',
  danger: true,
};

export function EditorToolbar(props: Props) {
  const { report, status, saver, onClose, onPreview, onExport, onPublic, undo, onVersions } = props;
  return (
    <header class="toolbar">
      <button
        type="button"
        onClick={async () => {
          // Changes that could not be written live only in this editor: leaving would drop them, so ask first.
          if ((await saver.flush()) || (await ask(LEAVE_UNSAVED))) onClose();
        }}
        title="回到报告列表"
      >
        ← 报告列表
      </button>
      <h1 title={report.title}>{report.title || '未命名报告'}</h1>
      <span class={`save-status ${status.kind}`} role="status" aria-live="polite" title={statusText(status)}>
        {statusText(status)}
      </span>
      {undo}
      <button type="button" onClick={() => void saver.flush()} title="Ctrl+S">
        保存
      </button>
      <button type="button" onClick={onVersions} title="阶段、期限和版本">
        版本
      </button>
      <button type="button" onClick={onPreview} title="Ctrl+P 打印">
        打印预览
      </button>
      {onPublic && (
        <button type="button" onClick={onPublic} title="保密审查后导出公开版">
          公开版
        </button>
      )}
      <button type="button" class="primary" onClick={onExport} title="Ctrl+E">
        导出 Word
      </button>
    </header>
  );
}
