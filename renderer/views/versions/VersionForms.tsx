/** The 版本 panel's two small forms: 存为版本 (stage and note) and the question before a restore. */
import { useState } from 'preact/hooks';
import { versionsAsset, versionTitle, type VersionMeta } from '../../../electron/core/versions/model.ts';

export function SaveVersionForm(p: { initialStage: string; onSave(stage: string, note: string): Promise<void> }) {
  const [stage, setStage] = useState(p.initialStage);
  const [note, setNote] = useState('');
  return (
    <form
      class="save-version"
      onSubmit={(e) => {
        e.preventDefault();
        void p.onSave(stage, note.trim()).then(() => setNote(''));
      }}
    >
      <select aria-label="版本阶段" value={stage} onChange={(e) => setStage(e.currentTarget.value)}>
        <option value="">（不标阶段）</option>
        {versionsAsset.stages.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
      <input
        aria-label="版本说明"
        placeholder="说明，如：书记审阅前"
        maxLength={500}
        value={note}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <button type="submit" class="primary">
        存为版本
      </button>
    </form>
  );
}

export function RestoreConfirm(p: { version: VersionMeta; onCancel(): void; onRestore(): void }) {
  return (
    <div class="modal" role="dialog" aria-label="恢复版本">
      <div class="card">
        <h2>恢复到这个版本？</h2>
        <p>
          报告的文字将换成“{versionTitle(p.version)}”的文字。现在的文字会先存为一个版本，随时可以再恢复回来；
          报送、审查、公开的记录不变。
        </p>
        <div class="actions">
          <button type="button" onClick={p.onCancel}>
            取消
          </button>
          <button type="button" class="primary" onClick={p.onRestore}>
            恢复
          </button>
        </div>
      </div>
    </div>
  );
}
