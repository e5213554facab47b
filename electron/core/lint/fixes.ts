/** Applying findings' fixes to a report: one at a time (返回新报告) or all of a kind at once (全部修正). */
import type { Report, Section } from '../report-model.ts';
import { maskRaw, rawLines } from '../text/stored-text.ts';
import { allIndexes } from '../text/text-index.ts';
import { fullWidthPunctuation } from './full-width.ts';
import type { Edit, Finding } from './types.ts';

/** The section with this id, or the section holding this paragraph, anywhere in the tree. */
function findSection(sections: Section[], match: (s: Section) => boolean): Section | undefined {
  const stack = [...sections];
  while (stack.length) {
    const s = stack.pop()!;
    if (match(s)) return s;
    stack.push(...s.children);
  }
  return undefined;
}

/** The paragraph a fix targets, in a heading/paragraph fix. */
function paragraphOf(report: Report, fix: Edit) {
  const s = findSection(report.sections, (x) => x.paragraphs.some((p) => p.id === fix.paragraphId));
  return s?.paragraphs.find((p) => p.id === fix.paragraphId);
}

function readField(report: Report, fix: Edit): string | undefined {
  switch (fix.field) {
    case 'title':
      return report.title;
    case 'recipient':
      return report.recipient;
    case 'preamble':
      return report.preamble;
    case 'attachment':
      return report.attachments[fix.index ?? -1];
    case 'signature':
      return report.signature.units[fix.index ?? -1];
    case 'heading':
      return findSection(report.sections, (s) => s.id === fix.sectionId)?.heading;
    case 'paragraph':
      return paragraphOf(report, fix)?.text;
  }
}

function writeField(report: Report, fix: Edit, value: string): void {
  switch (fix.field) {
    case 'title':
      report.title = value;
      report.titleAuto = false;
      return;
    case 'recipient':
      report.recipient = value;
      return;
    case 'preamble':
      report.preamble = value;
      return;
    case 'attachment':
      report.attachments[fix.index!] = value;
      return;
    case 'signature':
      report.signature.units[fix.index!] = value;
      return;
    case 'heading': {
      const s = findSection(report.sections, (x) => x.id === fix.sectionId);
      if (s) s.heading = value;
      return;
    }
    case 'paragraph': {
      const p = paragraphOf(report, fix);
      if (p) {
        p.text = value;
        p.inherited = false;
      }
      return;
    }
  }
}

/** Where `from` now sits in the field: at the recorded offset, else the occurrence nearest to it. */
function placeFix(current: string, fix: Edit): number {
  if (current.startsWith(fix.from, fix.offset)) return fix.offset;
  let best = -1;
  for (const i of allIndexes(current, fix.from))
    if (best < 0 || Math.abs(i - fix.offset) < Math.abs(best - fix.offset)) best = i;
  return best;
}

/** A punctuation fix whose line was edited since: convert the line as it now reads. */
function repunctuate(current: string, offset: number): string | undefined {
  const line = rawLines(current).find((l) => l.start <= offset && offset <= l.start + l.text.length);
  if (!line) return undefined;
  const fixed = fullWidthPunctuation(line.text, maskRaw(line.text));
  return fixed === line.text
    ? undefined
    : current.slice(0, line.start) + fixed + current.slice(line.start + line.text.length);
}

/** One edit, with the rule that made it (a punctuation edit is recomputed when its line changed since). */
interface RuleEdit {
  edit: Edit;
  rule: string;
}

/** The field's text after the edit, or undefined when the text it would change is gone. */
function editedField(report: Report, { edit, rule }: RuleEdit): string | undefined {
  const current = readField(report, edit);
  if (current === undefined) return undefined;
  let next: string | undefined;
  const at = placeFix(current, edit);
  if (at >= 0 && edit.from !== edit.to) {
    next = current.slice(0, at) + edit.to + current.slice(at + edit.from.length);
  } else if (rule === 'punctuation') {
    next = repunctuate(current, edit.offset);
  }
  return next === current ? undefined : next;
}

/**
 * Apply edits per field from the end backwards, so earlier offsets stay valid. The report is copied once, on the
 * first edit that changes something; when none does, the same report object is returned.
 */
function applyEdits(report: Report, edits: RuleEdit[]): Report {
  const key = ({ edit: e }: RuleEdit) => `${e.field}|${e.sectionId ?? ''}|${e.paragraphId ?? ''}|${e.index ?? ''}`;
  edits.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : b.edit.offset - a.edit.offset));
  let copy: Report | undefined;
  for (const e of edits) {
    const next = editedField(copy ?? report, e);
    if (next === undefined) continue;
    copy ??= structuredClone(report);
    writeField(copy, e.edit, next);
  }
  return copy ?? report;
}

/** The edits of a finding's fix: its one edit, or every place's for a grouped finding. */
function editsOf(f: Finding): RuleEdit[] {
  if (!f.fix) return [];
  return (f.fix.edits ?? [f.fix]).map((edit) => ({ edit, rule: f.rule }));
}

/**
 * Apply a finding's fix and return the new report (the input is not changed); a grouped finding's fix changes
 * every place at once. When the finding has no fix, or the text it would change is no longer there, the same
 * report object is returned. A punctuation fix whose line has been edited since is recomputed on the line as it
 * now reads.
 */
export function applyFix(report: Report, finding: Finding): Report {
  return applyEdits(report, editsOf(finding));
}

/**
 * Apply every fix among the findings (e.g. 全部修正 for one rule), grouped findings with all their places.
 * Findings without a fix are skipped.
 */
export function applyFixes(report: Report, findings: Finding[]): Report {
  return applyEdits(report, findings.flatMap(editsOf));
}

/**
 * What a fix changes, for its button: the part of `from` that differs from `to`, with a couple of characters
 * either side ("…旗帜,为…" → "…旗帜，为…"), so a whole-line fix does not show as the line's first characters.
 */
export function fixPreview(fix: Pick<Edit, 'from' | 'to'>, context = 2, max = 24): { from: string; to: string } {
  const { from, to } = fix;
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let end = 0;
  while (
    end < from.length - start &&
    end < to.length - start &&
    from[from.length - 1 - end] === to[to.length - 1 - end]
  )
    end++;
  const cut = (s: string) => {
    const a = Math.max(0, start - context);
    const b = Math.min(s.length, s.length - end + context);
    const core = s.slice(a, b);
    const body = core.length > max ? core.slice(0, max) + '…' : core;
    return `${a > 0 ? '…' : ''}${body}${b < s.length && core.length <= max ? '…' : ''}`;
  };
  return { from: cut(from), to: cut(to) };
}
