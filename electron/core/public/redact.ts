/**
 * The public version (公开版): a copy of a report with the reviewer's redactions applied and 密级 / 内部 markers
 * taken out. It takes a Report, so any snapshot of one (a saved version, a file on the command line) can be
 * published the same way; the report itself is never changed.
 */
import type { Report } from '../report-model.ts';
import { findSection } from '../report-model.ts';
import { EMPTY_REVIEW, type PublicReview, type Redaction } from './review-model.ts';
import { reportFields, scanReport, type PrivacyFinding, type TextPlace } from './scan.ts';

/** The same place in the report (field, section, paragraph, index). */
export function samePlace(a: TextPlace, b: TextPlace): boolean {
  return a.field === b.field && a.sectionId === b.sectionId && a.paragraphId === b.paragraphId && a.index === b.index;
}

/** The reviewer's decision about a finding, if any: same place and same text, nearest to where it was. */
export function decisionFor(review: PublicReview | undefined, f: PrivacyFinding): Redaction | undefined {
  let best: Redaction | undefined;
  for (const r of review?.redactions ?? []) {
    if (r.text !== f.text || !samePlace(r, f.place)) continue;
    if (!best || Math.abs(r.start - f.start) < Math.abs(best.start - f.start)) best = r;
  }
  return best;
}

/** The review with one decision recorded for a finding (replacing an earlier one about it). */
export function decide(review: PublicReview | undefined, f: PrivacyFinding, mode: Redaction['mode']): PublicReview {
  const base = review ?? EMPTY_REVIEW;
  const old = decisionFor(base, f);
  const redactions = base.redactions.filter((r) => r !== old);
  redactions.push({ ...f.place, start: f.start, end: f.end, text: f.text, mode });
  return { ...base, redactions };
}

/** ×× of the same length as the text it hides (one × per character, as a reader counts them). */
export function mask(text: string): string {
  return '×'.repeat([...text].length);
}

/** The text of a field with its spans replaced, right to left so earlier offsets stay valid. */
function replaceSpans(text: string, spans: Array<{ start: number; end: number; by: string }>): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.by + out.slice(s.end);
  return out;
}

/** Write a field's new text into the copy. */
function setField(copy: Report, place: TextPlace, text: string): void {
  if (place.field === 'title') copy.title = text;
  else if (place.field === 'recipient') copy.recipient = text;
  else if (place.field === 'preamble') copy.preamble = text;
  else if (place.field === 'attachment' && place.index !== undefined) copy.attachments[place.index] = text;
  else if (place.field === 'signature' && place.index !== undefined) copy.signature.units[place.index] = text;
  else {
    const section = place.sectionId ? findSection(copy.sections, place.sectionId) : undefined;
    if (!section) return;
    if (place.field === 'heading') section.heading = text;
    const p = section.paragraphs.find((x) => x.id === place.paragraphId);
    if (place.field === 'paragraph' && p) p.text = text;
  }
}

export interface PublicCopy {
  report: Report;
  /** findings with no decision (not masked, removed or kept): what a publisher must still look at */
  open: PrivacyFinding[];
  /** every finding of the scan, with the decision taken */
  findings: Array<PrivacyFinding & { decision: Redaction['mode'] | null }>;
}

/**
 * The public copy of `report`: each finding the reviewer masked becomes ××, each removed one goes, and every
 * 密级 / 内部 marker goes whatever was decided (the public version carries no such marks). Findings nobody decided
 * about stay in the text and are listed in `open`.
 */
export function publicCopy(report: Report, extraWords: readonly string[] = []): PublicCopy {
  const review = report.publicReview;
  const findings = scanReport(report, extraWords).map((f) => ({
    ...f,
    decision: decisionFor(review, f)?.mode ?? null,
  }));
  const copy = structuredClone(report);
  delete copy.publicReview;
  for (const field of reportFields(report)) {
    const spans = findings
      .filter((f) => samePlace(f.place, field.place))
      .flatMap((f) => {
        if (f.kind === 'marker' && f.decision !== 'mask') return [{ start: f.start, end: f.end, by: '' }];
        if (f.decision === 'mask') return [{ start: f.start, end: f.end, by: mask(f.text) }];
        if (f.decision === 'remove') return [{ start: f.start, end: f.end, by: '' }];
        return [];
      });
    if (spans.length) setField(copy, field.place, replaceSpans(field.text, spans));
  }
  const open = findings.filter((f) => f.decision === null && f.kind !== 'marker');
  return { report: copy, open, findings };
}

/**
 * Why the public version may not be written yet, or null: the scan must be marked done, and every finding
 * decided (masked, removed or confirmed fit to publish). A finding that appeared after the review counts.
 */
export function publicBlocker(report: Report, open: readonly PrivacyFinding[]): string | null {
  if (open.length) {
    const list = open
      .slice(0, 3)
      .map((f) => `${f.where}的${f.label}“${f.text}”`)
      .join('、');
    return `还有 ${open.length} 处审查发现未处理（${list}${open.length > 3 ? '等' : ''}）：请打码、删除或确认可以公开。`;
  }
  if (!report.publicReview?.reviewer || !report.publicReview.reviewedAt)
    return '保密审查尚未标记完成：请填写审查人并点“审查完成”。';
  return null;
}
