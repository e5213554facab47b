/** The app: the current view, the banners above it and the dialogs over it, and what menu commands do. */
import { useRef, useState } from 'preact/hooks';
import { api, unwrap } from '../api.ts';
import { ConfirmHost } from '../components/Confirm.tsx';
import { commandHandler } from './command-handler.ts';
import { CurrentView } from './CurrentView.tsx';
import { Dialogs } from './Dialogs.tsx';
import { Notices } from './Notices.tsx';
import { notifyError, notifyInfo } from './notices.ts';
import { useBackup } from './useBackup.ts';
import { useCommands } from './useCommands.ts';
import { useExport } from './useExport.ts';
import { useFlush } from './useFlush.ts';
import { useEditorFixes } from './useEditorFixes.ts';
import { usePrint } from './usePrint.ts';
import { useStartup } from './useStartup.ts';
import type { View } from './view.ts';

export function App() {
  const [view, setView] = useState<View>({ name: 'library' });
  // Errors and confirmations go to the one notice queue: a new one replaces the last of its kind.
  const setError = notifyError;
  const setMessage = notifyInfo;
  const [about, setAbout] = useState(false);
  const [libraryKey, setLibraryKey] = useState(0);
  // Commands arrive from outside the render; they act on the view of that moment.
  const viewRef = useRef(view);
  viewRef.current = view;
  const currentView = () => viewRef.current;

  const startup = useStartup(setError);
  const { flush, bindFlush } = useFlush();
  const fixes = useEditorFixes({ flush, currentView, setView });
  const exp = useExport({ currentView, settings: startup.settings, flush, fixes, onError: setError });
  const print = usePrint({ currentView, setView, flush, exportPdf: exp.exportPdf, onError: setError });
  const backups = useBackup({
    flush,
    onError: setError,
    onMessage: setMessage,
    onRestored: () => {
      setView({ name: 'library' });
      setLibraryKey((k) => k + 1);
    },
  });
  const showAbout = () => setAbout(true);
  const { backup, inspectBackup } = backups;
  useCommands(
    commandHandler({
      flush,
      setView,
      exportDocx: exp.exportDocx,
      preview: print.preview,
      showAbout,
      backup,
      inspectBackup,
    }),
    flush,
  );

  const open = async (id: string) => {
    await flush();
    try {
      setView({ name: 'editor', report: await unwrap(api().getReport(id)) });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div class="app">
      <Notices readOnly={startup.info?.readOnly ?? null} />
      <CurrentView
        view={view}
        setView={setView}
        settings={startup.settings}
        setSettings={startup.setSettings}
        libraryKey={libraryKey}
        onOpen={(id) => void open(id)}
        onError={setError}
        bindFlush={bindFlush}
        bindFixAll={fixes.bindFixAll}
        onBackup={() => void backup()}
        onRestore={() => void inspectBackup()}
        onAbout={showAbout}
        onExport={() => void exp.exportDocx()}
        onPreview={() => void print.preview()}
        onPrint={(what, report, versionId) => void print.printFromPreview(what, report, versionId)}
      />
      <Dialogs about={about} info={startup.info} onCloseAbout={() => setAbout(false)} backups={backups} exp={exp} />
      <ConfirmHost />
    </div>
  );
}
