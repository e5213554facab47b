/** Settings: the user's defaults for new reports and for the Word file. */
import { useState } from 'preact/hooks';
import type { Settings } from '../../../electron/core/settings.ts';
import { api, unwrap } from '../../api.ts';
import { DefaultsFields } from './DefaultsFields.tsx';
import { cleanWords, PrivacyFields } from './PrivacyFields.tsx';
import { WordFields } from './WordFields.tsx';
import { DueFields } from './DueFields.tsx';
import { FontCheck } from './FontCheck.tsx';

export function SettingsView({
  settings,
  onSaved,
  onClose,
}: {
  settings: Settings;
  onSaved(s: Settings): void;
  onClose(): void;
}) {
  const [s, setS] = useState<Settings>({ ...settings, signatureUnits: [...settings.signatureUnits] });
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const save = async (e: Event) => {
    e.preventDefault();
    const secs = Number(s.autosaveMs) / 1000;
    if (!(secs >= 0.3 && secs <= 60)) return setError('自动保存间隔应在 0.3 到 60 秒之间。');
    try {
      const saved = await unwrap(
        api().saveSettings({
          ...s,
          signatureUnits: s.signatureUnits.map((u) => u.trim()).filter(Boolean),
          ...(s.privacyWords ? { privacyWords: cleanWords(s.privacyWords) } : {}),
        }),
      );
      onSaved(saved);
      setError('');
      setMessage('设置已保存。');
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <main class="settings">
      <header class="library-head">
        <h1>设置</h1>
        <button onClick={onClose}>返回</button>
      </header>
      <form class="card" onSubmit={save}>
        <DefaultsFields s={s} setS={setS} />
        <WordFields s={s} setS={setS} />
        <PrivacyFields s={s} setS={setS} />
        <DueFields s={s} setS={setS} />
        <FontCheck s={s} setS={setS} />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {message && <p class="ok">{message}</p>}
        <div class="actions">
          <button type="submit" class="primary">
            保存设置
          </button>
        </div>
      </form>
    </main>
  );
}
