/** Import from pasted text: the text of an old report, recognised into a preview of the new one. */
import { useState } from 'preact/hooks';
import type { ImportPreview } from '../../../electron/contract.ts';
import { api, unwrap } from '../../api.ts';
import { Dialog } from '../../components/Dialog.tsx';

/** Paste box: the text of an old report, from Word or anywhere. */
export function PasteImport({ onPreview, onCancel }: { onPreview(p: ImportPreview): void; onCancel(): void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const go = async () => {
    try {
      onPreview(await unwrap(api().importText(text)));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Dialog label="粘贴文本导入" cardClass="wide" onClose={onCancel}>
      <h2>粘贴旧报告的全文</h2>
      <p class="muted">从 Word 或 WPS 里全选、复制，粘贴到下面。标题、主送机关、各级标题、落款和日期会自动识别。</p>
      <textarea aria-label="报告全文" class="paste-box" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button class="primary" disabled={!text.trim()} onClick={() => void go()}>
          识别
        </button>
        <button onClick={onCancel}>取消</button>
      </div>
    </Dialog>
  );
}
