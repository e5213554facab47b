/** The renderer's entry: routes between the report library, the guided form and settings. */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../electron/core/report-model.ts';
import type { Settings } from '../electron/core/settings.ts';
import { DEFAULT_SETTINGS } from '../electron/core/settings.ts';
import type { Command, ExportResult, StartupInfo } from '../electron/contract.ts';
import type { BackupSummary } from '../electron/contract.ts';
import { api, unwrap } from './api.ts';
import { Library } from './views/Library.tsx';
import { Editor } from './views/Editor.tsx';
import { SettingsView } from './views/Settings.tsx';
import { About } from './views/About.tsx';
import { Preview } from './views/Preview.tsx';
import { stateName } from '../electron/core/checklist.ts';
import { exportReview, needsReview, type ExportReview } from '../electron/core/export-review.ts';

type View =
  | { name: 'library'; creating?: boolean }
  | { name: 'editor'; report: Report }
  | { name: 'preview'; report: Report; then?: 'print' | 'pdf' }
  | { name: 'settings' };
type ExportState = { kind: 'Word' | 'PDF' } & (
  { phase: 'working' } | { phase: 'done'; result: ExportResult } | { phase: 'failed'; message: string }
);
type RestoreState = { token: string; file: string; summary: BackupSummary } | null;
/** The review step before a Word export, with the report it is about. */
type Review = ExportReview & { report: Report };

function App() {
  const [info, setInfo] = useState<StartupInfo | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [view, setView] = useState<View>({ name: 'library' });
  const [notices, setNotices] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [about, setAbout] = useState(false);
  const [exporting, setExporting] = useState<ExportState | null>(null);
  const [restoring, setRestoring] = useState<RestoreState>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [info2, setInfo2] = useState('');
  const [libraryKey, setLibraryKey] = useState(0);
  const flushRef = useRef<(() => Promise<boolean>) | null>(null);
  const viewRef = useRef(view);
  viewRef.current = view;

  useEffect(() => {
    void (async () => {
      try {
        const i = await unwrap(api().startup());
        setInfo(i);
        setNotices(i.notices);
        setSettings(await unwrap(api().getSettings()));
      } catch (e) {
        setError((e as Error).message);
      }
    })();
  }, []);

  const flush = async () => (flushRef.current ? flushRef.current() : true);
  const open = async (id: string) => {
    await flush();
    try {
      setView({ name: 'editor', report: await unwrap(api().getReport(id)) });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const exportDocx = async () => {
    const v = viewRef.current;
    if (v.name !== 'editor' && v.name !== 'preview') return setError('请先打开一份报告，再导出 Word。');
    if (!(await flush())) return setError('报告尚未保存成功，暂不能导出。请先解决保存问题。');
    // The review step: what a county reviewer would send back, before the file goes out.
    const found = exportReview(v.report, { boldHeadings: settings.boldHeadings });
    if (needsReview(found)) return setReview({ ...found, report: v.report });
    await writeDocx(v.report);
  };
  const writeDocx = async (report: Report) => {
    setReview(null);
    setExporting({ kind: 'Word', phase: 'working' });
    const r = await api().exportDocx(report.id);
    if (r.ok) setExporting({ kind: 'Word', phase: 'done', result: r.value });
    else if (r.error.code === 'CANCELLED') setExporting(null);
    else setExporting({ kind: 'Word', phase: 'failed', message: r.error.message });
  };

  const backup = async () => {
    await flush();
    const r = await api().exportBackup();
    if (r.ok) setInfo2(`已备份 ${r.value.reports} 份报告和设置到 ${r.value.path}`);
    else if (r.error.code !== 'CANCELLED') setError(`备份失败：${r.error.message}`);
  };
  const inspectBackup = async () => {
    await flush();
    const r = await api().inspectBackup();
    if (r.ok) setRestoring(r.value);
    else if (r.error.code !== 'CANCELLED') setError(`无法恢复：${r.error.message}`);
  };
  const restore = async (mode: 'merge' | 'replace') => {
    if (!restoring) return;
    const r = await api().restoreBackup(restoring.token, mode);
    setRestoring(null);
    if (!r.ok) return setError(`恢复失败：${r.error.message}`);
    setInfo2(`已恢复，现有 ${r.value.reports} 份报告。恢复前的数据已自动备份。`);
    setView({ name: 'library' });
    setLibraryKey((k) => k + 1);
  };

  /** Show the preview of the open report; printing happens from the preview, which is what gets printed. */
  const preview = async (then?: 'print' | 'pdf') => {
    const v = viewRef.current;
    if (v.name === 'preview') {
      if (then) await printFromPreview(then, v.report);
      return;
    }
    if (v.name !== 'editor') return setError('请先打开一份报告，再打印。');
    await flush();
    setView({ name: 'preview', report: v.report, then });
  };
  const printFromPreview = async (what: 'print' | 'pdf', report: Report) => {
    if (what === 'print') {
      const r = await api().print();
      if (!r.ok && r.error.code !== 'CANCELLED') setError(`打印失败：${r.error.message}`);
      return;
    }
    setExporting({ kind: 'PDF', phase: 'working' });
    const r = await api().printToPdf(report.id);
    if (r.ok) setExporting({ kind: 'PDF', phase: 'done', result: r.value });
    else if (r.error.code === 'CANCELLED') setExporting(null);
    else setExporting({ kind: 'PDF', phase: 'failed', message: r.error.message });
  };

  const handleCommand = async (c: Command) => {
    switch (c) {
      case 'save':
        await flush();
        break;
      case 'flush':
        await api().flushed(await flush());
        break;
      case 'new':
        await flush();
        setView({ name: 'library', creating: true });
        break;
      case 'open':
        await flush();
        setView({ name: 'library' });
        break;
      case 'export-docx':
        await exportDocx();
        break;
      case 'preview':
        await preview();
        break;
      case 'print':
        await preview('print');
        break;
      case 'export-pdf':
        await preview('pdf');
        break;
      case 'settings':
        await flush();
        setView({ name: 'settings' });
        break;
      case 'about':
        setAbout(true);
        break;
      case 'backup':
        await backup();
        break;
      case 'restore':
        await inspectBackup();
        break;
    }
  };
  const commandRef = useRef(handleCommand);
  commandRef.current = handleCommand;

  useEffect(() => {
    const off = api().onCommand((c) => void commandRef.current(c));
    // In the window the menu's accelerators arrive as commands; these keys serve when no menu is present.
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      const map: Record<string, Command> = { s: 'save', e: 'export-docx', p: 'print' };
      if (map[k]) {
        e.preventDefault();
        void commandRef.current(map[k]);
      }
    };
    const onUnload = () => void flush();
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      off();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, []);

  return (
    <div class="app">
      {notices.length > 0 && (
        <div class="notice" role="alert">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
          <button onClick={() => setNotices([])}>知道了</button>
        </div>
      )}
      {error && (
        <div class="notice error-banner" role="alert">
          <p>{error}</p>
          <button onClick={() => setError('')}>关闭</button>
        </div>
      )}
      {info2 && (
        <div class="notice" role="status">
          <p>{info2}</p>
          <button onClick={() => setInfo2('')}>知道了</button>
        </div>
      )}
      {view.name === 'library' && (
        <>
          <nav class="topnav">
            <span class="brand">法治报告助手</span>
            <button onClick={() => void backup()}>备份到…</button>
            <button onClick={() => void inspectBackup()}>恢复备份</button>
            <button onClick={() => void api().openDataDir()}>打开数据文件夹</button>
            <button onClick={() => setView({ name: 'settings' })}>设置</button>
            <button onClick={() => setAbout(true)}>关于</button>
          </nav>
          <Library
            key={libraryKey}
            settings={settings}
            onOpen={(id) => void open(id)}
            onError={setError}
            startCreating={view.creating}
          />
        </>
      )}
      {view.name === 'editor' && (
        <Editor
          key={view.report.id}
          report={view.report}
          autosaveMs={settings.autosaveMs}
          onClose={() => setView({ name: 'library' })}
          onError={setError}
          bindFlush={(f) => {
            flushRef.current = f;
          }}
          onExport={() => void exportDocx()}
          onPreview={() => void preview()}
        />
      )}
      {view.name === 'preview' && (
        <Preview
          report={view.report}
          settings={settings}
          savedAt={view.report.updatedAt}
          onClose={() => setView({ name: 'editor', report: view.report })}
          onPrint={() => void printFromPreview('print', view.report)}
          onPdf={() => void printFromPreview('pdf', view.report)}
          onReady={() => {
            const then = view.then;
            if (!then) return;
            setView({ ...view, then: undefined });
            void printFromPreview(then, view.report);
          }}
        />
      )}
      {view.name === 'settings' && (
        <SettingsView settings={settings} onSaved={setSettings} onClose={() => setView({ name: 'library' })} />
      )}
      {about && <About info={info} onClose={() => setAbout(false)} />}
      {restoring && (
        <div class="modal" role="dialog" aria-label="恢复备份">
          <div class="card">
            <h2>恢复备份</h2>
            <p>
              文件：<code>{restoring.file}</code>
            </p>
            <p>
              备份时间：{new Date(restoring.summary.createdAt).toLocaleString('zh-CN')}，共{' '}
              {restoring.summary.reports.length} 份报告：
            </p>
            <ul class="backup-list">
              {restoring.summary.reports.map((r) => (
                <li key={r.id}>
                  {r.year} 年度 · {r.title}
                </li>
              ))}
            </ul>
            <p>
              <b>合并</b>：保留现有报告，加入备份中没有的报告；同一份报告保留最后修改的版本。
              <br />
              <b>替换</b>：现有全部报告和设置换成备份中的内容。
            </p>
            <div class="actions">
              <button class="primary" onClick={() => void restore('merge')}>
                合并
              </button>
              <button class="danger" onClick={() => void restore('replace')}>
                替换
              </button>
              <button onClick={() => setRestoring(null)}>取消</button>
            </div>
          </div>
        </div>
      )}
      {review && (
        <div class="modal" role="dialog" aria-label="导出前检查">
          <div class="card wide">
            <h2>导出前检查</h2>
            {review.layout && <p class="error">{review.layout}</p>}
            {review.items.length > 0 && (
              <>
                <h3>必备内容尚未写全（{review.items.length} 项）</h3>
                <ul class="review-list">
                  {review.items.map((i) => (
                    <li key={i.id}>
                      <b>{stateName(i.state)}</b>　{i.title}：{i.reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {review.findings.length > 0 && (
              <>
                <h3>未处理的问题（{review.findings.length} 个）</h3>
                <ul class="review-list">
                  {review.findings.slice(0, 50).map((f) => (
                    <li key={f.id}>
                      {f.section}
                      {f.paragraph ? ` 第${f.paragraph}段` : ''}：{f.message}
                    </li>
                  ))}
                </ul>
                {review.findings.length > 50 && (
                  <p class="muted">另有 {review.findings.length - 50} 个，见右侧“问题”。</p>
                )}
              </>
            )}
            <p class="muted">县里审核时通常会因为这些退回。可以先返回修改，也可以仍然导出草稿。</p>
            <div class="actions">
              <button onClick={() => setReview(null)}>返回修改</button>
              <button class="primary" onClick={() => void writeDocx(review.report)}>
                仍然导出
              </button>
            </div>
          </div>
        </div>
      )}
      {exporting && (
        <div class="modal" role="dialog" aria-label={`导出 ${exporting.kind}`}>
          <div class="card">
            {exporting.phase === 'working' && <p>正在生成 {exporting.kind} 文件…</p>}
            {exporting.phase === 'done' && (
              <>
                <p class="ok">
                  已导出：<code>{exporting.result.path}</code>
                </p>
                <div class="actions">
                  <button class="primary" onClick={() => void api().openFile(exporting.result.path)}>
                    打开文件
                  </button>
                  <button onClick={() => void api().revealFile(exporting.result.path)}>打开所在文件夹</button>
                  <button onClick={() => setExporting(null)}>关闭</button>
                </div>
              </>
            )}
            {exporting.phase === 'failed' && (
              <>
                <p class="error">导出失败：{exporting.message}</p>
                <div class="actions">
                  <button onClick={() => setExporting(null)}>关闭</button>
                </div>
              </>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

const root = document.getElementById('app')!;
root.textContent = '';
render(<App />, root);
