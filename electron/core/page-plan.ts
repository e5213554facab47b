/**
 * The report as laid-out paragraphs: for every paragraph of the printed document its text, typeface role, size,
 * alignment, indents and keep-together flags, following GB/T 9704-2012 with the numbers of layout.ts.
 * Content and order come only from documentBlocks(). The Word export turns these into OOXML; a print preview
 * can turn the same list into HTML, so both lay the document out alike.
 * Pure: no Node or Electron imports.
 */
import type { Report } from './report-model.ts';
import { documentBlocks, type Block, type BlockSource } from './document.ts';
import { sanitizeText } from './text.ts';
import { BLANK_LINES, BOLD_OPTION_DEPTHS, FIRST_LINE_INDENT, FONT_SIZE, FULLWIDTH_COLON } from './layout.ts';
import { textWidthTwips } from './text-width.ts';
import { sealedSignatureLayout, unsealedSignatureLayout } from './signature-layout.ts';
import { headingFontRole, type FontRole } from './fonts.ts';

export type PlannedKind =
  | 'title'
  | 'blank'
  | 'recipient'
  | 'heading'
  | 'body'
  | 'attachment'
  | 'signature-unit'
  | 'signature-unit-pair'
  | 'signature-date';

export interface PlannedIndent {
  /** twips */
  firstLine?: number;
  /** hundredths of a character (Word's firstLineChars) */
  firstLineChars?: number;
  left?: number;
  right?: number;
  hanging?: number;
}

export interface PlannedParagraph {
  kind: PlannedKind;
  /**
   * The paragraph's text pieces. One piece for every kind except 'signature-unit-pair', which has two unit
   * names, each placed at its centre tab stop. Blank lines have none.
   */
  texts: string[];
  role: FontRole;
  /** half-points */
  size: number;
  bold: boolean;
  align: 'left' | 'center' | 'right' | 'justify';
  indent: PlannedIndent;
  /** centre tab stops in twips from the left edge of the text block ('signature-unit-pair' only) */
  centreTabs?: number[];
  /** keep on the same page as the next paragraph */
  keepNext: boolean;
  /** do not split across pages */
  keepLines: boolean;
  /** heading depth 1–5 (its outline level is depth − 1) */
  depth?: number;
  source?: BlockSource;
}

export interface PlanOptions {
  /** bold level-2 and level-3 headings (a local habit; off by default) */
  boldHeadings: boolean;
}

// --------------------------------------------------------------------------------------------------------------
// Text
// --------------------------------------------------------------------------------------------------------------

/** A string as it may go into the document: no control characters, no tabs, one line. */
export function cleanLine(text: string): string {
  return sanitizeText(text).replace(/\n+/g, ' ');
}

/** Text split on line breaks into the paragraphs it makes; blank lines disappear. */
export function paragraphLines(text: string): string[] {
  return sanitizeText(text)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** 主送机关 ends with a full-width colon, whatever the user typed. */
export function recipientLine(text: string): string {
  return (
    cleanLine(text)
      .trim()
      .replace(/[:：\s]+$/u, '') + FULLWIDTH_COLON
  );
}

// --------------------------------------------------------------------------------------------------------------
// Paragraphs
// --------------------------------------------------------------------------------------------------------------

const BODY_INDENT: PlannedIndent = { firstLine: FIRST_LINE_INDENT.twips, firstLineChars: FIRST_LINE_INDENT.chars };

function para(kind: PlannedKind, texts: string[], over: Partial<PlannedParagraph> = {}): PlannedParagraph {
  return {
    kind,
    texts,
    role: 'body',
    size: FONT_SIZE.body,
    bold: false,
    align: 'justify',
    indent: {},
    keepNext: false,
    keepLines: false,
    ...over,
  };
}

function blank(keepNext = false): PlannedParagraph {
  return para('blank', [], { align: 'left', keepNext });
}

/** A blank body line, e.g. the one paragraph of an empty document. */
export function emptyParagraph(): PlannedParagraph {
  return blank();
}

function titleParagraphs(lines: string[], source: BlockSource): PlannedParagraph[] {
  // Each line the user broke the title into is its own centred paragraph.
  return lines
    .flatMap(paragraphLines)
    .map((line) =>
      para('title', [line], { role: 'title', size: FONT_SIZE.title, align: 'center', keepNext: true, source }),
    );
}

function headingParagraphs(block: Extract<Block, { type: 'heading' }>, options: PlanOptions): PlannedParagraph[] {
  const bold = options.boldHeadings && BOLD_OPTION_DEPTHS.includes(block.depth);
  const parts = paragraphLines(block.text);
  if (!parts.length) parts.push('');
  return parts.map((part, i) =>
    para('heading', [i === 0 ? block.number + part : part], {
      role: headingFontRole(block.depth),
      size: FONT_SIZE.heading,
      bold,
      indent: BODY_INDENT,
      keepNext: true,
      depth: block.depth,
      source: block.source,
    }),
  );
}

/**
 * 附件说明 (7.3.4): "附件：1.XXXX"; later items, and names that wrap, line up with the first name's first
 * character. One attachment has no number.
 */
function attachmentParagraphs(items: string[], source: BlockSource): PlannedParagraph[] {
  const label = `附件${FULLWIDTH_COLON}`;
  const labelW = textWidthTwips(label);
  const numbered = items.length > 1;
  return items.map((item, i) => {
    const num = numbered ? `${i + 1}.` : '';
    const numW = textWidthTwips(num);
    const left = Math.round(FIRST_LINE_INDENT.twips + labelW + numW);
    const hanging = Math.round(i === 0 ? labelW + numW : numW);
    return para('attachment', [(i === 0 ? label : '') + num + cleanLine(item).trim()], {
      indent: { left, hanging },
      source,
    });
  });
}

/** 落款: sealed (7.3.5.1) or unsealed (7.3.5.2), kept on one page together with the blank line(s) above. */
function signatureParagraphs(block: Extract<Block, { type: 'signature' }>): PlannedParagraph[] {
  const units = block.units.flatMap(paragraphLines);
  const date = cleanLine(block.date).trim();
  const source = block.source;
  const out: PlannedParagraph[] = [];
  const blanks = block.sealed ? BLANK_LINES.beforeSealedSignature : BLANK_LINES.beforeUnsealedSignature;
  for (let i = 0; i < blanks; i++) out.push(blank(true));
  const right = (kind: PlannedKind, text: string, rightIndent: number, keepNext: boolean) =>
    para(kind, [text], { align: 'right', indent: { right: rightIndent }, keepNext, keepLines: true, source });

  if (!block.sealed) {
    const { unitLeft, dateLeft, dateRight } = unsealedSignatureLayout(units, date);
    const left = (kind: PlannedKind, text: string, leftIndent: number, keepNext: boolean) =>
      para(kind, [text], { align: 'left', indent: { left: leftIndent }, keepNext, keepLines: true, source });
    units.forEach((u, i) => out.push(left('signature-unit', u, unitLeft, i < units.length - 1 || !!date)));
    if (date && dateRight !== null) out.push(right('signature-date', date, dateRight, false));
    else if (date) out.push(left('signature-date', date, dateLeft, false));
    return out;
  }
  const layout = sealedSignatureLayout(units, date);
  if (layout.kind === 'pair') {
    out.push(
      para('signature-unit-pair', [units[0], units[1]], {
        align: 'left',
        centreTabs: layout.centres,
        keepNext: !!date,
        keepLines: true,
        source,
      }),
    );
  } else if (layout.kind === 'stacked') {
    units.forEach((u, i) => out.push(right('signature-unit', u, layout.unitRights[i], i < units.length - 1 || !!date)));
  } else if (units.length) {
    out.push(right('signature-unit', units[0], layout.unitRight, !!date));
  }
  if (date) out.push(right('signature-date', date, layout.dateRight, false));
  return out;
}

/** Every paragraph of the printed document, in the order documentBlocks() gives. */
export function planDocument(report: Report, options: PlanOptions): PlannedParagraph[] {
  const blocks = documentBlocks(report);
  const out: PlannedParagraph[] = [];
  blocks.forEach((block, i) => {
    switch (block.type) {
      case 'title':
        out.push(...titleParagraphs(block.lines, block.source));
        if (i < blocks.length - 1) for (let k = 0; k < BLANK_LINES.afterTitle; k++) out.push(blank());
        break;
      case 'recipient':
        out.push(para('recipient', [recipientLine(block.text)], { source: block.source }));
        break;
      case 'heading':
        out.push(...headingParagraphs(block, options));
        break;
      case 'paragraph':
        for (const text of paragraphLines(block.text)) {
          out.push(para('body', [text], { indent: BODY_INDENT, source: block.source }));
        }
        break;
      case 'attachments': {
        const items = block.items.flatMap(paragraphLines);
        if (!items.length) break;
        for (let k = 0; k < BLANK_LINES.beforeAttachments; k++) out.push(blank());
        out.push(...attachmentParagraphs(items, block.source));
        break;
      }
      case 'signature':
        out.push(...signatureParagraphs(block));
        break;
    }
  });
  return out;
}

/** The title as one line, for document properties. */
export function documentTitle(report: Report): string {
  const t = documentBlocks(report).find((b): b is Extract<Block, { type: 'title' }> => b.type === 'title');
  return cleanLine(t ? t.lines.join('') : report.title).trim();
}
