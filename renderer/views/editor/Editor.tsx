/**
 * The guided form for one report: an outline on the left, one panel per section and sub-area with its hint,
 * typical figures and an example, and the save status. Numbers are computed from position.
 */
import { useMemo, useState } from 'preact/hooks';
import { applyFix, applyFixes, type Finding } from '../../../electron/core/lint/index.ts';
import { customSection } from '../../../electron/core/catalogue.ts';
import type { Report } from '../../../electron/core/report-model.ts';
import { ChecklistPanel } from '../checklist/ChecklistPanel.tsx';
import { findingsByParagraph } from './ctx.ts';
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
import { VersionPanel } from '../versions/VersionPanel.tsx';

interface Props {
  report: Report;
  autosaveMs: number;
  onClose(): void;
  /** register the editor's flush so menu commands and window closing can save first */
  bindFlush(flush: (() => Promise<boolean>) | null): void;
  onExport(): void;
  onPreview(): void;
  /** a version was restored: show the report as it is now */
  onReplaced(report: Report): void;
}

export function Editor({ report, autosaveMs, onClose, bindFlush, onExport, onPreview, onReplaced }: Props) {
  const [versionsOpen, setVersionsOpen] = useState(false);
  const { saver, status } = useAutosaver(report, autosaveMs, bindFlush);
  const { tick, epoch, build, renewAll } = useEditorCtx(report, () => saver.changed());
  // Last year's report, for 去年承诺 and 照搬上年.
  const { previous, check, runs } = useCheck(report, [tick, epoch], renewAll);
  // Once per check result, not per keystroke: a long report has hundreds of findings.
  const findings = useMemo(() => findingsByParagraph(check.findings), [check]);
  const ctx = build(findings, previous);

  const fix = (f: Finding) => {
    Object.assign(report, applyFix(report, f));
    ctx.touch();
  };
  const fixAll = (fs: Finding[]) => {
    Object.assign(report, applyFixes(report, fs));
    ctx.touch();
  };

  return (
    <div class="editor" data-check-runs={runs}>
      <EditorToolbar
        report={report}
        status={status}
        saver={saver}
        onClose={onClose}
        onPreview={onPreview}
        onExport={onExport}
        onVersions={() => setVersionsOpen(!versionsOpen)}
      />
      <div class="workspace">
        <Outline ctx={ctx} />
        <div class="form">
          <HeadPart ctx={ctx} />
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
          <SignaturePart ctx={ctx} />
        </div>
        <ChecklistPanel
          report={report}
          result={check}
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
            onReplaced={onReplaced}
            onClose={() => setVersionsOpen(false)}
          />
        )}
      </div>
      <StatusBar report={report} status={status} />
    </div>
  );
}
