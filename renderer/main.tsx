/** The renderer's entry: routes between the report library, the guided form and settings. */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../electron/core/report-model.ts';
import type { Settings } from '../electron/core/settings.ts';
import { DEFAULT_SETTINGS } from '../electron/core/settings.ts';
import type { Command, ExportResult, StartupInfo } from '../electron/contract.ts';
import { api, unwrap } from './api.ts';
import { Library } from './views/Library.tsx';
import { Editor } from './views/Editor.tsx';
import { SettingsView } from './views/Settings.tsx';
import { About } from './views/About.tsx';

type View = { name: 'library'; creating?: boolean } | { name: 'editor'; report: Report } | { name: 'settings' };
type ExportState = { phase: 'working' } | { phase: 'done'; result: ExportResult } | { phase: 'failed'; message: string } | null;

function App() {
  const [info, setInfo] = useState<StartupInfo | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [view, setView] = useState<View>({ name: 'library' });
  const [notices, setNotices] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [about, setAbout] = useState(false);
  const [exporting, setExporting] = useState<ExportState>(null);
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
    if (v.name !== 'editor') return setError('请先打开一份报告，再导出 Word。');
    if (!(await flush())) return setError('报告尚未保存成功，暂不能导出。请先解决保存问题。');
    setExporting({ phase: 'working' });
    const r = await api().exportDocx(v.report.id);
    if (r.ok) setExporting({ phase: 'done', result: r.value });
    else if (r.error.code === 'CANCELLED') setExporting(null);
    else setExporting({ phase: 'failed', message: r.error.message });
  };

  const handleCommand = async (c: Command) => {
    switch (c) {
      case 'save': await flush(); break;
      case 'flush': await flush(); await api().flushed(); break;
      case 'new': await flush(); setView({ name: 'library', creating: true }); break;
      case 'open': await flush(); setView({ name: 'library' }); break;
      case 'export-docx': await exportDocx(); break;
      case 'settings': await flush(); setView({ name: 'settings' }); break;
      case 'about': setAbout(true); break;
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
      const map: Record<string, Command> = { s: 'save', e: 'export-docx' };
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
          {notices.map((n) => <p key={n}>{n}</p>)}
          <button onClick={() => setNotices([])}>知道了</button>
        </div>
      )}
      {error && (
        <div class="notice error-banner" role="alert">
          <p>{error}</p>
          <button onClick={() => setError('')}>关闭</button>
        </div>
      )}
      {view.name === 'library' && (
        <>
          <nav class="topnav">
            <span class="brand">法治报告助手</span>
            <button onClick={() => setView({ name: 'settings' })}>设置</button>
            <button onClick={() => setAbout(true)}>关于</button>
          </nav>
          <Library settings={settings} onOpen={(id) => void open(id)} onError={setError} startCreating={view.creating} />
        </>
      )}
      {view.name === 'editor' && (
        <Editor
          key={view.report.id}
          report={view.report}
          autosaveMs={settings.autosaveMs}
          onClose={() => setView({ name: 'library' })}
          onError={setError}
          bindFlush={(f) => { flushRef.current = f; }}
          onExport={() => void exportDocx()}
        />
      )}
      {view.name === 'settings' && <SettingsView settings={settings} onSaved={setSettings} onClose={() => setView({ name: 'library' })} />}
      {about && <About info={info} onClose={() => setAbout(false)} />}
      {exporting && (
        <div class="modal" role="dialog" aria-label="导出 Word">
          <div class="card">
            {exporting.phase === 'working' && <p>正在生成 Word 文件…</p>}
            {exporting.phase === 'done' && (
              <>
                <p class="ok">已导出：<code>{exporting.result.path}</code></p>
                <div class="actions">
                  <button class="primary" onClick={() => void api().openFile(exporting.result.path)}>打开文件</button>
                  <button onClick={() => void api().revealFile(exporting.result.path)}>打开所在文件夹</button>
                  <button onClick={() => setExporting(null)}>关闭</button>
                </div>
              </>
            )}
            {exporting.phase === 'failed' && (
              <>
                <p class="error">导出失败：{exporting.message}</p>
                <div class="actions"><button onClick={() => setExporting(null)}>关闭</button></div>
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
