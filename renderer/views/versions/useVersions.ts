/**
 * The 版本 panel's actions. Each one first saves what is typed, so a version (and the text a restore replaces)
 * is exactly what the user sees; a restore hands the restored report back to the editor, which makes it one step
 * of the report's undo history.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../../../electron/core/report-model.ts';
import type { VersionMeta } from '../../../electron/core/versions/model.ts';
import { api, unwrap } from '../../api.ts';
import type { Side } from './VersionCompare.tsx';

interface Deps {
  report: Report;
  /** save what is typed; false when the save failed */
  flush(): Promise<boolean>;
  /** a version was restored (`report` is the report as saved now): show it */
  onReplaced(report: Report, from: VersionMeta): void;
  onPreview(version: Report, meta: VersionMeta): void;
}

const NOT_SAVED = '报告尚未保存成功，暂不能保存或恢复版本。请先解决保存问题。';

export function useVersions({ report, flush, onReplaced, onPreview }: Deps) {
  const [versions, setVersions] = useState<VersionMeta[] | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [comparing, setComparing] = useState<{ older: Side; newer: Side } | null>(null);

  const reload = async () => setVersions(await unwrap(api().listVersions(report.id)));
  const run = async (what: () => Promise<void>) => {
    setError('');
    setMessage('');
    try {
      await what();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  useEffect(() => void run(reload), [report.id]);

  const save = (stage: string, note: string) =>
    run(async () => {
      if (!(await flush())) throw new Error(NOT_SAVED);
      await unwrap(api().createVersion(report.id, stage, note));
      await reload();
      setMessage('已存为版本。');
    });
  const restore = (m: VersionMeta) =>
    run(async () => {
      if (!(await flush())) throw new Error(NOT_SAVED);
      onReplaced(await unwrap(api().restoreVersion(report.id, m.id)), m);
      // The text it replaced is the newest version now.
      await reload();
    });
  const exportDocx = (m: VersionMeta) =>
    run(async () => {
      const r = await api().exportVersionDocx(report.id, m.id);
      if (r.ok) setMessage(`已导出：${r.value.path}`);
      else if (r.error.code !== 'CANCELLED') throw new Error(r.error.message);
    });
  const preview = (m: VersionMeta) =>
    run(async () => {
      // Leaving the form saves what is typed; the version's text is read as it was kept.
      if (!(await flush())) throw new Error(NOT_SAVED);
      onPreview(await unwrap(api().getVersion(report.id, m.id)), m);
    });
  const pick = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));
  const compare = () =>
    run(async () => {
      const metas = (versions ?? []).filter((m) => picked.includes(m.id));
      if (metas.length !== 2) throw new Error('请选中两个版本再对比。');
      const [newer, older] = await Promise.all(
        metas.map(async (meta) => ({ meta, report: await unwrap(api().getVersion(report.id, meta.id)) })),
      );
      setComparing({ older, newer });
    });

  return {
    versions,
    picked,
    error,
    message,
    comparing,
    save,
    restore,
    exportDocx,
    preview,
    pick,
    compare,
    closeCompare: () => setComparing(null),
  };
}
