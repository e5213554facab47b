/**
 * The 版本 panel beside the form: the report's stage and deadlines, 存为版本 (with a stage and a note), the list
 * of versions, and from there compare, restore and export.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DueDates } from '../../../electron/core/due.ts';
import { progressOf, EMPTY_PROGRESS } from '../../../electron/core/progress.ts';
import type { Report } from '../../../electron/core/report-model.ts';
import type { VersionMeta } from '../../../electron/core/versions/model.ts';
import { api } from '../../api.ts';
import { useToday } from '../../useToday.ts';
import { ProgressBox } from './ProgressBox.tsx';
import { VersionCompare } from './VersionCompare.tsx';
import { VersionList } from './VersionList.tsx';
import { askRestore, SaveVersionForm } from './VersionForms.tsx';
import { useVersions } from './useVersions.ts';

interface Props {
  report: Report;
  flush(): Promise<boolean>;
  /** the report changed outside the sections (stage, dates): save it */
  onChange(): void;
  /** a version was restored: `report` is the report as saved now */
  onReplaced(report: Report, from: VersionMeta): void;
  /** show a version's text in the print preview, to print it or save it as PDF */
  onPreview(version: Report, meta: VersionMeta): void;
  onClose(): void;
  /** the version to show first: the one the user previewed and came back from */
  at?: string;
}

/** Back from a version's preview: that version is in view, marked, with the focus on the button that opened it. */
function useReturnTo(at: string | undefined, listed: boolean) {
  const shown = useRef(false);
  useEffect(() => {
    if (!at || !listed || shown.current) return;
    shown.current = true;
    const item = document.querySelector(`.version-panel [data-version="${CSS.escape(at)}"]`);
    item?.scrollIntoView({ block: 'nearest' });
    item?.querySelector<HTMLButtonElement>('button.version-print')?.focus();
  }, [at, listed]);
}

export function VersionPanel({ report, flush, onChange, onReplaced, onPreview, onClose, at }: Props) {
  const v = useVersions({ report, flush, onReplaced, onPreview });
  useReturnTo(at, v.versions !== null);
  const today = useToday();
  const [dueDates, setDueDates] = useState<DueDates | undefined>(undefined);
  useEffect(() => {
    void api()
      .getSettings()
      .then((r) => r.ok && setDueDates(r.value.dueDates));
  }, []);

  return (
    <aside class="version-panel" aria-label="版本">
      <header>
        <h2>阶段与版本</h2>
        <button type="button" onClick={onClose} aria-label="关闭版本面板">
          ×
        </button>
      </header>
      <ProgressBox report={report} today={today} dueDates={dueDates} onChange={onChange} />
      <SaveVersionForm
        initialStage={progressOf(report).stage}
        onSave={(stage, note) => {
          // A version saved as 送审稿 means the report is at that stage now.
          if (stage) report.progress = { ...(report.progress ?? EMPTY_PROGRESS), stage };
          onChange();
          return v.save(stage, note);
        }}
      />
      {v.error && (
        <p class="error" role="alert">
          {v.error}
        </p>
      )}
      {v.message && (
        <p class="ok" role="status">
          {v.message}
        </p>
      )}
      <div class="version-tools">
        <button type="button" disabled={v.picked.length !== 2} onClick={() => void v.compare()}>
          对比选中的两个版本
        </button>
      </div>
      {v.versions === null ? (
        <p>正在读取…</p>
      ) : (
        <VersionList
          versions={v.versions}
          at={at}
          picked={v.picked}
          onPick={v.pick}
          onRestore={(m) => void askRestore(m).then((yes) => (yes ? v.restore(m) : undefined))}
          onExport={(m) => void v.exportDocx(m)}
          onPreview={(m) => void v.preview(m)}
        />
      )}
      {v.comparing && <VersionCompare older={v.comparing.older} newer={v.comparing.newer} onClose={v.closeCompare} />}
    </aside>
  );
}
