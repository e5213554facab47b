/** An export in progress, done (open the file or its folder) or failed. */
import { api } from '../api.ts';
import { Dialog } from '../components/Dialog.tsx';
import type { ExportState } from './useExport.ts';

export function ExportDialog({ exporting, onClose }: { exporting: ExportState; onClose(): void }) {
  return (
    // While the file is being written there is nothing to cancel: Esc waits for the result as 关闭 does.
    <Dialog label={`导出 ${exporting.kind}`} onClose={exporting.phase === 'working' ? undefined : onClose}>
      {exporting.phase === 'working' && <p>正在生成 {exporting.kind} 文件…</p>}
      {exporting.phase === 'done' && (
        <>
          <p class="ok">
            已导出：<code>{exporting.result.path}</code>
          </p>
          <div class="actions">
            <button class="primary" onClick={() => void api().openFile(exporting.result.path)}>
              打开文件
            </button>
            <button onClick={() => void api().revealFile(exporting.result.path)}>打开所在文件夹</button>
            <button onClick={onClose}>关闭</button>
          </div>
        </>
      )}
      {exporting.phase === 'failed' && (
        <>
          <p class="error">导出失败：{exporting.message}</p>
          <div class="actions">
            <button onClick={onClose}>关闭</button>
          </div>
        </>
      )}
    </Dialog>
  );
}
