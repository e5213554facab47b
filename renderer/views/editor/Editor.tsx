/**
 * The guided form for one report: an outline on the left, one panel per section and sub-area with its hint,
 * typical figures and an example, and the save status. Numbers are computed from position.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { applyFix, applyFixes, type Finding } from '../../../electron/core/lint/index.ts';
import { customSection } from '../../../electron/core/catalogue.ts';
import type { Report } from '../../../electron/core/report-model.ts';
import { ChecklistPanel } from '../checklist/ChecklistPanel.tsx';
import { PublicReview } from '../public/PublicReview.tsx';
import { editCount } from '../checklist/FindingsTab.tsx';
import type { Ctx } from './ctx.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import { HeadPart } from './HeadPart.tsx';
import { jumpTo } from './jump.ts';
import { Outline } from './Outline.tsx';
import { sectionPanel } from './SectionPanel.tsx';
import { SignaturePart } from './SignaturePart.tsx';
import { StatusBar } from './StatusBar.tsx';
import { useAutosaver } from './useAutosaver.ts';
import { useCheck } from './useCheck.ts';
import { useEditorCtx } from './useEditorCtx.ts';
import { FindPanel } from './FindPanel.tsx';
import { useEditing } from './useEditing.ts';
import { UndoButtons } from './UndoButtons.tsx';
import { VersionPanel } from '../versions/VersionPanel.tsx';
import { takeContent } from '../../../electron/core/history.ts';
import { localDateTime } from '../../../electron/core/dates.ts';
import { versionTitle, type VersionMeta } from '../../../electron/core/versions/model.ts';

interface Props {
  report: Report;
  autosaveMs: number;
  onClose(): void;
  /** register the editor's flush so menu commands and window closing can save first */
  bindFlush(flush: (() => Promise<boolean>) | null): void;
  onExport(): void;
  onPreview(): void;
  /** let the review before export apply 全部改正 through this editor */
  bindFixAll?(fixAll: ((findings: Finding[]) => void) | null): void;
  /** print or save as PDF a version of the report: its text in the preview */
  onPreviewVersion(version: Report, meta: VersionMeta): void;
  /** open the 版本 panel at this version (the one last previewed from it) */
  versionsAt?: string;
  /** the 版本 panel is open (as the user left it before the preview); open too when `versionsAt` is given */
  versionsOpen?: boolean;
  /** the 版本 panel was opened or closed: the app keeps it so for the way back from the preview */
  onVersions?(open: boolean): void;
}

/** 改正 and 全部改正: written into the report, re-rendered, and one undo step each. */
function fixes(report: Report, ctx: Ctx, editing: ReturnType<typeof useEditing>) {
  return {
    fix(f: Finding) {
      Object.assign(report, applyFix(report, f));
      ctx.touch();
      editing.history.commit('改正');
    },
    fixAll(fs: Finding[]) {
      Object.assign(report, applyFixes(report, fs));
      ctx.touch();
      editing.bulk('全部改正', `已改正 ${fs.reduce((n, f) => n + editCount(f), 0)} 处`);
    },
  };
}

/** A version was restored: its text goes into the open report as one undo step, with a notice that offers 撤销. */
function restoredVersion(report: Report, ctx: Ctx, editing: ReturnType<typeof useEditing>) {
  return (restored: Report, from: VersionMeta) => {
    // What was typed before is a step of its own.
    editing.history.commit();
    takeContent(report, restored);
    report.updatedAt = restored.updatedAt;
    ctx.touch();
    editing.bulk('恢复版本', `已恢复“${versionTitle(from)}”（${localDateTime(new Date(from.createdAt))}）的文字`);
  };
}

/**
 * 改正 and 全部改正 as functions that stay the same and call this render's: the checklist, which re-renders only for
 * a check result, keeps them; and the review before export (which may run while the editor is open) borrows 全部改正.
 */
function useStableFixes(current: ReturnType<typeof fixes>, bindFixAll: Props['bindFixAll']) {
  const ref = useRef(current);
  ref.current = current;
  const [stable] = useState(() => ({
    fix: (f: Finding) => ref.current.fix(f),
    fixAll: (fs: Finding[]) => ref.current.fixAll(fs),
  }));
  useEffect(() => {
    bindFixAll?.(stable.fixAll);
    return () => bindFixAll?.(null);
  }, []);
  return stable;
}

/** The bar under the toolbar: find and replace (the notice with 撤销 after a bulk change is in the notice area). */
function EditBars(p: { report: Report; editing: ReturnType<typeof useEditing>; ctx: Ctx; version: number }) {
  const { report, editing, ctx } = p;
  return (
    <>
      {editing.find && (
        <FindPanel
          report={report}
          request={editing.find}
          version={p.version}
          onClose={editing.closeFind}
          onReplaced={(n, label) => {
            ctx.touch();
            if (n > 1) editing.bulk(label, `已替换 ${n} 处`);
            else editing.history.commit(label);
          }}
        />
      )}
    </>
  );
}

/** Whether the 版本 panel is open: as the user left it before the preview, and told to the app when it changes. */
function useVersionsOpen(props: Props) {
  const [open, setOpen] = useState(props.versionsOpen ?? props.versionsAt !== undefined);
  const set = (next: boolean) => {
    setOpen(next);
    props.onVersions?.(next);
  };
  return [open, set] as const;
}

export function Editor(props: Props) {
  const { report, autosaveMs, onClose, bindFlush, onExport, onPreview, bindFixAll } = props;
  const [versionsOpen, setVersionsOpen] = useVersionsOpen(props);
  const { saver, status } = useAutosaver(report, autosaveMs, bindFlush);
  // Undo writes an earlier state into the report: every panel re-renders and the report is saved.
  const editing = useEditing(report, () => ctx.touch());
  const { tick, epoch, meta, build, renewAll } = useEditorCtx(report, () => {
    saver.changed();
    editing.changed();
  });
  // Last year's report, for 去年承诺 and 照搬上年.
  const { previous, store } = useCheck(report, [tick, epoch], renewAll);
  const ctx = build(store, previous);
  const [publicOpen, setPublicOpen] = useState(false);

  const { fix, fixAll } = useStableFixes(fixes(report, ctx, editing), bindFixAll);

  return (
    <div class="editor">
      <EditorToolbar
        report={report}
        status={status}
        saver={saver}
        onClose={onClose}
        onPreview={onPreview}
        onExport={onExport}
        onPublic={() => setPublicOpen(true)}
        undo={<UndoButtons history={editing.history} />}
        onVersions={() => setVersionsOpen(!versionsOpen)}
      />
      <EditBars report={report} editing={editing} ctx={ctx} version={tick + epoch} />
      <div class="workspace">
        <Outline ctx={ctx} />
        <div class="form">
          <HeadPart ctx={ctx} version={meta + epoch} />
          {report.sections.map((s, i) => sectionPanel(ctx, s, null, report.sections, i, 1))}
          <button
            type="button"
            class="add top-add"
            onClick={() => {
              report.sections.push(customSection());
              ctx.touch();
            }}
          >
            ＋ 添加一级小节
          </button>
          <SignaturePart ctx={ctx} version={meta + epoch} />
        </div>
        <ChecklistPanel
          report={report}
          check={store}
          onJump={jumpTo}
          onFix={fix}
          onFixAll={fixAll}
          onChange={() => ctx.touchMeta()}
        />
        {versionsOpen && (
          <VersionPanel
            report={report}
            flush={() => saver.flush()}
            onChange={() => ctx.touchMeta()}
            onReplaced={restoredVersion(report, ctx, editing)}
            onPreview={props.onPreviewVersion}
            at={props.versionsAt}
            onClose={() => setVersionsOpen(false)}
          />
        )}
      </div>
      <StatusBar report={report} status={status} version={tick + epoch} />
      {publicOpen && (
        <PublicReview
          report={report}
          onChange={() => ctx.touchMeta()}
          flush={() => saver.flush()}
          onClose={() => setPublicOpen(false)}
        />
      )}
    </div>
  );
}
