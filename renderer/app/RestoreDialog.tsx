/** What a backup file holds, and the choice between merging it in and replacing everything with it. */
import { Dialog } from '../components/Dialog.tsx';
import type { Restoring } from './useBackup.ts';

interface Props {
  restoring: Restoring;
  onRestore(mode: 'merge' | 'replace'): void;
  onCancel(): void;
}

export function RestoreDialog({ restoring, onRestore, onCancel }: Props) {
  return (
    <Dialog label="恢复备份" onClose={onCancel}>
      <h2>恢复备份</h2>
      <p>
        文件：<code>{restoring.file}</code>
      </p>
      <p>
        备份时间：{new Date(restoring.summary.createdAt).toLocaleString('zh-CN')}，共 {restoring.summary.reports.length}{' '}
        份报告：
      </p>
      <ul class="backup-list">
        {restoring.summary.reports.map((r) => (
          <li key={r.id}>
            {r.year} 年度 · {r.title}
          </li>
        ))}
      </ul>
      <p>
        <b>合并</b>：保留现有报告，加入备份中没有的报告；同一份报告保留最后修改的版本。
        <br />
        <b>替换</b>：现有全部报告和设置换成备份中的内容。
      </p>
      <div class="actions">
        <button class="primary" onClick={() => onRestore('merge')}>
          合并
        </button>
        <button class="danger" onClick={() => onRestore('replace')}>
          替换
        </button>
        <button onClick={onCancel}>取消</button>
      </div>
    </Dialog>
  );
}
