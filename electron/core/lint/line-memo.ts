/**
 * Findings of per-line rules kept between checks. The editor checks the whole report after every pause in
 * typing, and all lines but those of the edited paragraph are the same as last time: a per-line rule's findings
 * on an unchanged line are taken from the last check, and the rule runs on the changed lines only. Kept per
 * report (its id, year and unit name: a per-line rule may read those too), for the last few reports checked.
 */
import { partView, type ReportView, type TextUnit } from '../text/report-view.ts';
import { locKey } from './emit.ts';
import type { Ctx, Finding, LintRuleModule } from './types.ts';

/** A line as a rule saw it, and what the rule found there (each finding with its offset, for document order). */
interface Seen {
  unit: TextUnit;
  found: Array<[Finding, number]>;
}

/** One report's lines as last seen, by location (paragraph id and line, heading, …), and each rule's findings. */
interface Kept {
  lines: Map<string, TextUnit>;
  rules: Map<string, Map<string, Seen>>;
}

/** A view's lines: their locations, and for each the object that stands for its content (see linesOf). */
interface ViewLines {
  kept: Kept;
  locs: string[];
  same: TextUnit[];
}

const memo = new Map<string, Kept>();
const REPORTS_KEPT = 4;
const views = new WeakMap<ReportView, ViewLines>();

/** Everything in a line a per-line rule may read, or that its finding records. */
function sameLine(a: TextUnit, b: TextUnit): boolean {
  return (
    a.text === b.text &&
    a.raw === b.raw &&
    a.masked === b.masked &&
    a.field === b.field &&
    a.label === b.label &&
    a.para === b.para &&
    a.line === b.line &&
    a.rawStart === b.rawStart &&
    a.sectionId === b.sectionId &&
    a.paragraphId === b.paragraphId &&
    a.index === b.index &&
    a.top === b.top &&
    a.keys.length === b.keys.length &&
    a.keys.every((k, i) => k === b.keys[i])
  );
}

/** Forget every kept finding (a test compares with a check from scratch). */
export function forgetLineFindings(): void {
  memo.clear();
}

/** What is kept for one report (the report becomes the most recent one). */
function keptFor(ctx: Ctx): Kept {
  const key = `${ctx.report.id}|${ctx.year}|${ctx.report.unitName}`;
  let kept = memo.get(key);
  memo.delete(key);
  if (!kept) {
    if (memo.size >= REPORTS_KEPT) memo.delete(memo.keys().next().value!);
    kept = { lines: new Map(), rules: new Map() };
  }
  memo.set(key, kept);
  return kept;
}

/**
 * Each line of a view paired with the object that first showed its content at its location: the lines are
 * compared once per check, and a rule's kept findings stand for a line when they were made on that same object.
 */
function linesOf(ctx: Ctx): ViewLines {
  const kept = keptFor(ctx);
  let v = views.get(ctx.view);
  if (v && v.kept === kept) return v;
  const locs = ctx.view.units.map(locKey);
  const same = ctx.view.units.map((u, i) => {
    const before = kept.lines.get(locs[i]);
    if (before && sameLine(before, u)) return before;
    kept.lines.set(locs[i], u);
    return u;
  });
  v = { kept, locs, same };
  views.set(ctx.view, v);
  return v;
}

/** Run a per-line rule: kept findings for unchanged lines, the rule itself on the others. */
export function runPerLine(ctx: Ctx, rule: LintRuleModule): void {
  const { kept, locs, same } = linesOf(ctx);
  let seenBy = kept.rules.get(rule.id);
  if (!seenBy) kept.rules.set(rule.id, (seenBy = new Map()));
  const changed: number[] = [];
  for (let i = 0; i < locs.length; i++) {
    const seen = seenBy.get(locs[i]);
    if (!seen || seen.unit !== same[i]) {
      changed.push(i);
      continue;
    }
    for (const [f, at] of seen.found) {
      ctx.out.push(f);
      ctx.order.set(f, i * 1e6 + at);
    }
  }
  if (!changed.length) return;
  const part: Ctx = { ...ctx, view: partView(ctx.view, changed), out: [], order: new Map() };
  rule.run(part);
  const found = changed.map((): Array<[Finding, number]> => []);
  for (const f of part.out) {
    const order = part.order.get(f)!;
    const j = Math.floor(order / 1e6);
    const at = order - j * 1e6;
    found[j].push([f, at]);
    ctx.out.push(f);
    ctx.order.set(f, changed[j] * 1e6 + at);
  }
  changed.forEach((i, j) => seenBy.set(locs[i], { unit: same[i], found: found[j] }));
}
