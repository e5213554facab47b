/**
 * The messages between the page and the check's worker, each a difference from the one before it, so that what
 * the page copies per check is proportional to what changed, not to the report. A request sends the report's outline
 * (its sections, a paragraph by its id) only when the outline changed, and the paragraphs changed since the last
 * request; a reply sends the findings and checklist items changed since the last reply (findings-diff.ts) and the
 * paragraphs whose findings changed (replies.ts).
 */
import type { CheckResult } from '../../electron/core/check.ts';
import type { ChecklistItemResult } from '../../electron/core/checklist/index.ts';
import type { Paragraph, Report, Section } from '../../electron/core/report-model.ts';
import type { SentFinding } from './findings-diff.ts';

/** A section with each paragraph as its id (a paragraph whose id came earlier in the report whole: see below). */
export interface OutlineSection extends Omit<Section, 'paragraphs' | 'children'> {
  paragraphs: Array<string | Paragraph>;
  children: OutlineSection[];
}

export interface SentReport {
  /** the report without its sections */
  meta: Omit<Report, 'sections'>;
  /** the sections, when they (their order, headings, figures or paragraph ids) changed since the last request */
  outline: OutlineSection[] | null;
  /** the paragraphs new or changed since the last request */
  paragraphs: Paragraph[];
}

export interface CheckRequest {
  /** increases with every request: a reply for an older one is dropped */
  seq: number;
  /**
   * How the reply starts: 'fresh', the page dropped what it kept of earlier replies, so the reply is a whole one;
   * 'primed', the page has just checked this report itself from nothing, and the worker does the same and keeps
   * the reply unsent (its next reply is a difference from what the page has); absent, a difference from the last.
   */
  start?: 'fresh' | 'primed';
  report: SentReport;
  /** last year's report when it changed since the last request (undefined: none), null when unchanged */
  previous: Report | undefined | null;
}

/** A check result with every finding and checklist item unchanged since the previous reply given as its id. */
export type CompactResult = Omit<CheckResult, 'findings' | 'checklist'> & {
  findings: SentFinding[];
  checklist: Array<ChecklistItemResult | string>;
};

export interface CheckReply {
  seq: number;
  /** a whole result, from no earlier one (the worker's first, or the first after a fresh request) */
  full: boolean;
  result: CompactResult;
  /** the ids of findings, groups and places of the last reply that this one no longer has */
  gone: string[];
  /** each paragraph whose open findings changed, with the ids of the findings it now has (none: empty) */
  paragraphs: Array<[string, string[]]>;
}

/**
 * The page's side of a request: the outline when it changed, and the paragraphs that changed. Telling that the
 * outline is as last sent walks the report once and copies nothing: a keystroke's request costs the page the
 * paragraph typed in, whatever the report's length.
 */
export class ReportSender {
  /** text of each paragraph as last sent, and which of them carried the 沿用 mark: strings, not copies */
  private sent = new Map<string, string>();
  private inherited = new Set<string>();
  /** the paragraph ids of the outline last sent, in order, and each section's own fields as JSON */
  private ids: string[] = [];
  private heads: string[] = [];
  /** the last outline had a paragraph id twice: it is sent every time (the app never makes one) */
  private twice = false;

  compact(report: Report): SentReport {
    const { sections, ...meta } = report;
    if (!this.twice && this.sameOutline(sections)) return { meta, outline: null, paragraphs: this.changed(sections) };
    // A new outline: what the worker keeps is the paragraphs in it, so what is remembered here is too.
    const before = this.sent;
    const inheritedBefore = this.inherited;
    this.sent = new Map();
    this.inherited = new Set();
    this.ids = [];
    this.heads = [];
    this.twice = false;
    const changed: Paragraph[] = [];
    const paragraph = (p: Paragraph): string | Paragraph => {
      if (this.sent.has(p.id)) {
        this.twice = true;
        return { ...p };
      }
      this.remember(p);
      this.ids.push(p.id);
      if (before.get(p.id) !== p.text || inheritedBefore.has(p.id) !== (p.inherited === true)) changed.push({ ...p });
      return p.id;
    };
    const section = (s: Section): OutlineSection => {
      this.heads.push(head(s));
      return { ...s, paragraphs: s.paragraphs.map(paragraph), children: s.children.map(section) };
    };
    return { meta, outline: sections.map(section), paragraphs: changed };
  }

  private remember(p: Paragraph): void {
    this.sent.set(p.id, p.text);
    if (p.inherited) this.inherited.add(p.id);
    else this.inherited.delete(p.id);
  }

  private sameOutline(sections: Section[]): boolean {
    let at = 0;
    let sectionAt = 0;
    const same = (list: Section[]): boolean =>
      list.every(
        (s) =>
          this.heads[sectionAt++] === head(s) && s.paragraphs.every((p) => this.ids[at++] === p.id) && same(s.children),
      );
    return same(sections) && at === this.ids.length && sectionAt === this.heads.length;
  }

  /** The paragraphs whose text or 沿用 mark changed since sent (the outline being the same). */
  private changed(sections: Section[]): Paragraph[] {
    const out: Paragraph[] = [];
    const walk = (list: Section[]) => {
      for (const s of list) {
        for (const p of s.paragraphs) {
          if (this.sent.get(p.id) === p.text && this.inherited.has(p.id) === (p.inherited === true)) continue;
          this.remember(p);
          out.push({ ...p });
        }
        walk(s.children);
      }
    };
    walk(sections);
    return out;
  }
}

/** A section's own fields, with how many paragraphs and sub-sections it has, to compare with the last outline. */
function head(s: Section): string {
  return JSON.stringify({ ...s, paragraphs: s.paragraphs.length, children: s.children.length });
}

/** The worker's side of a request: the whole report, from the last outline and paragraphs when not sent again. */
export class ReportReceiver {
  private known = new Map<string, Paragraph>();
  private outline: OutlineSection[] = [];

  expand(sent: SentReport): Report {
    for (const p of sent.paragraphs) this.known.set(p.id, p);
    if (sent.outline) this.outline = sent.outline;
    const now = new Map<string, Paragraph>();
    const paragraph = (p: string | Paragraph): Paragraph => {
      if (typeof p !== 'string') return p;
      const q = this.known.get(p);
      if (!q) throw new Error(`check request names an unknown paragraph ${p}`);
      now.set(p, q);
      return q;
    };
    const section = (s: OutlineSection): Section => ({
      ...s,
      paragraphs: s.paragraphs.map(paragraph),
      children: s.children.map(section),
    });
    const report: Report = { ...sent.meta, sections: this.outline.map(section) };
    this.known = now;
    return report;
  }
}
