/**
 * Print preview: the report laid out on A4 pages with the numbers of electron/core/layout.ts and the lines and
 * pages of renderer/preview-pages.ts (the rules the Word export is measured against), printed from here as
 * displayed. Draft marks (watermark, print and save times, optional line numbers) and a checklist page are
 * options; without them the pages are the clean final.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Report } from '../../../electron/core/report-model.ts';
import type { Settings } from '../../../electron/core/settings.ts';
import { planDocument } from '../../../electron/core/page-plan.ts';
import { signatureAloneWarning } from '../../../electron/core/pagination.ts';
import { substitutionNote } from '../../../electron/core/fonts.ts';
import { draftFooterText, layoutPages } from '../../preview-pages.ts';
import { ChecklistPages } from './ChecklistPages.tsx';
import { rememberedOptions, rememberOptions, type Options } from './options.ts';
import { layoutVars } from './page-geometry.ts';
import { PreviewToolbar } from './PreviewToolbar.tsx';
import { ReportPage } from './ReportPage.tsx';
import { useChecklistBlocks } from './useChecklistBlocks.ts';
import { usePreviewNav } from './usePreviewNav.ts';
import { PreviewNav } from './PreviewNav.tsx';
import { usePrintedAt } from './usePrintedAt.ts';
import { useSqueeze } from './useSqueeze.ts';

export interface PreviewProps {
  report: Report;
  settings: Settings;
  /** the report's last-saved time (ISO) for the draft footer */
  savedAt: string;
  onClose(): void;
  onPrint(): void;
  onPdf(): void;
  /** called once the pages are laid out (printing waits for it) */
  onReady(): void;
  /** the font families this PC has (services/font-list.ts), when known: the pages use the fonts Word would */
  installedFonts?: string[];
  /** which version the pages show, when they are not the current text (打印 / PDF of a version) */
  version?: string;
}

/** Tell the app once that the pages are laid out and measured (printing waits for it). */
function useReadyOnce(ready: boolean, onReady: () => void): void {
  const called = useRef(false);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;
  useEffect(() => {
    if (ready && !called.current) {
      called.current = true;
      onReadyRef.current();
    }
  }, [ready]);
}

export function Preview(props: PreviewProps) {
  const { report, settings, savedAt, onClose, onPrint, onPdf, onReady, installedFonts, version } = props;
  const [opts, setOpts] = useState<Options>(rememberedOptions);
  const [checklistDone, setChecklistDone] = useState(false);
  const plan = useMemo(
    () => planDocument(report, { boldHeadings: settings.boldHeadings }),
    [report, settings.boldHeadings],
  );
  const layout = useMemo(() => layoutPages(plan), [plan]);
  const warning = useMemo(() => signatureAloneWarning(plan), [plan]);
  const vars = useMemo(() => layoutVars(settings.fontPreset, installedFonts), [settings.fontPreset, installedFonts]);
  const fontNote = substitutionNote(settings.fontPreset, installedFonts);
  const { printedAt, printing } = usePrintedAt(onClose);
  const footer = draftFooterText(printedAt, savedAt);
  const blocks = useChecklistBlocks(report, opts.checklist);
  const { pagesRef, squeeze } = useSqueeze([layout, settings.fontPreset]);
  const nav = usePreviewNav(opts.zoom, pagesRef, [layout, opts.checklist, checklistDone]);

  const set = (patch: Partial<Options>) => {
    const next = { ...opts, ...patch };
    rememberOptions(next);
    setOpts(next);
    if (patch.checklist) setChecklistDone(false);
  };

  const ready = squeeze !== null && (!opts.checklist || checklistDone);
  useReadyOnce(ready, onReady);

  return (
    <div class={`preview-view${ready ? ' ready' : ''}`} style={vars}>
      <PreviewToolbar
        pageCount={layout.pages.length}
        opts={opts}
        ready={ready}
        set={set}
        onClose={onClose}
        onPrint={printing(onPrint)}
        onPdf={printing(onPdf)}
      >
        <PreviewNav
          zoom={opts.zoom}
          scale={nav.scale}
          setZoom={(zoom) => set({ zoom })}
          page={nav.page}
          total={nav.total}
          goTo={nav.goTo}
        />
      </PreviewToolbar>
      {version && (
        <p class="pv-warning pv-version" role="status">
          这是版本“{version}”的文字，不是当前的文字。
        </p>
      )}
      {warning && (
        <p class="pv-warning" role="status">
          {warning}
        </p>
      )}
      {fontNote && (
        <p class="pv-warning pv-font-note" role="status">
          {fontNote}
        </p>
      )}
      <div class="pv-scroll" ref={nav.scroller} tabIndex={0} aria-label="预览页面">
        <div class="pv-pages" ref={pagesRef} style={{ zoom: nav.scale }}>
          {layout.pages.map((page) => (
            <ReportPage
              key={page.number}
              page={page}
              plan={plan}
              opts={opts}
              footer={footer}
              squeeze={squeeze ?? new Map()}
            />
          ))}
          {blocks && (
            <ChecklistPages blocks={blocks} opts={opts} footer={footer} onLaidOut={() => setChecklistDone(true)} />
          )}
        </div>
      </div>
    </div>
  );
}
