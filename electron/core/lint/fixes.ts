/** Applying findings' fixes to a report: one at a time (返回新报告) or all of a kind at once (全部修正). */
import type { Report, Section } from '../report-model.ts';
import { maskRaw, rawLines } from '../text/stored-text.ts';
import { allIndexes } from '../text/text-index.ts';
import { fullWidthPunctuation } from './full-width.ts';
import type { Finding, Fix } from './types.ts';

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
function paragraphOf(report: Report, fix: Fix) {
  const s = findSection(report.sections, (x) => x.paragraphs.some((p) => p.id === fix.paragraphId));
  return s?.paragraphs.find((p) => p.id === fix.paragraphId);
}

function readField(report: Report, fix: Fix): string | undefined {
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

function writeField(report: Report, fix: Fix, value: string): void {
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
function placeFix(current: string, fix: Fix): number {
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

/**
 * Apply a finding's fix and return the new report (the input is not changed). When the finding has no fix,
 * or the text it would change is no longer there, the same report object is returned.
 * A punctuation fix whose line has been edited since is recomputed on the line as it now reads.
 */
export function applyFix(report: Report, finding: Finding): Report {
  const fix = finding.fix;
  if (!fix) return report;
  const current = readField(report, fix);
  if (current === undefined) return report;
  let next: string | undefined;
  const at = placeFix(current, fix);
  if (at >= 0 && fix.from !== fix.to) {
    next = current.slice(0, at) + fix.to + current.slice(at + fix.from.length);
  } else if (finding.rule === 'punctuation') {
    next = repunctuate(current, fix.offset);
  }
  if (next === undefined || next === current) return report;
  const copy = structuredClone(report);
  writeField(copy, fix, next);
  return copy;
}

/**
 * Apply every fix among the findings (e.g. 全部修正 for one rule): per field from the end backwards,
 * so earlier offsets stay valid. Findings without a fix are skipped.
 */
export function applyFixes(report: Report, findings: Finding[]): Report {
  const withFix = findings.filter((f) => f.fix);
  const key = (f: Finding) =>
    `${f.fix!.field}|${f.fix!.sectionId ?? ''}|${f.fix!.paragraphId ?? ''}|${f.fix!.index ?? ''}`;
  withFix.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : b.fix!.offset - a.fix!.offset));
  let r = report;
  for (const f of withFix) r = applyFix(r, f);
  return r;
}
