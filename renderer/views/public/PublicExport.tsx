/** The public version's files: Word and a web page, written once the 保密审查 is done. */
import { useState } from 'preact/hooks';
import type { ExportResult } from '../../../electron/contract.ts';
import type { Report } from '../../../electron/core/report-model.ts';
import { api } from '../../api.ts';

interface Props {
  report: Report;
  /** why the files cannot be written yet, or null */
  blocker: string | null;
  flush(): Promise<boolean>;
  onClose(): void;
}

export function PublicExport({ report, blocker, flush, onClose }: Props) {
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState('');
  const write = async (format: 'docx' | 'html') => {
    setError('');
    setResult(null);
    if (!(await flush())) return setError('报告尚未保存成功，暂不能导出公开版。');
    const r = await api().exportPublic(report.id, format);
    if (r.ok) setResult(r.value);
    else if (r.error.code !== 'CANCELLED') setError(r.error.message);
  };
  return (
    <>
      {blocker && <p class="muted">{blocker}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <p class="ok">
          已导出：<code>{result.path}</code>{' '}
          <button type="button" class="link" onClick={() => void api().openFile(result.path)}>
            打开文件
          </button>
          <button type="button" class="link" onClick={() => void api().revealFile(result.path)}>
            打开所在文件夹
          </button>
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={onClose}>
          关闭
        </button>
        <button type="button" disabled={blocker !== null} onClick={() => void write('html')}>
          导出公开版网页
        </button>
        <button type="button" class="primary" disabled={blocker !== null} onClick={() => void write('docx')}>
          导出公开版 Word
        </button>
      </div>
    </>
  );
}
