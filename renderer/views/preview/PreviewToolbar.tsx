/** The bar above the preview: back, page count, zoom and pages, the draft/line-number/checklist options, print, PDF. */
import type { ComponentChildren } from 'preact';
import type { Options } from './options.ts';

interface Props {
  pageCount: number;
  opts: Options;
  ready: boolean;
  set(patch: Partial<Options>): void;
  onClose(): void;
  onPrint(): void;
  onPdf(): void;
  /** zoom and page navigation */
  children?: ComponentChildren;
}

export function PreviewToolbar({ pageCount, opts, ready, set, onClose, onPrint, onPdf, children }: Props) {
  return (
    <header class="toolbar pv-toolbar">
      <button type="button" onClick={onClose} title="Esc">
        ← 返回编辑
      </button>
      <h1>
        打印预览 <small>正文 {pageCount} 页</small>
      </h1>
      {children}
      <label class="check" title="每页加“草稿”水印，页脚印打印时间和最后保存时间">
        <input type="checkbox" checked={opts.draft} onChange={(e) => set({ draft: e.currentTarget.checked })} />
        草稿标记
      </label>
      <label class="check" title="左边距印行号，便于批注">
        <input
          type="checkbox"
          checked={opts.lineNumbers}
          onChange={(e) => set({ lineNumbers: e.currentTarget.checked })}
        />
        行号
      </label>
      <label class="check" title="在正文后附检查清单页">
        <input type="checkbox" checked={opts.checklist} onChange={(e) => set({ checklist: e.currentTarget.checked })} />
        附检查清单
      </label>
      <button type="button" onClick={onPrint} disabled={!ready}>
        打印
      </button>
      <button type="button" class="primary" onClick={onPdf} disabled={!ready}>
        导出 PDF
      </button>
    </header>
  );
}
