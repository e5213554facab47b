/**
 * The report as a document: the ordered blocks a reader sees (title, 主送机关, 导语, numbered headings,
 * body paragraphs, 附件说明, 落款). The Word export, the print preview and the checks all read the
 * report through this one function, so they agree on what is in the document and in what order.
 */
import type { Report, Section } from './report-model.ts';
import { headingNumber, isInDocument } from './numbering.ts';
import { resolveStats, splitParagraphs } from './text.ts';
import { formatChineseDate } from './dates.ts';

/** Where a block's text comes from in the report, for findings and jumps. */
export interface BlockSource {
  /** 'title' | 'recipient' | 'preamble' | 'section' | 'attachments' | 'signature' */
  field: 'title' | 'recipient' | 'preamble' | 'section' | 'attachments' | 'signature';
  sectionId?: string;
  paragraphId?: string;
  /** human path of the section, e.g. "一、（三）" or "导语" */
  label: string;
}

export type Block =
  | { type: 'title'; lines: string[]; source: BlockSource }
  | { type: 'recipient'; text: string; source: BlockSource }
  | { type: 'heading'; depth: number; number: string; text: string; source: BlockSource }
  | { type: 'paragraph'; text: string; source: BlockSource }
  | { type: 'attachments'; items: string[]; source: BlockSource }
  | { type: 'signature'; units: string[]; date: string; sealed: boolean; source: BlockSource };

/** A heading shortened for a place name: at most 12 characters, with … when cut. */
function clipHeading(heading: string): string {
  return heading.length > 12 ? heading.slice(0, 12) + '…' : heading;
}

function sectionBlocks(report: Report, sections: Section[], depth: number, path: string, out: Block[]): void {
  let n = 0;
  for (const s of sections) {
    if (!isInDocument(s, report.year)) continue;
    n += 1;
    const number = headingNumber(depth, n);
    const heading = splitParagraphs(s.heading).join('');
    // Where a line is, as a reader names it: "一、（三）" below the top level; a top-level part by its number and
    // heading ("三、下步工作计划"), since "三、" alone reads as a stray mark before a colon.
    const label = depth === 1 ? number + clipHeading(heading) : path + number;
    out.push({
      type: 'heading',
      depth: Math.min(depth, 5),
      number,
      text: heading,
      source: { field: 'section', sectionId: s.id, label },
    });
    for (const p of s.paragraphs) {
      // A newline inside a paragraph field starts a new paragraph in the document.
      for (const text of splitParagraphs(resolveStats(p.text, report, s))) {
        out.push({ type: 'paragraph', text, source: { field: 'section', sectionId: s.id, paragraphId: p.id, label } });
      }
    }
    sectionBlocks(report, s.children, depth + 1, path + number, out);
  }
}

/** The document's blocks in reading order. Empty parts and untouched catalogue sections are left out. */
export function documentBlocks(report: Report): Block[] {
  const out: Block[] = [];
  const titleLines = splitParagraphs(report.title);
  if (titleLines.length) out.push({ type: 'title', lines: titleLines, source: { field: 'title', label: '标题' } });
  const recipient = splitParagraphs(report.recipient).join('');
  if (recipient) out.push({ type: 'recipient', text: recipient, source: { field: 'recipient', label: '主送机关' } });
  for (const text of splitParagraphs(resolveStats(report.preamble, report))) {
    out.push({ type: 'paragraph', text, source: { field: 'preamble', label: '导语' } });
  }
  sectionBlocks(report, report.sections, 1, '', out);
  const items = report.attachments.flatMap((a) => splitParagraphs(a));
  if (items.length) out.push({ type: 'attachments', items, source: { field: 'attachments', label: '附件说明' } });
  const units = report.signature.units.flatMap((u) => splitParagraphs(u));
  const date = formatChineseDate(report.signature.date);
  if (units.length || date) {
    out.push({
      type: 'signature',
      units,
      date,
      sealed: report.signature.sealed,
      source: { field: 'signature', label: '落款' },
    });
  }
  return out;
}
