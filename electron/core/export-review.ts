/**
 * What a county reviewer would send back, checked before a Word export: mandatory checklist items not yet
 * written in full, open errors and warnings, headings exported with no body under them, and a signature page
 * with nothing of the body above it.
 * The export still goes ahead if the user insists; this only decides what is shown first.
 */
import type { Report } from './report-model.ts';
import { checkReport } from './check.ts';
import type { ChecklistItemResult } from './checklist/index.ts';
import type { Finding } from './lint/index.ts';
import { documentBlocks } from './document.ts';
import { planDocument, type PlanOptions } from './page-plan.ts';
import { signatureAloneWarning } from './pagination.ts';

/** What the review step lists before a Word export. */
export interface ExportReview {
  items: ChecklistItemResult[];
  findings: Finding[];
  /** headings exported with nothing under them, with their numbered path, e.g. "三、（二）法治意识不强。" */
  bareHeadings: string[];
  /** the section id of each of bareHeadings, in the same order (for jumping to it) */
  bareHeadingSections: string[];
  /** every finding with a mechanical fix (what 全部改正后导出 applies), info findings included as in 全部改正 */
  fixable: Finding[];
  /** a layout problem of the printed document, or null */
  layout: string | null;
}

/** A mandatory (必备) item that is missing or only partly covered: the commonest reason a report is sent back. */
export function isIncompleteMandatory(item: ChecklistItemResult): boolean {
  return item.level === 'M' && (item.state === 'missing' || item.state === 'partial');
}

/** Errors and warnings are to be looked at before export; info findings are only advice. */
export function isOpenFinding(finding: Finding): boolean {
  return finding.severity === 'error' || finding.severity === 'warning';
}

/**
 * Headings of the document with no paragraph and no deeper heading after them. They are exported as written,
 * but a heading standing alone is often a part the author meant to fill in.
 */
export function bareHeadings(report: Report): string[] {
  return bareHeadingPlaces(report).map((h) => h.text);
}

/** bareHeadings with the id of each heading's section. */
export function bareHeadingPlaces(report: Report): { text: string; sectionId: string }[] {
  const blocks = documentBlocks(report);
  return blocks.flatMap((b, i) => {
    if (b.type !== 'heading') return [];
    const next = blocks[i + 1];
    const hasBody = next?.type === 'paragraph' || (next?.type === 'heading' && next.depth > b.depth);
    return hasBody ? [] : [{ text: b.source.label + b.text, sectionId: b.source.sectionId ?? '' }];
  });
}

/** Everything the user should see before the file goes out. */
export function exportReview(report: Report, options: PlanOptions): ExportReview {
  const check = checkReport(report);
  const bare = bareHeadingPlaces(report);
  return {
    items: check.checklist.filter(isIncompleteMandatory),
    findings: check.findings.filter(isOpenFinding),
    bareHeadings: bare.map((h) => h.text),
    bareHeadingSections: bare.map((h) => h.sectionId),
    fixable: check.findings.filter((f) => f.fix),
    layout: signatureAloneWarning(planDocument(report, options)),
  };
}

/** Whether the review has anything to show; with nothing to show the export goes straight ahead. */
export function needsReview(review: ExportReview): boolean {
  return (
    review.items.length > 0 || review.findings.length > 0 || review.bareHeadings.length > 0 || review.layout !== null
  );
}
