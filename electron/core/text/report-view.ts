/**
 * The report read once for the checks: every printed line with where it comes from, the same line as
 * stored (statistic tokens unresolved, for mechanical fixes), the section tree with catalogue keys,
 * and the joined text with a phrase index. The checklist and the lint share one view per check.
 */
import type { Paragraph, Report, Section, Stat } from '../report-model.ts';
import { documentBlocks } from '../document.ts';
import { sanitizeText } from '../text.ts';
import { maskRaw, rawLines, type RawLine } from './stored-text.ts';
import { allIndexes, indexOfLines, locate, TextIndex, type PhraseIndex } from './text-index.ts';

/** Where a line sits in the stored report; also the target of a fix. */
export type TextField = 'title' | 'recipient' | 'preamble' | 'heading' | 'paragraph' | 'attachment' | 'signature';

/** One printed line of the document (a body paragraph, a heading line, a title line, …). */
export interface TextUnit {
  field: TextField;
  /** the line as printed (statistics resolved) */
  text: string;
  /** the same line as stored, trimmed */
  raw: string;
  /** `raw` with statistic tokens and web addresses blanked out (same length), for mechanical rules */
  masked: string;
  /** offset of `raw` inside the stored field; -1 when it cannot be placed (no fix is offered then) */
  rawStart: number;
  sectionId?: string;
  paragraphId?: string;
  /** index in report.attachments / report.signature.units */
  index?: number;
  /** human path, e.g. "一、（三）", "导语", "标题", "落款" */
  label: string;
  /** 1-based position among the printed paragraphs of the same section (or field); 0 = the heading */
  para: number;
  /** 0-based line within the stored field (a field may hold several paragraphs) */
  line: number;
  /** key of the top-level section the line belongs to (measures, chief, shortfalls, plan, other), else null */
  top: string | null;
  /** keys of the line's section and all its ancestors */
  keys: string[];
}

export interface SectionInfo {
  section: Section;
  depth: number;
  parentId: string | null;
  top: string | null;
  keys: string[];
  /** printed label ("一、（三）"); null while the section has no text and so is not printed */
  label: string | null;
  /** id of the depth-2 ancestor (or itself at depth 2): the sub-area a line belongs to */
  subAreaId: string | null;
  /** position of the top-level ancestor in report.sections */
  rootIndex: number;
}

export interface ReportView {
  report: Report;
  units: TextUnit[];
  sections: Map<string, SectionInfo>;
  /** every section with a catalogue key, by key, in document order */
  byKey: Map<string, SectionInfo[]>;
  /** filled statistics by id (first filled one wins) */
  filledStats: Map<string, { stat: Stat; sectionId: string }>;
  /** printed texts joined by "\n" (put together when first read); unit i starts at starts[i] */
  readonly corpus: string;
  starts: number[];
  /** masked stored texts joined by "\n" (put together when first read); unit i starts at rawStarts[i] */
  readonly rawCorpus: string;
  rawStarts: number[];
  /** non-overlapping positions of a phrase in the printed corpus or the masked stored corpus (indexed on first use) */
  find(which: 'printed' | 'raw', needle: string): number[];
}

interface SectionIndex {
  sections: Map<string, SectionInfo>;
  byKey: Map<string, SectionInfo[]>;
  paragraphs: Map<string, Paragraph>;
  filledStats: Map<string, { stat: Stat; sectionId: string }>;
}

/** The section tree flattened: each section with its depth, ancestors' keys and sub-area. */
function indexSections(report: Report): SectionIndex {
  const idx: SectionIndex = { sections: new Map(), byKey: new Map(), paragraphs: new Map(), filledStats: new Map() };
  const walk = (list: Section[], depth: number, parent: SectionInfo | null) => {
    for (const [k, s] of list.entries()) {
      const keys = parent ? [...parent.keys] : [];
      if (s.key) keys.push(s.key);
      const info: SectionInfo = {
        section: s,
        depth,
        parentId: parent ? parent.section.id : null,
        top: parent ? parent.top : s.key,
        keys,
        label: null,
        subAreaId: depth === 2 ? s.id : depth > 2 && parent ? parent.subAreaId : null,
        rootIndex: parent ? parent.rootIndex : k,
      };
      idx.sections.set(s.id, info);
      if (s.key) {
        const l = idx.byKey.get(s.key);
        if (l) l.push(info);
        else idx.byKey.set(s.key, [info]);
      }
      for (const p of s.paragraphs) idx.paragraphs.set(p.id, p);
      for (const st of s.stats)
        if (st.value !== null && !idx.filledStats.has(st.id)) idx.filledStats.set(st.id, { stat: st, sectionId: s.id });
      walk(s.children, depth + 1, info);
    }
  };
  walk(report.sections, 1, null);
  return idx;
}

type NewUnit = Omit<TextUnit, 'masked' | 'top' | 'keys' | 'rawStart' | 'raw'> & { rawLine?: RawLine };

const NO_KEYS: string[] = [];

/** The units of a report as they are added in document order, with per-field line and paragraph counters. */
class UnitList {
  readonly units: TextUnit[] = [];
  private readonly rawCache = new Map<string, RawLine[]>();
  private readonly lineCounter = new Map<string, number>();
  private readonly paraCounter = new Map<string, number>();

  constructor(private readonly sections: Map<string, SectionInfo>) {}

  /** The stored lines of a field, split once per field. */
  linesOf(key: string, text: string): RawLine[] {
    let l = this.rawCache.get(key);
    if (!l) {
      l = rawLines(text);
      this.rawCache.set(key, l);
    }
    return l;
  }

  /** 0-based: the next stored line of a field. */
  nextLine(key: string): number {
    const n = this.lineCounter.get(key) ?? 0;
    this.lineCounter.set(key, n + 1);
    return n;
  }

  /** 1-based: the next printed paragraph of a section. */
  nextPara(key: string): number {
    const n = (this.paraCounter.get(key) ?? 0) + 1;
    this.paraCounter.set(key, n);
    return n;
  }

  add(u: NewUnit): void {
    const info = u.sectionId ? this.sections.get(u.sectionId) : undefined;
    const raw = u.rawLine ? u.rawLine.text : u.text;
    this.units.push({
      field: u.field,
      text: u.text,
      raw,
      masked: maskRaw(raw),
      rawStart: u.rawLine ? u.rawLine.start : -1,
      sectionId: u.sectionId,
      paragraphId: u.paragraphId,
      index: u.index,
      label: u.label,
      para: u.para,
      line: u.line,
      top: info ? info.top : null,
      keys: info ? info.keys : NO_KEYS,
    });
  }

  /** One unit per stored line of a plain field (no statistic tokens there). */
  addField(
    field: TextField,
    text: string,
    label: string,
    extra: { sectionId?: string; index?: number } = {},
    para?: number,
  ): void {
    rawLines(text).forEach((l, i) => {
      const printed = sanitizeText(l.text).trim();
      this.add({ field, text: printed, label, para: para ?? i + 1, line: i, rawLine: l, ...extra });
    });
  }
}

/** Every printed line, in document order, tied to the stored line it comes from. Sets each section's label. */
function collectUnits(report: Report, idx: SectionIndex): TextUnit[] {
  const list = new UnitList(idx.sections);
  for (const b of documentBlocks(report)) {
    switch (b.type) {
      case 'title':
        list.addField('title', report.title, '标题');
        break;
      case 'recipient':
        list.addField('recipient', report.recipient, '主送机关');
        break;
      case 'heading': {
        const info = idx.sections.get(b.source.sectionId!)!;
        info.label = b.source.label;
        list.addField('heading', info.section.heading, b.source.label, { sectionId: info.section.id }, 0);
        break;
      }
      case 'paragraph': {
        if (b.source.field === 'preamble') {
          const i = list.nextLine('preamble');
          const rawLine = list.linesOf('preamble', report.preamble)[i];
          list.add({ field: 'preamble', text: b.text, label: '导语', para: i + 1, line: i, rawLine });
        } else {
          const pid = b.source.paragraphId!;
          const sid = b.source.sectionId!;
          const p = idx.paragraphs.get(pid);
          const i = list.nextLine(pid);
          list.add({
            field: 'paragraph',
            text: b.text,
            label: b.source.label,
            sectionId: sid,
            paragraphId: pid,
            para: list.nextPara(sid),
            line: i,
            rawLine: p ? list.linesOf(pid, p.text)[i] : undefined,
          });
        }
        break;
      }
      case 'attachments':
        report.attachments.forEach((a, index) => list.addField('attachment', a, '附件说明', { index }, index + 1));
        break;
      case 'signature':
        report.signature.units.forEach((u, index) => list.addField('signature', u, '落款', { index }, index + 1));
        break;
    }
  }
  return list.units;
}

/**
 * Positions of a phrase (without "\n") in the masked stored corpus, read off the printed index: most lines are
 * stored as they print, so only the others are searched on their own. The same positions as an index of the
 * stored corpus would give, without building one for every check.
 */
function storedFinder(
  units: TextUnit[],
  starts: number[],
  rawStarts: number[],
  printed: (needle: string) => number[],
): ((needle: string) => number[]) | undefined {
  const same = units.map((u) => u.masked === u.text);
  const differing = same.flatMap((s, i) => (s ? [] : [i]));
  if (differing.length > units.length / 8) return undefined;
  return (needle) => {
    const out: number[] = [];
    let u = 0;
    for (const pos of printed(needle)) {
      if (u + 1 < starts.length && starts[u + 1] <= pos) u = locate(starts, pos);
      if (same[u]) out.push(rawStarts[u] + pos - starts[u]);
    }
    for (const i of differing) for (const at of allIndexes(units[i].masked, needle)) out.push(rawStarts[i] + at);
    return differing.length ? out.sort((a, b) => a - b) : out;
  };
}

/** What a view holds besides its lines and their joined texts. */
type ViewBase = Pick<ReportView, 'report' | 'sections' | 'byKey' | 'filledStats'>;

/**
 * A view of the given lines: their printed and masked stored texts, each joined by "\n" when first asked for,
 * and a phrase index built on first use. `slot` names the series of texts the index follows (see indexOfLines:
 * re-checking an edited report then reads the index off the last one, and the joined texts are often never
 * put together at all); without one the index is built afresh.
 */
function viewOf(base: ViewBase, units: TextUnit[], slot?: string): ReportView {
  const starts: number[] = [];
  const rawStarts: number[] = [];
  let pos = 0;
  let rpos = 0;
  for (const u of units) {
    starts.push(pos);
    rawStarts.push(rpos);
    pos += u.text.length + 1;
    rpos += u.masked.length + 1;
  }
  const texts = units.map((u) => u.text);
  let corpus: string | undefined;
  const printedText = () => (corpus ??= texts.join('\n'));
  // Most reports are stored as they print: one long text, not two.
  const asPrinted = units.every((u) => u.masked === u.text);
  let rawCorpus: string | undefined;
  const rawText = () => (rawCorpus ??= asPrinted ? printedText() : units.map((u) => u.masked).join('\n'));
  const index = (lines: () => string[], text: () => string, kind: string): PhraseIndex =>
    slot ? indexOfLines(lines(), `${slot}:${kind}`, text) : new TextIndex(text());
  let printedIndex: PhraseIndex | undefined;
  let rawIndex: PhraseIndex | undefined;
  const printed = (needle: string) => (printedIndex ??= index(() => texts, printedText, 'printed')).find(needle);
  const stored = asPrinted ? undefined : storedFinder(units, starts, rawStarts, printed);
  const find = (which: 'printed' | 'raw', needle: string): number[] => {
    if (which === 'printed' || asPrinted) return printed(needle);
    // A phrase across lines is not read off the printed lines; many differing lines are searched faster indexed.
    if (!stored || needle.includes('\n')) {
      rawIndex ??= index(() => units.map((u) => u.masked), rawText, 'raw');
      return rawIndex.find(needle);
    }
    return stored(needle);
  };
  return {
    report: base.report,
    sections: base.sections,
    byKey: base.byKey,
    filledStats: base.filledStats,
    units,
    starts,
    rawStarts,
    get corpus() {
      return printedText();
    },
    get rawCorpus() {
      return rawText();
    },
    find,
  };
}

/**
 * Build the view of a report the checks share. Linear in the report's size. `slot`: views built one after the
 * other under the same slot share their phrase index where the text stayed the same (see indexOfLines).
 */
export function buildView(report: Report, slot = 'report'): ReportView {
  const idx = indexSections(report);
  const units = collectUnits(report, idx);
  return viewOf({ report, ...idx }, units, slot);
}

/** The view of some of a report's lines only (unit i of it is unit picked[i] of the whole), for per-line checks. */
export function partView(view: ReportView, picked: number[]): ReportView {
  return viewOf(
    view,
    picked.map((i) => view.units[i]),
  );
}

const viewCache = new WeakMap<Report, { stamp: string; view: ReportView }>();

/** A cheap fingerprint of a report's content: ids, times and the length of every text. */
function stamp(report: Report): string {
  let n = report.title.length * 31 + report.preamble.length;
  let count = 0;
  const visit = (list: Section[]) => {
    for (const s of list) {
      n = (n * 33 + s.heading.length) % 2147483647;
      for (const p of s.paragraphs) {
        n = (n * 33 + p.text.length) % 2147483647;
        count += 1;
      }
      visit(s.children);
    }
  };
  visit(report.sections);
  return `${report.id}|${report.updatedAt}|${report.year}|${count}|${n}`;
}

/**
 * buildView for last year's report, kept while the same report object is passed again unchanged
 * (same ids, updatedAt and text lengths): the editor checks against the same previous report on every change.
 * Not for the report being edited, whose text changes in place.
 */
export function cachedView(report: Report): ReportView {
  const s = stamp(report);
  const hit = viewCache.get(report);
  if (hit && hit.stamp === s) return hit.view;
  const view = buildView(report, 'previous');
  viewCache.set(report, { stamp: s, view });
  return view;
}
