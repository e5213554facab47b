/** Settings: the user's defaults for new reports and for the Word file. */
import { useState } from 'preact/hooks';
import type { Settings } from '../../electron/core/settings.ts';
import { api, unwrap } from '../api.ts';

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
        api().saveSettings({ ...s, signatureUnits: s.signatureUnits.map((u) => u.trim()).filter(Boolean) }),
      );
      onSaved(saved);
      setError('');
      setMessage('设置已保存。');
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const unit = (i: number, v: string) => {
    const u = [s.signatureUnits[0] ?? '', s.signatureUnits[1] ?? ''];
    u[i] = v;
    setS({ ...s, signatureUnits: u });
  };
  return (
    <main class="settings">
      <header class="library-head">
        <h1>设置</h1>
        <button onClick={onClose}>返回</button>
      </header>
      <form class="card" onSubmit={save}>
        <h2>新建报告的默认值</h2>
        <div class="grid3">
          <label>
            单位名称
            <input
              value={s.unitName}
              onInput={(e) => setS({ ...s, unitName: e.currentTarget.value })}
              placeholder="例如：汤郎乡"
            />
          </label>
          <label>
            所属县（市、区）
            <input
              value={s.county}
              onInput={(e) => setS({ ...s, county: e.currentTarget.value })}
              placeholder="例如：禄劝县"
            />
          </label>
          <label>
            章节顺序
            <select value={s.order} onChange={(e) => setS({ ...s, order: e.currentTarget.value as Settings['order'] })}>
              <option value="A">法定顺序（举措成效在前）</option>
              <option value="B">第一责任人在前</option>
            </select>
          </label>
        </div>
        <div class="grid3">
          <label>
            落款单位1
            <input
              value={s.signatureUnits[0] ?? ''}
              onInput={(e) => unit(0, e.currentTarget.value)}
              placeholder="中共XX乡委员会"
            />
          </label>
          <label>
            落款单位2（可选）
            <input
              value={s.signatureUnits[1] ?? ''}
              onInput={(e) => unit(1, e.currentTarget.value)}
              placeholder="XX乡人民政府"
            />
          </label>
          <label class="check">
            <input
              type="checkbox"
              checked={s.sealed}
              onChange={(e) => setS({ ...s, sealed: e.currentTarget.checked })}
            />{' '}
            加盖印章
          </label>
        </div>
        <h2>Word 文件</h2>
        <div class="grid3">
          <label>
            字体方案
            <select
              value={s.fontPreset}
              onChange={(e) => setS({ ...s, fontPreset: e.currentTarget.value as Settings['fontPreset'] })}
            >
              <option value="windows">Windows 自带字体（仿宋、楷体、黑体）</option>
              <option value="gb2312">GB2312 字体（仿宋_GB2312、楷体_GB2312）</option>
            </select>
          </label>
          <label class="check">
            <input
              type="checkbox"
              checked={s.boldHeadings}
              onChange={(e) => setS({ ...s, boldHeadings: e.currentTarget.checked })}
            />{' '}
            二、三级标题加粗
          </label>
          <label>
            自动保存间隔（秒）
            <input
              inputMode="decimal"
              value={String(s.autosaveMs / 1000)}
              onInput={(e) => setS({ ...s, autosaveMs: Math.round(Number(e.currentTarget.value) * 1000) })}
            />
          </label>
        </div>
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
