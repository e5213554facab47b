/**
 * Word export: the report as a .docx laid out after GB/T 9704-2012. What each paragraph is and how it is
 * placed comes from electron/core/page-plan.ts, every number from electron/core/layout.ts; this module writes
 * them as OOXML and fixes up what the docx library has no option for.
 * No Electron imports: it runs in the main process, the CLI and the tests alike.
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
  type ISpacingProperties,
} from 'docx';
import type { Report } from '../core/report-model.ts';
import { cleanLine, documentTitle, emptyParagraph, planDocument, type PlannedParagraph } from '../core/page-plan.ts';
import { CHAR_SPACING_TWIPS, FONT_SIZE, LINE_TWIPS, PAGE_NUMBER } from '../core/layout.ts';
import { DEFAULT_FONT_PRESET, presetFonts, type FontPresetId, type FontRole } from '../core/fonts.ts';
import { finishPackage, GBT9704_PAGE } from './docx-package.ts';
import { documentParts } from './docx-zip.ts';

export interface ExportOptions {
  /** which font names the file asks for (assets/fonts.json: 'windows', 'gb2312', 'uos') */
  fontPreset: FontPresetId;
  /**
   * the font families this PC has (services/font-list.ts): a role whose wanted font is missing takes the preset's
   * stated fallback; without a list every role takes its fallback
   */
  installedFonts?: readonly string[];
  /** bold level-2 and level-3 headings (a local habit; off by default) */
  boldHeadings: boolean;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { fontPreset: DEFAULT_FONT_PRESET, boldHeadings: false };

// --------------------------------------------------------------------------------------------------------------
// Paragraphs
// --------------------------------------------------------------------------------------------------------------

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

interface Look {
  role: FontRole;
  size: number;
  bold?: boolean;
}

const BODY: Look = { role: 'body', size: FONT_SIZE.body };
const PAGE_NUMBER_LOOK: Look = { role: 'pageNumber', size: FONT_SIZE.pageNumber };

/** Exact line spacing, nothing before or after. */
const EXACT_LINES: ISpacingProperties = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

class Writer {
  private readonly fonts: Record<FontRole, string>;

  constructor(fontPreset: FontPresetId, installed?: readonly string[]) {
    this.fonts = presetFonts(fontPreset, installed);
  }

  /** Every font name the runs carry, for the font table. */
  fontNames(): string[] {
    return [...new Set(Object.values(this.fonts))];
  }

  /** Run properties shared by text runs and paragraph marks: all four font slots, size, spacing, language. */
  runProps(look: Look): IRunOptions {
    const name = this.fonts[look.role];
    return {
      font: { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' },
      size: look.size,
      sizeComplexScript: look.size,
      characterSpacing: CHAR_SPACING_TWIPS,
      language: { eastAsia: 'zh-CN' },
      bold: look.bold ? true : undefined,
      boldComplexScript: look.bold ? true : undefined,
    };
  }

  /** Every paragraph: exact lines, no space before/after, no widow control (hanging punctuation: see postProcess). */
  private paragraph(
    look: Look,
    opts: Omit<IParagraphOptions, 'spacing' | 'run' | 'widowControl'>,
    spacing = EXACT_LINES,
  ): Paragraph {
    return new Paragraph({ ...opts, spacing, widowControl: false, run: this.runProps(look) });
  }

  planned(p: PlannedParagraph): Paragraph {
    const look: Look = { role: p.role, size: p.size, bold: p.bold };
    const props = this.runProps(look);
    const children: TextRun[] = [];
    if (p.kind === 'signature-unit-pair') {
      const [a = '', b = ''] = p.texts;
      children.push(new TextRun({ ...props, children: [new Tab(), cleanLine(a), new Tab(), cleanLine(b)] }));
    } else {
      for (const t of p.texts) children.push(new TextRun({ ...props, text: cleanLine(t) }));
    }
    return this.paragraph(look, {
      alignment: ALIGN[p.align],
      indent: Object.keys(p.indent).length ? p.indent : undefined,
      tabStops: p.centreTabs?.map((position) => ({ type: TabStopType.CENTER, position })),
      keepNext: p.keepNext || undefined,
      keepLines: p.keepLines || undefined,
      outlineLevel: p.kind === 'heading' && p.depth ? p.depth - 1 : undefined,
      children,
    });
  }

  /** "— N —", 4号 宋体; odd pages right with one character of space, even pages left. */
  footer(side: 'right' | 'left'): Footer {
    const props = this.runProps(PAGE_NUMBER_LOOK);
    return new Footer({
      children: [
        this.paragraph(
          PAGE_NUMBER_LOOK,
          {
            alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
            indent: side === 'right' ? { right: PAGE_NUMBER.sideIndentTwips } : { left: PAGE_NUMBER.sideIndentTwips },
            children: [
              new TextRun({ ...props, text: PAGE_NUMBER.prefix }),
              new TextRun({ ...props, children: [PageNumber.CURRENT] }),
              new TextRun({ ...props, text: PAGE_NUMBER.suffix }),
            ],
          },
          { ...EXACT_LINES, line: PAGE_NUMBER.lineTwips },
        ),
      ],
    });
  }
}

// --------------------------------------------------------------------------------------------------------------
// Entry point
// --------------------------------------------------------------------------------------------------------------

/** The report as .docx bytes. Sealed or unsealed signature comes from report.signature.sealed. */
export async function buildDocx(report: Report, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): Promise<Uint8Array> {
  const opts = { ...DEFAULT_EXPORT_OPTIONS, ...options };
  const w = new Writer(opts.fontPreset, opts.installedFonts);
  const children = planDocument(report, { boldHeadings: opts.boldHeadings }).map((p) => w.planned(p));
  if (!children.length) children.push(w.planned(emptyParagraph()));
  const unit = cleanLine(report.unitName).trim();

  const doc = new Document({
    title: documentTitle(report),
    creator: unit || '法治报告助手',
    lastModifiedBy: unit || '法治报告助手',
    description: '',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: w.runProps(BODY), paragraph: { spacing: EXACT_LINES } },
      },
    },
    sections: [
      {
        properties: GBT9704_PAGE,
        footers: { default: w.footer('right'), even: w.footer('left') },
        children,
      },
    ],
  });
  return finishPackage(await documentParts(doc), w.fontNames());
}
