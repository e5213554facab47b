/**
 * Scoring the reviewer against gold labels: how often the checklist agrees with a careful reader, whether the
 * report year was read, which labelled slips the lint rules catch, and which findings no label explains.
 * Pure: the command in electron/cli/eval-cli.ts reads the corpus and runs the import and the check.
 */
import type { LabelState, Slip, TextLabels } from './labels.ts';

/** What the reviewer said about one corpus text. */
export interface TextOutcome {
  file: string;
  labels: TextLabels;
  /** the report year the import read; undefined when the import failed */
  year?: number;
  checklist: { id: string; computedState: 'covered' | 'partial' | 'missing'; figures: string | null }[];
  /** `part`: for a finding about a whole mandated part, its number in the labels' numbering */
  findings: { rule: string; message: string; excerpt: string; section: string; part?: number }[];
  /** why the import refused the text */
  error?: string;
  /** the end of a text that stops mid-sentence (an excerpt): findings there cannot be judged */
  cutTail?: string;
  /** how many findings the findings tab lists: a group (全文 N 处…) counts once; `findings` holds its places */
  listed?: number;
}

export interface Tally {
  compared: number;
  agreed: number;
}

export interface ItemScore extends Tally {
  id: string;
  /** "label→computed" counts of the disagreements */
  misses: Record<string, number>;
}

export interface SlipResult {
  file: string;
  kind: string;
  quote: string;
  caught: boolean;
  rules: string[];
}

export interface UnexplainedFinding {
  file: string;
  rule: string;
  section: string;
  message: string;
  excerpt: string;
}

export interface TextScore extends Tally {
  file: string;
  /** the items where the reviewer and the label differ */
  disagreements: Array<{ id: string; label: string; computed: string }>;
  labelYear: number;
  year?: number;
  chief?: { label: LabelState; computed: string };
  findings: number;
  unexplained: number;
  error?: string;
}

export interface EvalResult {
  texts: number;
  items: ItemScore[];
  /** every item, where either side is not missing and the label is not cut */
  overall: Tally;
  /** chief in its three states, wherever the label is not cut */
  chief: Tally & { misses: Record<string, number> };
  year: Tally;
  slips: Tally & { byKind: Record<string, Tally>; list: SlipResult[] };
  /** findings no label explains, punctuation width left out (the corpus folded it) */
  unexplained: UnexplainedFinding[];
  /** half-width punctuation and year-range hyphen findings, reported apart: an artefact of the public copies */
  punctuation: number;
  /** findings about a whole part the excerpt does not reach: a truncated text cannot judge them */
  beyondExcerpt: number;
  /** findings as the findings tab lists them (a group counts once), and place by place */
  listed: number;
  places: number;
  perText: TextScore[];
}

/**
 * The rules whose findings the corpus cannot judge: its copies folded full-width marks to ASCII, and its labels
 * leave the hyphen of "2021-2025" aside for the same reason (LABELS.md).
 */
const PUNCTUATION_RULES: ReadonlySet<string> = new Set(['punctuation', 'year-range']);
/** A finding points at a slip when their texts share this much (or all of the shorter one). */
const OVERLAP = 6;

/** For items the checklist expects no figure for, an account without one is as good as covered. */
function normalise(state: string, figureless: boolean): string {
  return figureless && state === 'partial' ? 'covered' : state;
}

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

/** Whether a and b share a run of `n` characters (or the whole of the shorter one). */
function overlaps(a: string, b: string, n: number): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const len = Math.min(n, short.length);
  if (!len) return false;
  for (let i = 0; i + len <= short.length; i++) if (long.includes(short.slice(i, i + len))) return true;
  return false;
}

/** The text a finding points at: its excerpt without the elision marks around it. */
function pointedText(f: { excerpt: string }): string {
  return f.excerpt.replace(/^…+|…+$/g, '');
}

/** Whether a finding is about the labelled slip: its excerpt and the slip's quote overlap. */
export function explains(slip: Slip, finding: { rule: string; excerpt: string }): boolean {
  if (PUNCTUATION_RULES.has(finding.rule)) return false;
  const text = pointedText(finding);
  return text.includes(slip.quote) || overlaps(text, slip.quote, OVERLAP);
}

/** A finding whose excerpt runs to the end of a text cut mid-sentence: the rest of its sentence is lost. */
function atCut(f: { excerpt: string }, tail: string | undefined): boolean {
  if (!tail || f.excerpt.endsWith('…')) return false;
  const end = f.excerpt.trimEnd().slice(-OVERLAP);
  return end.length > 0 && tail.trimEnd().endsWith(end);
}

function scoreItems(o: TextOutcome, items: Map<string, ItemScore>, text: TextScore): void {
  for (const c of o.checklist) {
    const label = o.labels.items[c.id];
    if (!label || label.state === 'cut') continue;
    const figureless = c.figures === null;
    const want = normalise(label.state, figureless);
    const got = normalise(c.computedState, figureless);
    if (want === 'missing' && got === 'missing') continue;
    let s = items.get(c.id);
    if (!s) items.set(c.id, (s = { id: c.id, compared: 0, agreed: 0, misses: {} }));
    s.compared++;
    text.compared++;
    if (want === got) {
      s.agreed++;
      text.agreed++;
    } else {
      bump(s.misses, `${want}→${got}`);
      text.disagreements.push({ id: c.id, label: label.state, computed: c.computedState });
    }
  }
}

function scoreChief(o: TextOutcome, chief: EvalResult['chief'], text: TextScore): void {
  const label = o.labels.items.chief;
  const computed = o.checklist.find((c) => c.id === 'chief');
  if (!label || !computed || label.state === 'cut') return;
  text.chief = { label: label.state, computed: computed.computedState };
  chief.compared++;
  if (label.state === computed.computedState) chief.agreed++;
  else bump(chief.misses, `${label.state}→${computed.computedState}`);
}

function scoreFindings(o: TextOutcome, result: EvalResult, text: TextScore): void {
  for (const slip of o.labels.problems) {
    const rules = o.findings.filter((f) => explains(slip, f)).map((f) => f.rule);
    const caught = rules.length > 0;
    result.slips.list.push({ file: o.file, kind: slip.kind, quote: slip.quote, caught, rules: [...new Set(rules)] });
    const k = (result.slips.byKind[slip.kind] ??= { compared: 0, agreed: 0 });
    k.compared++;
    result.slips.compared++;
    if (caught) {
      k.agreed++;
      result.slips.agreed++;
    }
  }
  for (const f of o.findings) {
    if (PUNCTUATION_RULES.has(f.rule)) {
      result.punctuation++;
      continue;
    }
    const visible = o.labels.visible_parts;
    if ((f.part !== undefined && visible && !visible.includes(f.part)) || atCut(f, o.cutTail)) {
      result.beyondExcerpt++;
      continue;
    }
    text.findings++;
    if (o.labels.problems.some((s) => explains(s, f))) continue;
    text.unexplained++;
    const { rule, section, message, excerpt } = f;
    result.unexplained.push({ file: o.file, rule, section, message, excerpt });
  }
}

/** Score every text's outcome against its labels. */
export function scoreCorpus(outcomes: TextOutcome[]): EvalResult {
  const items = new Map<string, ItemScore>();
  const result: EvalResult = {
    texts: outcomes.length,
    items: [],
    overall: { compared: 0, agreed: 0 },
    chief: { compared: 0, agreed: 0, misses: {} },
    year: { compared: 0, agreed: 0 },
    slips: { compared: 0, agreed: 0, byKind: {}, list: [] },
    unexplained: [],
    punctuation: 0,
    beyondExcerpt: 0,
    listed: 0,
    places: 0,
    perText: [],
  };
  for (const o of outcomes) {
    const text: TextScore = {
      file: o.file,
      labelYear: o.labels.year,
      disagreements: [],
      compared: 0,
      agreed: 0,
      findings: 0,
      unexplained: 0,
    };
    if (o.year !== undefined) text.year = o.year;
    if (o.error) text.error = o.error;
    result.year.compared++;
    if (o.year === o.labels.year) result.year.agreed++;
    scoreItems(o, items, text);
    scoreChief(o, result.chief, text);
    scoreFindings(o, result, text);
    result.places += o.findings.length;
    result.listed += o.listed ?? o.findings.length;
    result.overall.compared += text.compared;
    result.overall.agreed += text.agreed;
    result.perText.push(text);
  }
  // Items in checklist order, as the first text listed them.
  const order = outcomes[0]?.checklist.map((c) => c.id) ?? [];
  for (const id of order) {
    result.items.push(items.get(id) ?? { id, compared: 0, agreed: 0, misses: {} });
  }
  return result;
}
