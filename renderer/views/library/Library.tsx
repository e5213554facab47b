/** The report library: every report, newest year first; create, open, rename, duplicate, delete. */
import { useEffect, useState } from 'preact/hooks';
import type { ReportSummary } from '../../../electron/core/report-model.ts';
import type { Settings } from '../../../electron/core/settings.ts';
import { api, unwrap } from '../../api.ts';
import { ask } from '../../components/Confirm.tsx';
import { CreateReportForm } from './CreateReportForm.tsx';
import { useImportFlow } from './ImportFlow.tsx';
import { PasteImport } from './PasteImport.tsx';
import { ReportList } from './ReportList.tsx';
import { useNewReport } from './useNewReport.ts';

interface Props {
  settings: Settings;
  onOpen(id: string): void;
  onError(message: string): void;
  /** when true, the new-report form is open on arrival (menu 新建报告) */
  startCreating?: boolean;
}

export function Library({ settings, onOpen, onError, startCreating }: Props) {
  const [items, setItems] = useState<ReportSummary[] | null>(null);
  const [creating, setCreating] = useState(!!startCreating);
  const [pasting, setPasting] = useState(false);
  const newReport = useNewReport(settings, onOpen, items);
  const flow = useImportFlow(onOpen, onError);

  const reload = () => unwrap(api().listReports()).then(setItems, (e: Error) => onError(e.message));
  useEffect(() => {
    void reload();
  }, []);
  useEffect(() => setCreating(!!startCreating), [startCreating]);
  /** Run a change to the list, report its failure, then read the list again. */
  const act = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (err) {
      onError((err as Error).message);
    }
    await reload();
  };

  return (
    <main class="library">
      <header class="library-head">
        <h1>我的报告</h1>
        <button onClick={() => void flow.importFile()}>导入旧报告（Word/文本）</button>
        <button onClick={() => setPasting(true)}>粘贴文本导入</button>
        <button class="primary" onClick={() => setCreating(true)}>
          新建报告
        </button>
      </header>
      {creating && (
        <CreateReportForm
          form={newReport.form}
          setForm={newReport.setForm}
          error={newReport.error}
          onSubmit={newReport.create}
          onCancel={() => {
            setCreating(false);
            newReport.clearError();
          }}
        />
      )}
      <ReportList
        {...{ items, onOpen, onError, act, onDelete: (r) => void deleteReport(r, act), dueDates: settings.dueDates }}
      />
      {pasting && (
        <PasteImport
          onPreview={(p) => {
            setPasting(false);
            flow.preview(p);
          }}
          onCancel={() => setPasting(false)}
        />
      )}
      {flow.dialogs}
    </main>
  );
}

/** 删除 asks first, and says where a deleted report can be found again. */
async function deleteReport(r: ReportSummary, act: (change: Promise<unknown>) => Promise<void>) {
  const yes = await ask({
    title: `删除《${r.title}》？`,
    message:
      '这份报告将从报告库中删去，它的版本也一并删去。删除前会在数据文件夹里留一份备份，需要时可以从那里找回报告。',
    confirm: '删除',
    danger: true,
  });
  if (yes) await act(api().deleteReport(r.id));
}
