/**
 * The pieces of a GB/T 9704 page the county's Word files are made of, with the report export's numbers
 * (core/layout.ts) and fonts (core/fonts.ts): the A4 page and text block, "— N —" page numbers, the title,
 * body and heading paragraphs, tables that fill the text block's width and no more, and landscape pages for a
 * table too wide for the upright page (GB/T 9704 10: 表格横排), their page numbers turned with the page.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HorizontalPositionAlign,
  HorizontalPositionRelativeFrom,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  TextWrappingType,
  VerticalAlign,
  VerticalPositionAlign,
  VerticalPositionRelativeFrom,
  WidthType,
  type IRunOptions,
  type ISectionPropertiesOptions,
  type ISpacingProperties,
} from 'docx';
import type { ShapeRun } from 'docx/shapes';
import {
  CHAR_SPACING_TWIPS,
  FIRST_LINE_INDENT,
  FONT_SIZE,
  LINE_TWIPS,
  MARGIN,
  PAGE,
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
const TABLE_LINE_TWIPS = 360;

/**
 * A landscape page is the upright page turned a quarter clockwise, its text block where it was: the binding
 * edge's margin (left, 28 mm) on top, so the table's head lies along the binding as GB/T 9704 10 asks, and the
 * upright page's bottom margin on the left. Its page number is where the upright pages have theirs (TURNED_NUMBER);
 * the footer, at the landscape page's own bottom, only anchors it and shows nothing.
 */
export const LANDSCAPE_PAGE: ISectionPropertiesOptions = {
  page: {
    size: { width: PAGE.widthTwips, height: PAGE.heightTwips, orientation: PageOrientation.LANDSCAPE },
    margin: {
      top: MARGIN.leftTwips,
      bottom: MARGIN.rightTwips,
      left: MARGIN.bottomTwips,
      right: MARGIN.topTwips,
      header: MARGIN.headerTwips,
      footer: MARGIN.footerTwips - (MARGIN.bottomTwips - MARGIN.rightTwips),
      gutter: 0,
    },
  },
  grid: GBT9704_PAGE.grid,
};

/** The text block of a landscape page: the upright block turned, 225 × 156 mm. */
export const LANDSCAPE_BLOCK = { widthTwips: TEXT_BLOCK.heightTwips, heightTwips: TEXT_BLOCK.widthTwips } as const;

/**
 * The page number of a landscape page (GB/T 9704 10: a landscape table's page number stays where the document's
 * other page numbers are). Turned back upright, the page shows its "— N —" where an upright page does: 7 mm below
 * the block, one character in from the right on odd pages and from the left on even ones. On the landscape page
 * that is along its left edge, the text turned a quarter clockwise: a text box as long as the block is high, its
 * text running down (DrawingML `vert`): the number at its foot on odd pages (the landscape page's lower left) and
 * at its head on even ones (upper left).
 *
 * The box is placed by alignment, not by offsets: its right side on the left margin (`leftMargin`, `right`), centred
 * on the block's height (`margin`, `center`), its width twice the distance from the margin to the middle of the
 * upright number's line (footer distance + half a line from the page edge), its text centred across it. LibreOffice
 * 7.4 drops the offsets of a shape in an even-page footer (it drew the box at the page's corner), and with
 * `margin`/`top` it put the box 2 mm low; the alignments above it places where ECMA-376 has Word place them.
 */
export const TURNED_NUMBER = {
  lengthTwips: TEXT_BLOCK.widthTwips,
  widthTwips: 2 * (MARGIN.bottomTwips - MARGIN.footerTwips - PAGE_NUMBER.lineTwips / 2),
} as const;

/** DrawingML sizes in the docx library's pixels: 9525 EMU, 15 twips. */
const TWIPS_PER_PIXEL = 15;

export interface TableOptions {
  /** the table's width; the upright text block's by default */
  widthTwips?: number;
  /** text size in half-points; 4号 by default */
  size?: number;
  /** exact line height of the cells' text */
  lineTwips?: number;
  /** columns whose text is centred (marks, numbers) */
  centred?: readonly number[];
  /** the cells' left and right margin; narrow columns of marks need less than text */
  sideMarginTwips?: number;
}

/** The pages of a document: upright, or landscape for a wide table. */
export interface PageRun {
  landscape?: boolean;
  children: Array<Paragraph | Table>;
}

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

  private cell(text: string, width: number, header: boolean, o: TableOptions, centred: boolean): TableCell {
    const run = this.run(header ? 'heading1' : 'body', o.size ?? TABLE_SIZE);
    const spacing: ISpacingProperties = {
      line: o.lineTwips ?? TABLE_LINE_TWIPS,
      lineRule: LineRuleType.EXACT,
      before: 0,
      after: 0,
    };
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: o.sideMarginTwips ?? 60, right: o.sideMarginTwips ?? 60, top: 20, bottom: 20 },
      children: text
        .split('\n')
        .map(cleanLine)
        .map(
          (line) =>
            new Paragraph({
              spacing,
              alignment: header || centred ? AlignmentType.CENTER : AlignmentType.LEFT,
              run,
              children: [new TextRun({ ...run, text: line })],
            }),
        ),
    });
  }

  /**
   * A table exactly as wide as the text block (or `o.widthTwips`): `weights` share its width between the columns;
   * the header row repeats on every page and no row is split across pages.
   */
  table(headers: string[], rows: string[][], weights: number[], o: TableOptions = {}): Table {
    const total = o.widthTwips ?? TEXT_BLOCK.widthTwips;
    const sum = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => Math.floor((total * w) / sum));
    widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
    const centred = new Set(o.centred ?? []);
    const row = (cells: string[], header: boolean) =>
      cells.map((t, i) => this.cell(t, widths[i], header, o, centred.has(i)));
    return new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: row(headers, true) }),
        ...rows.map((r) => new TableRow({ cantSplit: true, children: row(r, false) })),
      ],
    });
  }

  /** "— N —", 4号 宋体, one character in from the right (odd pages) or the left (even pages). */
  private pageNumber(side: 'right' | 'left'): Paragraph {
    const run = this.run('pageNumber', FONT_SIZE.pageNumber);
    return new Paragraph({
      spacing: { ...EXACT, line: PAGE_NUMBER.lineTwips },
      alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'right' ? { right: PAGE_NUMBER.sideIndentTwips } : { left: PAGE_NUMBER.sideIndentTwips },
      children: [
        new TextRun({ ...run, text: PAGE_NUMBER.prefix }),
        new TextRun({ ...run, children: [PageNumber.CURRENT] }),
        new TextRun({ ...run, text: PAGE_NUMBER.suffix }),
      ],
    });
  }

  footer(side: 'right' | 'left'): Footer {
    return new Footer({ children: [this.pageNumber(side)] });
  }

  /**
   * The footer of a landscape page: an empty line, as high as the upright number's, anchoring the text box that
   * holds the number turned (TURNED_NUMBER). In the text box, right is the foot of the turned line.
   */
  private turnedFooter(side: 'right' | 'left', Shape: typeof ShapeRun): Footer {
    const box = new Shape({
      type: 'rectangle',
      line: 'none',
      altText: { name: '页码' },
      transformation: {
        width: TURNED_NUMBER.widthTwips / TWIPS_PER_PIXEL,
        height: TURNED_NUMBER.lengthTwips / TWIPS_PER_PIXEL,
      },
      floating: {
        horizontalPosition: {
          relative: HorizontalPositionRelativeFrom.LEFT_MARGIN,
          align: HorizontalPositionAlign.RIGHT,
        },
        verticalPosition: { relative: VerticalPositionRelativeFrom.MARGIN, align: VerticalPositionAlign.CENTER },
        allowOverlap: true,
        wrap: { type: TextWrappingType.NONE },
        zIndex: 1,
      },
      textOptions: {
        direction: 'topToBottom',
        verticalAlignment: 'center',
        margins: { top: 0, right: 0, bottom: 0, left: 0 },
        wrap: true,
      },
      children: [this.pageNumber(side)],
    });
    return new Footer({
      children: [new Paragraph({ spacing: { ...EXACT, line: PAGE_NUMBER.lineTwips }, children: [box] })],
    });
  }

  /** Odd and even footers: upright, or turned when given docx's ShapeRun (a landscape run). */
  private footers(Shape: typeof ShapeRun | undefined): { default: Footer; even: Footer } {
    return Shape
      ? { default: this.turnedFooter('right', Shape), even: this.turnedFooter('left', Shape) }
      : { default: this.footer('right'), even: this.footer('left') };
  }

  /** A document of these children on GB/T 9704 pages, post-processed like the report export. */
  pack(title: string, children: Array<Paragraph | Table>): Promise<Uint8Array> {
    return this.packPages(title, [{ children }]);
  }

  /**
   * A document of upright and landscape runs of pages. A section without footers carries on the previous one's, so
   * footers are set where the run's orientation changes: upright numbers, or turned ones on landscape pages.
   */
  async packPages(title: string, runs: PageRun[]): Promise<Uint8Array> {
    // docx's shapes module takes about 80 ms to load and only landscape pages need it: loaded then, not at start-up
    // (the app's main process loads this file when it starts).
    const Shape = runs.some((r) => r.landscape) ? (await import('docx/shapes')).ShapeRun : undefined;
    const doc = new Document({
      title,
      creator: '法治报告助手',
      description: '',
      evenAndOddHeaderAndFooters: true,
      styles: { default: { document: { run: this.run('body', FONT_SIZE.body), paragraph: { spacing: EXACT } } } },
      sections: runs.map((r, i) => ({
        properties: r.landscape ? LANDSCAPE_PAGE : GBT9704_PAGE,
        footers:
          i > 0 && !runs[i - 1].landscape === !r.landscape ? undefined : this.footers(r.landscape ? Shape : undefined),
        children: r.children,
      })),
    });
    // The same package finishing as the report's export: settings, kinsoku, font table, page numbers.
    return finishPackage(new Uint8Array(await Packer.toArrayBuffer(doc)), [...new Set(Object.values(this.fonts))]);
  }
}
