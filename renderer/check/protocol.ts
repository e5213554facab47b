/**
 * The messages between the page and the check's worker, each a difference from the one before it. Copying a
 * message is work on the page's thread, and a long report's whole text and all its findings would cost the page
 * tens of milliseconds per check: a request sends the paragraphs changed since the last request (the others by
 * id), and a reply sends the findings and checklist items changed since the last reply (the others by id, a
 * group's places too, and a group wholly unchanged by its id alone).
 */
import type { CheckResult } from '../../electron/core/check.ts';
import type { ChecklistItemResult } from '../../electron/core/checklist/index.ts';
import type { Finding, Fix } from '../../electron/core/lint/index.ts';
import type { Paragraph, Report, Section } from '../../electron/core/report-model.ts';

/** A section whose paragraphs unchanged since the last request are given as their ids. */
export interface SentSection extends Omit<Section, 'paragraphs' | 'children'> {
  paragraphs: Array<Paragraph | string>;
  children: SentSection[];
}

export type SentReport = Omit<Report, 'sections'> & { sections: SentSection[] };

export interface CheckRequest {
  /** increases with every request: a reply for an older one is dropped */
  seq: number;
  report: SentReport;
  /** last year's report when it changed since the last request (undefined: none), null when unchanged */
  previous: Report | undefined | null;
}

/** A grouped finding (全文 N 处…): its places as sent findings, its fix without the edits (the places' fixes). */
export interface SentGroup extends Omit<Finding, 'places' | 'fix'> {
  places: Array<Finding | string>;
  fix?: Omit<Fix, 'edits'>;
}

export type SentFinding = Finding | SentGroup | string;

/** A check result with every finding and checklist item unchanged since the previous reply given as its id. */
export type CompactResult = Omit<CheckResult, 'findings' | 'checklist'> & {
  findings: SentFinding[];
  checklist: Array<ChecklistItemResult | string>;
};

export interface CheckReply {
  seq: number;
  result: CompactResult;
}

/** The page's side of a request: the report, with the paragraphs the worker already has by id. */
export class ReportSender {
  /** text of each paragraph as last sent, and which of them carried the 沿用 mark: strings, not copies */
  private sent = new Map<string, string>();
  private inherited = new Set<string>();

  compact(report: Report): SentReport {
    const now = new Map<string, string>();
    const inherited = new Set<string>();
    const paragraph = (p: Paragraph): Paragraph | string => {
      // A paragraph id twice in a report (never made by the app) travels whole, both times.
      const same =
        !now.has(p.id) && this.sent.get(p.id) === p.text && this.inherited.has(p.id) === (p.inherited === true);
      now.set(p.id, p.text);
      if (p.inherited) inherited.add(p.id);
      return same ? p.id : { ...p };
    };
    const section = (s: Section): SentSection => ({
      ...s,
      paragraphs: s.paragraphs.map(paragraph),
      children: s.children.map(section),
    });
    const out = { ...report, sections: report.sections.map(section) };
    this.sent = now;
    this.inherited = inherited;
    return out;
  }
}

/** The worker's side of a request: the whole report, the paragraphs given by id taken from the last one. */
export class ReportReceiver {
  private known = new Map<string, Paragraph>();

  expand(sent: SentReport): Report {
    const now = new Map<string, Paragraph>();
    const paragraph = (p: Paragraph | string): Paragraph => {
      const q = typeof p === 'string' ? this.known.get(p) : p;
      if (!q) throw new Error(`check request names an unknown paragraph ${String(p)}`);
      now.set(q.id, q);
      return q;
    };
    const section = (s: SentSection): Section => ({
      ...s,
      paragraphs: s.paragraphs.map(paragraph),
      children: s.children.map(section),
    });
    const report = { ...sent, sections: sent.sections.map(section) };
    this.known = now;
    return report;
  }
}

/** The worker's side: what it sent last, by finding id (as JSON, to compare). */
export type SentFindings = Map<string, string>;

/**
 * Findings as a difference from the ones sent last; returns the list to send and what is now sent. A group whose
 * head and places are all as last sent travels as its id alone (a long report's groups hold thousands of places).
 */
export function compactFindings(findings: Finding[], last: SentFindings): [SentFinding[], SentFindings] {
  const sent: SentFindings = new Map();
  const one = (f: Finding, json = JSON.stringify(f)): Finding | string => {
    sent.set(f.id, json);
    return last.get(f.id) === json ? f.id : f;
  };
  const out = findings.map((f): SentFinding => {
    if (!f.places) return one(f);
    const { places, fix, ...head } = f;
    const group: SentGroup = { ...head, places: [] };
    if (fix) {
      const { edits: _edits, ...own } = fix;
      group.fix = own;
    }
    const jsons = places.map((p) => JSON.stringify(p));
    group.places = places.map((p, i) => one(p, jsons[i]));
    // The group's own fields with its places' JSON: the same string means the same group, edits included.
    const whole = JSON.stringify({ ...group, places: [] }) + '\n' + jsons.join('\n');
    sent.set(f.id, whole);
    return last.get(f.id) === whole ? f.id : group;
  });
  return [out, sent];
}

/**
 * The page's side: the full findings, reusing the previous reply's objects (a group's places among them, or a
 * whole group) for the ids sent alone. `known` gets every finding, group and place of this reply, for the next one.
 */
export function expandFindings(list: SentFinding[], known: Map<string, Finding>): Finding[] {
  const now = new Map<string, Finding>();
  const one = (f: Finding | string): Finding => {
    const k = typeof f === 'string' ? known.get(f) : f;
    if (!k) throw new Error(`check reply names an unknown finding ${String(f)}`);
    now.set(k.id, k);
    for (const p of k.places ?? []) now.set(p.id, p);
    return k;
  };
  const out = list.map((f): Finding => {
    if (typeof f === 'string' || !('places' in f) || !f.places) return one(f as Finding | string);
    const places = f.places.map(one);
    const group: Finding = { ...f, places, fix: undefined };
    if (f.fix) group.fix = { ...f.fix, edits: places.flatMap((p) => (p.fix ? [p.fix] : [])) };
    else delete group.fix;
    now.set(group.id, group);
    return group;
  });
  known.clear();
  for (const [id, f] of now) known.set(id, f);
  return out;
}

/** Anything sent with an id (a checklist item), kept on both sides between replies by that id. */
interface Identified {
  id: string;
}

/** Checklist items as a difference from the ones sent last (unchanged ones by id); returns what is now sent. */
export function compactItems<T extends Identified>(items: T[], last: SentFindings): [Array<T | string>, SentFindings] {
  const sent: SentFindings = new Map();
  const out = items.map((item) => {
    const json = JSON.stringify(item);
    sent.set(item.id, json);
    return last.get(item.id) === json ? item.id : item;
  });
  return [out, sent];
}

/** The page's side of compactItems: an unchanged item is the previous reply's object, so its row need not render. */
export function expandItems<T extends Identified>(list: Array<T | string>, known: Map<string, T>): T[] {
  const out = list.map((x) => {
    const item = typeof x === 'string' ? known.get(x) : x;
    if (!item) throw new Error(`check reply names an unknown checklist item ${String(x)}`);
    return item;
  });
  known.clear();
  for (const item of out) known.set(item.id, item);
  return out;
}
