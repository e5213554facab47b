/**
 * Which text the 公开版 is made from (electron/core/public/source.ts): the versions to choose from, the choice, and
 * the chosen version's text once it is read. The scan, the redactions and the export all work on that text.
 */
import { useEffect, useState } from 'preact/hooks';
import { publicSourceId, publicSourceText } from '../../../electron/core/public/source.ts';
import type { Report } from '../../../electron/core/report-model.ts';
import { versionsAsset, stageLabel, type VersionMeta } from '../../../electron/core/versions/model.ts';
import { api } from '../../api.ts';
import { versionName } from '../versions/VersionList.tsx';

export function usePublicSource(report: Report) {
  const [versions, setVersions] = useState<VersionMeta[] | null>(null);
  const [loaded, setLoaded] = useState<{ id: string; text: Report } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void api()
      .listVersions(report.id)
      .then((r) => {
        setVersions(r.ok ? r.value : []);
        if (!r.ok) setError(`版本列表无法读取：${r.error.message}`);
      });
  }, [report.id]);
  const choice = versions ? publicSourceId(report, versions) : null;
  const wanted = choice?.id ?? '';
  useEffect(() => {
    if (!wanted || loaded?.id === wanted) return;
    void api()
      .getVersion(report.id, wanted)
      .then((r) => (r.ok ? setLoaded({ id: wanted, text: r.value }) : setError(r.error.message)));
  }, [wanted]);
  /** the text to scan and publish (with the report's own decisions), or null while it is being read */
  let text: Report | null = null;
  if (choice && !wanted) text = report;
  else if (choice && loaded?.id === wanted) text = publicSourceText(report, loaded.text);
  return { versions, choice, text, error };
}

interface Props {
  source: ReturnType<typeof usePublicSource>;
  onChoose(id: string): void;
}

export function PublicSourcePicker({ source, onChoose }: Props) {
  const { versions, choice, error } = source;
  if (!versions || !choice) return <p class="muted">正在读取版本…</p>;
  const from = stageLabel(versionsAsset.publicFrom);
  return (
    <div class="public-source">
      <label>
        公开版依据
        <select value={choice.id} onChange={(e) => onChoose(e.currentTarget.value)}>
          <option value="">当前的文字</option>
          {versions.map((m) => (
            <option key={m.id} value={m.id}>
              {versionName(m)}
            </option>
          ))}
        </select>
      </label>
      <p class="muted">
        {choice.id
          ? '公开版由这个版本的文字生成，此后的修改不进入公开版；版本本身不会被打码或改动。'
          : `公开版由当前的文字生成。存为“${from}”的版本后，默认改由最新的${from}生成。`}
      </p>
      {choice.missing && <p class="error">原来选定的版本已不在（自动版本会按规则清理），已改用上面所选的。</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
