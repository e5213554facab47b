/** The one view the window shows, wired to the app's commands. */
import type { Settings } from '../../electron/core/settings.ts';
import { Library } from '../views/library/Library.tsx';
import { Editor } from '../views/editor/Editor.tsx';
import { Preview } from '../views/preview/Preview.tsx';
import { SettingsView } from '../views/settings/Settings.tsx';
import { LibraryNav } from './LibraryNav.tsx';
import { CountyViews } from '../views/county/CountyViews.tsx';
import type { Flush } from './useFlush.ts';
import type { EditorFixAll } from './useEditorFixes.ts';
import type { PrintTarget, View } from './view.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { versionName } from '../views/versions/VersionList.tsx';

interface Props {
  view: View;
  setView(view: View): void;
  settings: Settings;
  setSettings(settings: Settings): void;
  /** changes when the library must be read again (after a restore) */
  libraryKey: number;
  onOpen(id: string): void;
  onError(message: string): void;
  bindFlush(flush: Flush | null): void;
  bindFixAll(fixAll: EditorFixAll | null): void;
  onBackup(): void;
  onRestore(): void;
  onAbout(): void;
  onExport(): void;
  onPreview(): void;
  onPrint(what: PrintTarget, report: Report, versionId?: string): void;
}

export function CurrentView(p: Props) {
  const { view, setView, settings } = p;
  switch (view.name) {
    case 'library':
      return (
        <>
          <LibraryNav
            onBackup={p.onBackup}
            onRestore={p.onRestore}
            onSettings={() => setView({ name: 'settings' })}
            onAbout={p.onAbout}
            onCounty={() => setView({ name: 'county' })}
          />
          <Library
            key={p.libraryKey}
            settings={settings}
            onOpen={p.onOpen}
            onError={p.onError}
            startCreating={view.creating}
          />
        </>
      );
    case 'editor':
      return (
        <Editor
          key={view.report.id}
          report={view.report}
          autosaveMs={settings.autosaveMs}
          onClose={() => setView({ name: 'library' })}
          bindFlush={p.bindFlush}
          bindFixAll={p.bindFixAll}
          onExport={p.onExport}
          onPreview={p.onPreview}
          versionsAt={view.versionsAt}
          versionsOpen={view.versionsOpen}
          onVersions={(open) => setView({ ...view, versionsOpen: open })}
          onPreviewVersion={(report, m) =>
            setView({ name: 'preview', report, version: { id: m.id, label: versionName(m), editing: view.report } })
          }
        />
      );
    case 'preview':
      return (
        <Preview
          report={view.report}
          settings={settings}
          savedAt={view.report.updatedAt}
          version={view.version?.label}
          onClose={() =>
            // Back from a version's preview, the 版本 panel is open again at that version.
            setView(
              view.back ?? {
                name: 'editor',
                report: view.version?.editing ?? view.report,
                versionsAt: view.version?.id,
              },
            )
          }
          onPrint={() => p.onPrint('print', view.report, view.version?.id)}
          onPdf={() => p.onPrint('pdf', view.report, view.version?.id)}
          onReady={() => {
            const then = view.then;
            if (!then) return;
            setView({ ...view, then: undefined });
            p.onPrint(then, view.report, view.version?.id);
          }}
        />
      );
    case 'county':
    case 'county-report':
      return <CountyViews view={view} setView={setView} onError={p.onError} />;
    case 'settings':
      return <SettingsView settings={settings} onSaved={p.setSettings} onClose={() => setView({ name: 'library' })} />;
  }
}
