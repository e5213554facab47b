/** The 版本 list: when, what (stage and note, or why it was kept automatically), size, and what changed. */
import { localDateTime } from '../../../electron/core/dates.ts';
import { versionTitle, type VersionMeta } from '../../../electron/core/versions/model.ts';

/** How a version is named outside the list: 2026-02-20 09:30 报送稿：报县委 */
export function versionName(m: VersionMeta): string {
  return `${localDateTime(new Date(m.createdAt))} ${versionTitle(m)}`;
}

/** 导语、（一）… · +12 −3 字; the first version says so. */
export function changeText(m: VersionMeta): string {
  if (m.change.first) return '第一个版本';
  if (!m.change.sections.length) return '与上一版本相同';
  const names = m.change.sections.slice(0, 3).join('、') + (m.change.sections.length > 3 ? ' 等' : '');
  return `改动 ${m.change.sections.length} 处：${names} · +${m.change.added} −${m.change.removed} 字`;
}

interface Props {
  versions: VersionMeta[];
  picked: string[];
  onPick(id: string): void;
  onRestore(m: VersionMeta): void;
  onExport(m: VersionMeta): void;
  /** 打印 / PDF: the preview of the version */
  onPreview(m: VersionMeta): void;
  /** the version last previewed, marked in the list */
  at?: string;
}

export function VersionList({ versions, picked, onPick, onRestore, onExport, onPreview, at }: Props) {
  if (!versions.length) return <p class="muted">还没有版本。“存为版本”或导出、打印时会保存一个。</p>;
  return (
    <ul class="version-list">
      {versions.map((m) => (
        <li
          key={m.id}
          class={`version-item ${m.kind === 'named' ? 'named' : 'auto'}${m.id === at ? ' current' : ''}`}
          aria-current={m.id === at ? 'true' : undefined}
          data-version={m.id}
        >
          <label class="version-pick">
            <input
              type="checkbox"
              checked={picked.includes(m.id)}
              onChange={() => onPick(m.id)}
              aria-label="选中对比"
            />
            <span class="version-when">{localDateTime(new Date(m.createdAt))}</span>
          </label>
          <div class="version-title">{versionTitle(m)}</div>
          <div class="version-meta">
            {m.chars.toLocaleString('zh-CN')} 字 · {(m.bytes / 1024).toFixed(1)} KB · {changeText(m)}
          </div>
          <div class="version-actions">
            <button type="button" onClick={() => onRestore(m)}>
              恢复
            </button>
            <button type="button" onClick={() => onExport(m)}>
              导出 Word
            </button>
            <button type="button" class="version-print" onClick={() => onPreview(m)}>
              打印 / PDF
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
