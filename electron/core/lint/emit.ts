/** Turning what a rule found into a Finding: its stable id, location, excerpt, fix and document order. */
import type { TextUnit } from '../text/report-view.ts';
import { excerptAround } from '../text/sentences.ts';
import type { Ctx, Finding, Fix, Grade, LintRule, Severity } from './types.ts';

/** The location part of a finding id: stable while the text around it is edited. */
export function locKey(u: TextUnit): string {
  switch (u.field) {
    case 'paragraph':
      return `${u.paragraphId}.${u.line}`;
    case 'heading':
      return `h.${u.sectionId}.${u.line}`;
    case 'attachment':
    case 'signature':
      return `${u.field}.${u.index}.${u.line}`;
    default:
      return `${u.field}.${u.line}`;
  }
}

/** A finding on one printed line. */
export interface UnitFinding {
  rule: LintRule;
  severity: Severity;
  grade?: Grade;
  message: string;
  /** offset in the unit's text (printed) or raw text (mechanical), as `onRaw` says */
  at: number;
  length: number;
  onRaw?: boolean;
  fix?: { from: string; to: string };
}

/** The fix of a mechanical finding, placed in the stored field (none when the line could not be placed). */
function fixFor(u: TextUnit, f: UnitFinding): Fix | undefined {
  if (!f.fix || !f.onRaw || u.rawStart < 0) return undefined;
  const fix: Fix = { field: u.field, from: f.fix.from, to: f.fix.to, offset: u.rawStart + f.at };
  if (u.sectionId && (u.field === 'heading' || u.field === 'paragraph')) fix.sectionId = u.sectionId;
  if (u.paragraphId) fix.paragraphId = u.paragraphId;
  if (u.index !== undefined) fix.index = u.index;
  return fix;
}

/** Record a finding on unit `ui`; returns it (a rule may adjust its id or fix). */
export function pushUnit(ctx: Ctx, ui: number, f: UnitFinding): Finding {
  const u = ctx.view.units[ui];
  const text = f.onRaw ? u.raw : u.text;
  // Offsets are into the stored field when the line could be placed there.
  const base = f.onRaw && u.rawStart >= 0 ? u.rawStart : 0;
  // Plain assignments, not spreads: a long report yields thousands of findings per check.
  const finding: Finding = {
    id: `${f.rule}:${locKey(u)}:${base + f.at}`,
    rule: f.rule,
    severity: f.severity,
    field: u.field,
    section: u.label,
    paragraph: u.para,
    message: f.message,
    excerpt: excerptAround(text, f.at, f.at + f.length),
  };
  if (f.grade) finding.grade = f.grade;
  if (u.sectionId) finding.sectionId = u.sectionId;
  if (u.paragraphId) finding.paragraphId = u.paragraphId;
  const fix = fixFor(u, f);
  if (fix) finding.fix = fix;
  ctx.out.push(finding);
  ctx.order.set(finding, ui * 1e6 + f.at);
  return finding;
}

/** Record a finding about a whole section (e.g. a required section left empty) at a given document order. */
export function pushSection(
  ctx: Ctx,
  sectionId: string,
  f: { rule: LintRule; severity: Severity; message: string; label: string; order: number },
): void {
  const finding: Finding = {
    id: `${f.rule}:s.${sectionId}:0`,
    rule: f.rule,
    severity: f.severity,
    sectionId,
    field: 'section',
    section: f.label,
    paragraph: 0,
    message: f.message,
    excerpt: '',
  };
  ctx.out.push(finding);
  ctx.order.set(finding, f.order);
}

/** Record a finding that belongs to no line (the title as a whole, the 成文日期) at a given document order. */
export function pushOther(ctx: Ctx, finding: Finding, order: number): void {
  ctx.out.push(finding);
  ctx.order.set(finding, order);
}
