/** The 版本 panel's small forms: 存为版本 (stage and note), and the question before a restore. */
import { useState } from 'preact/hooks';
import { versionsAsset, versionTitle, type VersionMeta } from '../../../electron/core/versions/model.ts';
import { ask } from '../../components/Confirm.tsx';

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

/** Restoring replaces the text (the text it replaces is kept as a version first, and Ctrl+Z takes it back). */
export function askRestore(version: VersionMeta): Promise<boolean> {
  return ask({
    title: '恢复到这个版本？',
    message: `报告的文字将换成“${versionTitle(version)}”的文字。现在的文字会先存为一个版本，随时可以再恢复回来，也可以按 Ctrl+Z 撤销；报送、审查、公开的记录不变。`,
    confirm: '恢复',
    focus: 'cancel',
  });
}
