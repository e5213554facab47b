/**
 * The pieces of a GB/T 9704 page the county's Word files are made of, with the report export's numbers
 * (core/layout.ts) and fonts (core/fonts.ts): the A4 page and text block, "— N —" page numbers, the title,
 * body and heading paragraphs, and tables that fill the text block's width and no more.
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
  type ISpacingProperties,
} from 'docx';
import {
  CHAR_SPACING_TWIPS,
  FIRST_LINE_INDENT,
  FONT_SIZE,
  LINE_TWIPS,
  PAGE_NUMBER,
  TEXT_BLOCK,
} from '../../core/layout.ts';
import { DEFAULT_FONT_PRESET, presetFonts, type FontPresetId, type FontRole } from '../../core/fonts.ts';
import { cleanLine } from '../../core/page-plan.ts';
import { CHINESE_SIZE_PT, ptToHalfPoints } from '../../core/units.ts';
import { finishPackage, GBT9704_PAGE } from '../docx-package.ts';

const EXACT: ISpacingProperties = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** Table text: 4号 (14 pt), so a row of a 30-township table stays one or two lines. */
const TABLE_SIZE = ptToHalfPoints(CHINESE_SIZE_PT.四号);
const TABLE_LINE: ISpacingProperties = { line: 360, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

export class PageWriter {
  private readonly fonts: Record<FontRole, string>;
  constructor(preset: FontPresetId = DEFAULT_FONT_PRESET, installed?: readonly string[]) {
    this.fonts = presetFonts(preset, installed);
  }

  run(role: FontRole, size: number, bold = false): IRunOptions {
    const name = this.fonts[role];
    return {
      font: { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' },
      size,
      sizeComplexScript: size,
      characterSpacing: CHAR_SPACING_TWIPS,
      language: { eastAsia: 'zh-CN' },
      bold: bold || undefined,
    };
  }

  private para(
    role: FontRole,
    size: number,
    text: string,
    opts: { center?: boolean; indent?: boolean; right?: boolean },
  ) {
    const run = this.run(role, size);
    return new Paragraph({
      spacing: EXACT,
      widowControl: false,
      alignment: opts.center ? AlignmentType.CENTER : opts.right ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
      indent: opts.indent ? { firstLine: FIRST_LINE_INDENT.twips } : opts.right ? { right: 4 * 320 } : undefined,
      run,
      children: [new TextRun({ ...run, text: cleanLine(text) })],
    });
  }

  title(text: string): Paragraph {
    return this.para('title', FONT_SIZE.title, text, { center: true });
  }
  blank(): Paragraph {
    return this.para('body', FONT_SIZE.body, '', {});
  }
  body(text: string): Paragraph {
    return this.para('body', FONT_SIZE.body, text, { indent: true });
  }
  flush(text: string): Paragraph {
    return this.para('body', FONT_SIZE.body, text, {});
  }
  heading(text: string, depth: 1 | 2 = 1): Paragraph {
    return this.para(depth === 1 ? 'heading1' : 'heading2', FONT_SIZE.heading, text, { indent: true });
  }
  right(text: string): Paragraph {
    return this.para('body', FONT_SIZE.body, text, { right: true });
  }

  private cell(text: string, width: number, header: boolean): TableCell {
    const run = this.run(header ? 'heading1' : 'body', TABLE_SIZE);
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: text
        .split('\n')
        .map(cleanLine)
        .map(
          (line) =>
            new Paragraph({
              spacing: TABLE_LINE,
              alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
              run,
              children: [new TextRun({ ...run, text: line })],
            }),
        ),
    });
  }

  /**
   * A table exactly as wide as the text block: `weights` share its width between the columns; the header row
   * repeats on every page.
   */
  table(headers: string[], rows: string[][], weights: number[]): Table {
    const sum = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => Math.floor((TEXT_BLOCK.widthTwips * w) / sum));
    widths[widths.length - 1] += TEXT_BLOCK.widthTwips - widths.reduce((a, b) => a + b, 0);
    return new Table({
      width: { size: TEXT_BLOCK.widthTwips, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: headers.map((h, i) => this.cell(h, widths[i], true)),
        }),
        ...rows.map(
          (r) => new TableRow({ cantSplit: true, children: r.map((t, i) => this.cell(t, widths[i], false)) }),
        ),
      ],
    });
  }

  footer(side: 'right' | 'left'): Footer {
    const run = this.run('pageNumber', FONT_SIZE.pageNumber);
    return new Footer({
      children: [
        new Paragraph({
          spacing: { ...EXACT, line: PAGE_NUMBER.lineTwips },
          alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: side === 'right' ? { right: PAGE_NUMBER.sideIndentTwips } : { left: PAGE_NUMBER.sideIndentTwips },
          children: [
            new TextRun({ ...run, text: PAGE_NUMBER.prefix }),
            new TextRun({ ...run, children: [PageNumber.CURRENT] }),
            new TextRun({ ...run, text: PAGE_NUMBER.suffix }),
          ],
        }),
      ],
    });
  }

  /** A document of these children on GB/T 9704 pages, post-processed like the report export. */
  async pack(title: string, children: Array<Paragraph | Table>): Promise<Uint8Array> {
    const doc = new Document({
      title,
      creator: '法治报告助手',
      description: '',
      evenAndOddHeaderAndFooters: true,
      styles: { default: { document: { run: this.run('body', FONT_SIZE.body), paragraph: { spacing: EXACT } } } },
      sections: [
        {
          properties: GBT9704_PAGE,
          footers: { default: this.footer('right'), even: this.footer('left') },
          children,
        },
      ],
    });
    // The same package finishing as the report's export: settings, kinsoku, font table, page numbers.
    return finishPackage(new Uint8Array(await Packer.toArrayBuffer(doc)), [...new Set(Object.values(this.fonts))]);
  }
}
