/**
 * Print preview: the report laid out on A4 pages with the numbers of electron/core/layout.ts and the lines and
 * pages of renderer/preview-pages.ts (the rules the Word export is measured against), printed from here as
 * displayed. Draft marks (watermark, print and save times, optional line numbers) and a checklist page are
 * options; without them the pages are the clean final.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Report } from '../../electron/core/report-model.ts';
import type { Settings } from '../../electron/core/settings.ts';
import { planDocument, type PlannedParagraph } from '../../electron/core/page-plan.ts';
import { signatureAloneWarning } from '../../electron/core/pagination.ts';
import { CSS_LAYOUT } from '../../electron/core/layout.ts';
import { cssFontStacks, type FontRole } from '../../electron/core/fonts.ts';
import { twipsToCssPt } from '../../electron/core/units.ts';
import { checkReport } from '../../electron/core/check.ts';
import { stateName, type ChecklistItemResult, type ItemLevel } from '../../electron/core/checklist/index.ts';
import type { Finding } from '../../electron/core/lint/index.ts';
import { api } from '../api.ts';
import { draftFooterText, fillPages, layoutPages, type PlacedLine, type PreviewPage } from '../preview-pages.ts';

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
}

interface Options {
  /** watermark and the print/save footer */
  draft: boolean;
  /** line numbers in the left margin */
  lineNumbers: boolean;
  /** the checklist as extra pages */
  checklist: boolean;
}

/** The options stay as the user left them while the app runs. */
let lastOptions: Options = { draft: true, lineNumbers: false, checklist: false };

const L = CSS_LAYOUT;
const MM_TO_PX = 96 / 25.4;
const ROLES: FontRole[] = ['title', 'body', 'heading1', 'heading2', 'heading3', 'heading4', 'pageNumber'];

/** The layout numbers as CSS custom properties; preview.css uses nothing else. */
function layoutVars(preset: Settings['fontPreset']): Record<string, string> {
  const fonts = cssFontStacks(preset);
  const vars: Record<string, string> = {
    '--page-w': `${L.page.widthMm}mm`,
    '--page-h': `${L.page.heightMm}mm`,
    '--m-top': `${L.margin.topMm}mm`,
    '--m-right': `${L.margin.rightMm}mm`,
    '--m-bottom': `${L.margin.bottomMm}mm`,
    '--m-left': `${L.margin.leftMm}mm`,
    '--block-w': `${L.textBlock.widthMm}mm`,
    '--block-h': `${L.textBlock.heightMm}mm`,
    '--line-h': `${L.lineHeightPt}pt`,
    '--ls': `${L.letterSpacingPt}pt`,
    '--body-size': `${L.fontSizePt.body}pt`,
    '--pn-size': `${L.fontSizePt.pageNumber}pt`,
    '--pn-side': `${L.pageNumber.sideIndentPt}pt`,
    '--pn-dash': `${L.pageNumber.dashMm}mm`,
  };
  for (const r of ROLES) vars[`--f-${r}`] = fonts[r];
  return vars;
}

const rowTop = (row: number) => `calc(${L.margin.topMm}mm + ${Math.round(row * L.lineHeightPt * 1000) / 1000}pt)`;
const blockX = (twips: number) => `calc(${L.margin.leftMm}mm + ${twipsToCssPt(twips)}pt)`;

/** Text alignment of one line: justified lines fill the measure, except a paragraph's last. */
function lineAlign(p: PlannedParagraph, l: PlacedLine): string {
  if (p.align === 'justify') return l.last ? 'start' : 'justify';
  return p.align;
}

/** Key of a line, for the fitted letter-spacing. */
const lineKey = (l: PlacedLine) => `${l.para}:${l.index}`;

function Line({ p, l, squeeze }: { p: PlannedParagraph; l: PlacedLine; squeeze?: number }) {
  const style: JSX.CSSProperties = {
    top: rowTop(l.row),
    left: blockX(l.left),
    width: `${twipsToCssPt(l.width)}pt`,
    fontSize: `${p.size / 2}pt`,
  };
  if (squeeze) style.letterSpacing = `${Math.round((L.letterSpacingPt - squeeze) * 1000) / 1000}pt`;
  const cls = `pv-line r-${p.role} a-${lineAlign(p, l)}${p.bold ? ' b' : ''}`;
  if (p.kind === 'signature-unit-pair' && p.centreTabs) {
    return (
      <div class={cls} style={style} data-para={l.para} data-row={l.row}>
        {p.texts.map((t, i) => (
          <span key={i} class="pv-tab" style={{ left: `${twipsToCssPt(p.centreTabs![i] - l.left)}pt` }}>
            {t}
          </span>
        ))}
      </div>
    );
  }
  return (
    <div class={cls} style={style} data-para={l.para} data-row={l.row} data-key={lineKey(l)}>
      <span class="pv-t">{l.text}</span>
      {l.hang && <span class="pv-hang">{l.hang}</span>}
    </div>
  );
}

function Watermark() {
  return (
    <div class="pv-watermark" aria-hidden="true">
      <span>草稿</span>
    </div>
  );
}

function ReportPage({
  page,
  plan,
  opts,
  footer,
  squeeze,
}: {
  page: PreviewPage;
  plan: PlannedParagraph[];
  opts: Options;
  footer: string;
  squeeze: Map<string, number>;
}) {
  const odd = page.number % 2 === 1;
  let n = 0;
  return (
    <section class="pv-page" data-page={page.number} aria-label={`第 ${page.number} 页`}>
      {opts.draft && <Watermark />}
      {page.lines.map((l) => (
        <Line key={lineKey(l)} p={plan[l.para]} l={l} squeeze={squeeze.get(lineKey(l))} />
      ))}
      {opts.lineNumbers &&
        page.lines
          .filter((l) => plan[l.para].texts.join(''))
          .map((l) => (
            <div key={`n${lineKey(l)}`} class="pv-lineno" style={{ top: rowTop(l.row) }}>
              {++n}
            </div>
          ))}
      <div class={`pv-pn ${odd ? 'odd' : 'even'}`}>{`${L.pageNumber.prefix}${page.number}${L.pageNumber.suffix}`}</div>
      {opts.draft && <div class="pv-draft-footer">{footer}</div>}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Checklist pages
// ---------------------------------------------------------------------------------------------------------------

const LEVEL_NAMES: Record<ItemLevel, string> = { M: '必写', R: '应写', O: '可写' };
const SEVERITY_NAMES: Record<Finding['severity'], string> = { error: '错误', warning: '提醒', info: '提示' };

type CheckBlock =
  | { kind: 'title'; title: string; summary: string }
  | { kind: 'heading'; text: string }
  | { kind: 'item'; n: number; r: ChecklistItemResult }
  | { kind: 'finding'; n: number; f: Finding }
  | { kind: 'empty'; text: string };

const clip = (s: string, n: number) => ([...s].length > n ? [...s].slice(0, n).join('') + '…' : s);

function itemSource(r: ChecklistItemResult): string {
  return r.source === 'county' ? '（县里要点）' : r.source === 'promise' ? '（去年承诺）' : '';
}

function checkBlocks(report: Report, previous: Report | undefined, at: Date): CheckBlock[] {
  const { checklist, completeness, findings } = checkReport(report, { previous, today: at });
  const missing = checklist.filter((r) => r.state === 'missing').length;
  const partial = checklist.filter((r) => r.state === 'partial').length;
  const out: CheckBlock[] = [
    {
      kind: 'title',
      title: report.title || '未命名报告',
      summary: `完整度 ${completeness}%　检查项 ${checklist.length} 项（缺失 ${missing}，部分覆盖 ${partial}）　待处理问题 ${findings.length} 条`,
    },
    { kind: 'heading', text: `一、检查项（${checklist.length} 项）` },
    ...checklist.map((r, i): CheckBlock => ({ kind: 'item', n: i + 1, r })),
    { kind: 'heading', text: `二、待处理问题（${findings.length} 条）` },
  ];
  if (findings.length) out.push(...findings.map((f, i): CheckBlock => ({ kind: 'finding', n: i + 1, f })));
  else out.push({ kind: 'empty', text: '没有发现问题。' });
  return out;
}

function CheckHead({ table }: { table: 'item' | 'finding' }) {
  return table === 'item' ? (
    <div class="ck-row ck-items ck-head">
      <span>序号</span>
      <span>检查项</span>
      <span>要求</span>
      <span>状态</span>
      <span>说明</span>
    </div>
  ) : (
    <div class="ck-row ck-findings ck-head">
      <span>序号</span>
      <span>位置</span>
      <span>程度</span>
      <span>问题</span>
    </div>
  );
}

function CheckBlockView({ b }: { b: CheckBlock }) {
  switch (b.kind) {
    case 'title':
      return (
        <div class="ck-title">
          <h2>检查清单</h2>
          <p class="ck-of">{b.title}</p>
          <p class="ck-summary">{b.summary}</p>
          <p class="ck-note">随草稿打印，供审核使用，不属于报告正文。</p>
        </div>
      );
    case 'heading':
      return <h3 class="ck-h">{b.text}</h3>;
    case 'item': {
      const r = b.r;
      return (
        <div class={`ck-row ck-items st-${r.state}`}>
          <span>{b.n}</span>
          <span>
            {r.title}
            {itemSource(r)}
          </span>
          <span>{LEVEL_NAMES[r.level]}</span>
          <span class="ck-state">{stateName(r.state)}</span>
          <span>
            {r.reason}
            {r.markReason ? `（理由：${r.markReason}）` : ''}
            {r.evidence ? (
              <small>
                见 {r.evidence.label}：{clip(r.evidence.excerpt, 40)}
              </small>
            ) : null}
          </span>
        </div>
      );
    }
    case 'finding': {
      const f = b.f;
      return (
        <div class={`ck-row ck-findings sv-${f.severity}`}>
          <span>{b.n}</span>
          <span>
            {f.section}
            {f.paragraph ? ` 第${f.paragraph}段` : ''}
          </span>
          <span>{f.grade ?? SEVERITY_NAMES[f.severity]}</span>
          <span>
            {f.message}
            {f.excerpt ? <small>原文：{f.excerpt}</small> : null}
          </span>
        </div>
      );
    }
    case 'empty':
      return <p class="ck-empty">{b.text}</p>;
  }
}

const tableOf = (b: CheckBlock | undefined): 'item' | 'finding' | null =>
  b?.kind === 'item' ? 'item' : b?.kind === 'finding' ? 'finding' : null;

/**
 * The checklist as A4 pages after the report: the blocks are measured once at the text block's width, then
 * dealt onto pages, repeating a table's header where it continues.
 */
function ChecklistPages({
  blocks,
  opts,
  footer,
  onLaidOut,
}: {
  blocks: CheckBlock[];
  opts: Options;
  footer: string;
  onLaidOut(): void;
}) {
  const measure = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<number[][] | null>(null);
  useLayoutEffect(() => {
    setPages(null);
  }, [blocks]);
  useLayoutEffect(() => {
    if (pages || !measure.current) return;
    const box = measure.current;
    const height = (sel: string) => box.querySelector<HTMLElement>(sel)?.getBoundingClientRect().height ?? 0;
    const heights = blocks.map((_, i) => height(`[data-i="${i}"]`));
    const heads = { item: height('[data-head="item"]'), finding: height('[data-head="finding"]') };
    const pageHeight = height('.pv-ref-h');
    setPages(
      fillPages(heights, pageHeight, (i) => {
        const t = tableOf(blocks[i]);
        return t && tableOf(blocks[i - 1]) === t ? heads[t] : 0;
      }),
    );
  }, [pages, blocks]);
  useEffect(() => {
    if (pages) onLaidOut();
  }, [pages]);

  if (!pages) {
    return (
      <div class="pv-measure" ref={measure} aria-hidden="true">
        <div class="pv-ref-h" />
        <div class="pv-check-body">
          <div data-head="item">
            <CheckHead table="item" />
          </div>
          <div data-head="finding">
            <CheckHead table="finding" />
          </div>
          {blocks.map((b, i) => (
            <div key={i} data-i={i}>
              <CheckBlockView b={b} />
            </div>
          ))}
        </div>
      </div>
    );
  }
  return (
    <>
      {pages.map((group, k) => {
        const first = blocks[group[0]];
        const head = tableOf(first) && tableOf(blocks[group[0] - 1]) === tableOf(first) ? tableOf(first) : null;
        return (
          <section
            key={k}
            class="pv-page pv-checklist"
            data-checklist-page={k + 1}
            aria-label={`检查清单第 ${k + 1} 页`}
          >
            {opts.draft && <Watermark />}
            <div class="pv-check-body">
              {head && <CheckHead table={head} />}
              {group.map((i) => (
                <CheckBlockView key={i} b={blocks[i]} />
              ))}
            </div>
            <div class="pv-check-pn">
              检查清单　第 {k + 1} 页　共 {pages.length} 页
            </div>
            {opts.draft && <div class="pv-draft-footer">{footer}</div>}
          </section>
        );
      })}
    </>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The view
// ---------------------------------------------------------------------------------------------------------------

export function Preview({ report, settings, savedAt, onClose, onPrint, onPdf, onReady }: PreviewProps) {
  const [opts, setOpts] = useState<Options>(lastOptions);
  const [printedAt, setPrintedAt] = useState(() => new Date());
  const [scale, setScale] = useState(1);
  const [squeeze, setSqueeze] = useState<Map<string, number> | null>(null);
  const [checklistDone, setChecklistDone] = useState(false);
  const [previous, setPrevious] = useState<Report | undefined | null>(report.previousId ? null : undefined);
  const scroller = useRef<HTMLDivElement>(null);
  const pagesRef = useRef<HTMLDivElement>(null);
  const readyCalled = useRef(false);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  const plan = useMemo(
    () => planDocument(report, { boldHeadings: settings.boldHeadings }),
    [report, settings.boldHeadings],
  );
  const layout = useMemo(() => layoutPages(plan), [plan]);
  const warning = useMemo(() => signatureAloneWarning(plan), [plan]);
  const vars = useMemo(() => layoutVars(settings.fontPreset), [settings.fontPreset]);
  const footer = draftFooterText(printedAt, savedAt);

  const set = (patch: Partial<Options>) => {
    const next = { ...opts, ...patch };
    lastOptions = next;
    setOpts(next);
    if (patch.checklist) setChecklistDone(false);
  };

  // Last year's report, for the checklist's 去年承诺 items.
  useEffect(() => {
    if (!opts.checklist || previous !== null || !report.previousId) return;
    let live = true;
    void api()
      .getReport(report.previousId)
      .then((r) => live && setPrevious(r.ok ? r.value : undefined))
      .catch(() => live && setPrevious(undefined));
    return () => {
      live = false;
    };
  }, [opts.checklist, previous]);
  const blocks = useMemo(
    () => (opts.checklist && previous !== null ? checkBlocks(report, previous, new Date()) : null),
    [opts.checklist, previous, report],
  );

  // Fit the page width into the window (never enlarged; print is always at 100 %).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const fit = () => {
      const avail = el.clientWidth - 32;
      setScale(Math.min(1, Math.max(0.3, avail / (L.page.widthMm * MM_TO_PX))));
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Once the fonts are in: squeeze any line the font sets wider than its box (half-width digits and letters
  // are not a fixed width in every font), so no line runs past the margin or into the next. Natural widths are
  // read with justification off for the moment (in the same task, so nothing is painted).
  useEffect(() => {
    let live = true;
    void document.fonts.ready.then(() => {
      const root = pagesRef.current;
      if (!live || !root) return;
      const out = new Map<string, number>();
      root.classList.add('pv-natural');
      for (const el of root.querySelectorAll<HTMLElement>('.pv-line[data-key]')) {
        const t = el.querySelector<HTMLElement>('.pv-t');
        if (!t || !t.textContent) continue;
        const box = el.getBoundingClientRect().width;
        const over = t.getBoundingClientRect().width - box;
        if (over > 0.5) {
          const chars = [...t.textContent].length;
          const widthPt = parseFloat(el.style.width);
          out.set(el.dataset.key!, Math.ceil(((over / box) * widthPt * 1000) / chars) / 1000 + 0.01);
        }
      }
      root.classList.remove('pv-natural');
      setSqueeze(out);
    });
    return () => {
      live = false;
    };
  }, [layout, settings.fontPreset]);

  const ready = squeeze !== null && (!opts.checklist || checklistDone);
  useEffect(() => {
    if (ready && !readyCalled.current) {
      readyCalled.current = true;
      onReadyRef.current();
    }
  }, [ready]);

  useEffect(() => {
    const stamp = () => setPrintedAt(new Date());
    const onKey = (e: KeyboardEvent) => {
      // Esc goes back to editing, unless a dialog is open over the preview.
      if (e.key === 'Escape' && !document.querySelector('.modal')) onClose();
    };
    window.addEventListener('beforeprint', stamp);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('beforeprint', stamp);
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);

  const print = (go: () => void) => () => {
    setPrintedAt(new Date());
    // Let the new time reach the page before it is captured.
    requestAnimationFrame(() => go());
  };

  const pageCount = layout.pages.length;
  return (
    <div class={`preview-view${ready ? ' ready' : ''}`} style={vars}>
      <header class="toolbar pv-toolbar">
        <button type="button" onClick={onClose} title="Esc">
          ← 返回编辑
        </button>
        <h1>
          打印预览 <small>正文 {pageCount} 页</small>
        </h1>
        <label class="check" title="每页加“草稿”水印，页脚印打印时间和最后保存时间">
          <input type="checkbox" checked={opts.draft} onChange={(e) => set({ draft: e.currentTarget.checked })} />
          草稿标记
        </label>
        <label class="check" title="左边距印行号，便于批注">
          <input
            type="checkbox"
            checked={opts.lineNumbers}
            onChange={(e) => set({ lineNumbers: e.currentTarget.checked })}
          />
          行号
        </label>
        <label class="check" title="在正文后附检查清单页">
          <input
            type="checkbox"
            checked={opts.checklist}
            onChange={(e) => set({ checklist: e.currentTarget.checked })}
          />
          附检查清单
        </label>
        <button type="button" onClick={print(onPrint)} disabled={!ready}>
          打印
        </button>
        <button type="button" class="primary" onClick={print(onPdf)} disabled={!ready}>
          导出 PDF
        </button>
      </header>
      {warning && (
        <p class="pv-warning" role="status">
          {warning}
        </p>
      )}
      <div class="pv-scroll" ref={scroller}>
        <div class="pv-pages" ref={pagesRef} style={{ zoom: scale }}>
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
