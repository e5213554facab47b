/**
 * Word export: the report as a .docx laid out after GB/T 9704-2012 (see electron/core/layout.ts for every
 * number). Content and order come only from documentBlocks(); this module decides how each block looks.
 * No Electron imports: it runs in the main process, the CLI and the tests alike.
 */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Report } from '../core/report-model.ts';
import { documentBlocks, type Block } from '../core/document.ts';
import { sanitizeText } from '../core/text.ts';
import {
  BLANK_LINES,
  BOLD_OPTION_DEPTHS,
  CHAR_SPACING_TWIPS,
  DEFAULT_FONT_PRESET,
  DOC_GRID,
  FIRST_LINE_INDENT,
  FONT_PRESETS,
  FONT_SIZE,
  FULLWIDTH_COLON,
  LINE_TWIPS,
  MARGIN,
  PAGE,
  PAGE_NUMBER,
  textWidthTwips,
  headingFontRole,
  sealedSignatureLayout,
  unsealedSignatureIndents,
  type FontPresetId,
  type FontRole,
} from '../core/layout.ts';

export interface ExportOptions {
  /** which font names the file asks for ('windows': 仿宋/楷体/黑体/华文中宋; 'gb2312': 仿宋_GB2312/…/方正小标宋简体) */
  fontPreset: FontPresetId;
  /** bold level-2 and level-3 headings (a local habit; off by default) */
  boldHeadings: boolean;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { fontPreset: DEFAULT_FONT_PRESET, boldHeadings: false };

// --------------------------------------------------------------------------------------------------------------
// Text
// --------------------------------------------------------------------------------------------------------------

/** A string as it may go into the file: no control characters, no tabs, one line. */
function clean(text: string): string {
  return sanitizeText(text).replace(/\n+/g, ' ');
}

/** Split text on line breaks into the paragraphs it makes; blank lines disappear. */
function lines(text: string): string[] {
  return sanitizeText(text)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** 主送机关 ends with a full-width colon, whatever the user typed. */
export function recipientLine(text: string): string {
  return clean(text).trim().replace(/[:：\s]+$/u, '') + FULLWIDTH_COLON;
}

// --------------------------------------------------------------------------------------------------------------
// Runs and paragraphs
// --------------------------------------------------------------------------------------------------------------

interface Look {
  role: FontRole;
  size: number;
  bold?: boolean;
}

class Builder {
  private readonly fonts: Record<FontRole, string>;

  constructor(private readonly options: ExportOptions) {
    this.fonts = FONT_PRESETS[options.fontPreset].word;
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

  run(text: string, look: Look): TextRun {
    return new TextRun({ ...this.runProps(look), text: clean(text) });
  }

  /** Every paragraph: exact 579-twip lines, no space before/after, no widow control, no hanging punctuation. */
  paragraph(look: Look, opts: Omit<IParagraphOptions, 'spacing' | 'run'> = {}): Paragraph {
    return new Paragraph({
      ...opts,
      spacing: { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      widowControl: false,
      overflowPunctuation: false,
      run: this.runProps(look),
    });
  }

  body(text: string, look: Look = BODY, extra: Omit<IParagraphOptions, 'spacing' | 'run'> = {}): Paragraph {
    return this.paragraph(look, {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: FIRST_LINE_INDENT.twips, firstLineChars: FIRST_LINE_INDENT.chars },
      ...extra,
      children: [this.run(text, look)],
    });
  }

  blank(keepNext = false): Paragraph {
    return this.paragraph(BODY, { keepNext: keepNext || undefined });
  }

  // ------------------------------------------------------------------------------------------------------------

  title(titleLines: string[]): Paragraph[] {
    const look: Look = { role: 'title', size: FONT_SIZE.title };
    // Each line the user broke the title into is its own centred paragraph.
    return titleLines.flatMap(lines).map((line) =>
      this.paragraph(look, { alignment: AlignmentType.CENTER, keepNext: true, children: [this.run(line, look)] }),
    );
  }

  recipient(text: string): Paragraph {
    return this.paragraph(BODY, { alignment: AlignmentType.JUSTIFIED, children: [this.run(recipientLine(text), BODY)] });
  }

  heading(depth: number, number: string, text: string): Paragraph[] {
    const bold = this.options.boldHeadings && BOLD_OPTION_DEPTHS.includes(depth);
    const look: Look = { role: headingFontRole(depth), size: FONT_SIZE.heading, bold };
    const parts = lines(text);
    if (!parts.length) parts.push('');
    return parts.map((part, i) =>
      this.body(i === 0 ? number + part : part, look, { keepNext: true, outlineLevel: Math.min(depth, 9) - 1 }),
    );
  }

  /** 附件说明 (7.3.4): "附件：1.XXXX", later items and wrapped names aligned with the first name's first character. */
  attachments(items: string[]): Paragraph[] {
    const label = `附件${FULLWIDTH_COLON}`;
    const labelW = textWidthTwips(label);
    const numbered = items.length > 1;
    return items.map((item, i) => {
      const num = numbered ? `${i + 1}.` : '';
      const numW = textWidthTwips(num);
      const left = FIRST_LINE_INDENT.twips + labelW + numW;
      const hanging = i === 0 ? labelW + numW : numW;
      const text = (i === 0 ? label : '') + num + clean(item).trim();
      return this.paragraph(BODY, {
        alignment: AlignmentType.JUSTIFIED,
        indent: { left: Math.round(left), hanging: Math.round(hanging) },
        children: [this.run(text, BODY)],
      });
    });
  }

  /** 落款: sealed (7.3.5.1) or unsealed (7.3.5.2), kept on one page with the line before it. */
  signature(unitsIn: string[], dateIn: string, sealed: boolean): Paragraph[] {
    const units = unitsIn.flatMap(lines);
    const date = clean(dateIn).trim();
    const out: Paragraph[] = [];
    const blanks = sealed ? BLANK_LINES.beforeSealedSignature : BLANK_LINES.beforeUnsealedSignature;
    for (let i = 0; i < blanks; i++) out.push(this.blank(true));
    const right = (text: string, rightIndent: number, keepNext: boolean) =>
      this.paragraph(BODY, {
        alignment: AlignmentType.RIGHT,
        indent: { right: rightIndent },
        keepNext: keepNext || undefined,
        keepLines: true,
        children: [this.run(text, BODY)],
      });
    if (!sealed) {
      const { unitRight, dateRight } = unsealedSignatureIndents(units, date);
      units.forEach((u, i) => out.push(right(u, unitRight, i < units.length - 1 || !!date)));
      if (date) out.push(right(date, dateRight, false));
      return out;
    }
    const layout = sealedSignatureLayout(units, date);
    if (layout.kind === 'pair') {
      out.push(
        this.paragraph(BODY, {
          alignment: AlignmentType.LEFT,
          tabStops: layout.centres.map((position) => ({ type: TabStopType.CENTER, position })),
          keepNext: date ? true : undefined,
          keepLines: true,
          children: [
            new TextRun({ ...this.runProps(BODY), children: [new Tab(), clean(units[0]), new Tab(), clean(units[1])] }),
          ],
        }),
      );
    } else if (layout.kind === 'stacked') {
      units.forEach((u, i) => out.push(right(u, layout.unitRights[i], i < units.length - 1 || !!date)));
    } else if (units.length) {
      out.push(right(units[0], layout.unitRight, !!date));
    }
    if (date) out.push(right(date, layout.dateRight, false));
    return out;
  }

  footer(side: 'right' | 'left'): Footer {
    const look: Look = { role: 'pageNumber', size: FONT_SIZE.pageNumber };
    const props = this.runProps(look);
    return new Footer({
      children: [
        this.paragraph(look, {
          alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: side === 'right' ? { right: PAGE_NUMBER.sideIndentTwips } : { left: PAGE_NUMBER.sideIndentTwips },
          children: [
            new TextRun({ ...props, text: PAGE_NUMBER.prefix }),
            new TextRun({ ...props, children: [PageNumber.CURRENT] }),
            new TextRun({ ...props, text: PAGE_NUMBER.suffix }),
          ],
        }),
      ],
    });
  }

  // ------------------------------------------------------------------------------------------------------------

  /** All paragraphs of the document, in the order documentBlocks gives. */
  content(blocks: Block[]): Paragraph[] {
    const out: Paragraph[] = [];
    blocks.forEach((block, i) => {
      switch (block.type) {
        case 'title':
          out.push(...this.title(block.lines));
          if (i < blocks.length - 1) for (let k = 0; k < BLANK_LINES.afterTitle; k++) out.push(this.blank());
          break;
        case 'recipient':
          out.push(this.recipient(block.text));
          break;
        case 'heading':
          out.push(...this.heading(block.depth, block.number, block.text));
          break;
        case 'paragraph':
          for (const text of lines(block.text)) out.push(this.body(text));
          break;
        case 'attachments': {
          const items = block.items.flatMap(lines);
          if (!items.length) break;
          for (let k = 0; k < BLANK_LINES.beforeAttachments; k++) out.push(this.blank());
          out.push(...this.attachments(items));
          break;
        }
        case 'signature':
          out.push(...this.signature(block.units, block.date, block.sealed));
          break;
      }
    });
    return out;
  }
}

const BODY: Look = { role: 'body', size: FONT_SIZE.body };

// --------------------------------------------------------------------------------------------------------------
// Package post-processing
// --------------------------------------------------------------------------------------------------------------

/** CT_Settings children that come after w:characterSpacingControl (ECMA-376 Part 1, 17.15.1.78). */
const SETTINGS_AFTER_CSC = [
  'printTwoOnOne', 'strictFirstAndLastChars', 'noLineBreaksAfter', 'noLineBreaksBefore', 'savePreviewPicture',
  'doNotValidateAgainstSchema', 'saveInvalidXml', 'ignoreMixedContent', 'alwaysShowPlaceholderText',
  'doNotDemarcateInvalidXml', 'saveXmlDataOnly', 'useXSLTWhenSaving', 'saveThroughXslt', 'showXMLTags',
  'alwaysMergeEmptyNamespace', 'updateFields', 'hdrShapeDefaults', 'footnotePr', 'endnotePr', 'compat', 'docVars',
  'rsids', 'mathPr', 'attachedSchema', 'themeFontLang', 'clrSchemeMapping', 'doNotIncludeSubdocsInStats',
  'doNotAutoCompressPictures', 'forceUpgrade', 'captions', 'readModeInkLockDown', 'smartTagType', 'schemaLibrary',
  'shapeDefaults', 'doNotEmbedSmartTags', 'decimalSymbol', 'listSeparator',
];

/** Punctuation is never compressed: each full-width mark keeps its full width, as the 28-character grid needs. */
export function addCharacterSpacingControl(settingsXml: string): string {
  const element = '<w:characterSpacingControl w:val="doNotCompress"/>';
  if (/<w:characterSpacingControl\b[^>]*\/>/.test(settingsXml)) {
    return settingsXml.replace(/<w:characterSpacingControl\b[^>]*\/>/, element);
  }
  let at = -1;
  for (const name of SETTINGS_AFTER_CSC) {
    const m = new RegExp(`<w:${name}[\\s/>]`).exec(settingsXml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = settingsXml.lastIndexOf('</w:settings>');
  if (at < 0) throw new Error('settings.xml has no w:settings element');
  return settingsXml.slice(0, at) + element + settingsXml.slice(at);
}

/** CT_PPrBase children that come after w:overflowPunct (ECMA-376 Part 1, 17.3.1.26). */
const PPR_AFTER_OVERFLOW = [
  'topLinePunct', 'autoSpaceDE', 'autoSpaceDN', 'bidi', 'adjustRightInd', 'snapToGrid', 'spacing', 'ind',
  'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc', 'textDirection', 'textAlignment',
  'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle', 'rPr', 'sectPr', 'pPrChange',
];
const PPR_AFTER_OVERFLOW_RE = new RegExp(`<w:(?:${PPR_AFTER_OVERFLOW.join('|')})[\\s/>]`);

/**
 * Punctuation never hangs into the margin (Word's 允许标点溢出边界 is on unless a paragraph says otherwise):
 * add `<w:overflowPunct w:val="0"/>` to every paragraph's properties, in schema order.
 */
export function disableHangingPunctuation(xml: string): string {
  return xml.replace(/<w:pPr>([\s\S]*?)<\/w:pPr>/g, (whole, inner: string) => {
    if (inner.includes('<w:overflowPunct')) return whole;
    const m = PPR_AFTER_OVERFLOW_RE.exec(inner);
    const at = m ? m.index : inner.length;
    return `<w:pPr>${inner.slice(0, at)}<w:overflowPunct w:val="0"/>${inner.slice(at)}</w:pPr>`;
  });
}

// Same set sanitizeText removes, as it can appear in serialised XML (lone surrogates cannot survive UTF-8).
const FORBIDDEN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Throws when any XML part of the package holds a character Word refuses. */
export function assertNoControlCharacters(files: Record<string, Uint8Array>): void {
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const text = strFromU8(data);
    const m = FORBIDDEN_XML.exec(text);
    if (m) {
      const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      throw new Error(`${name} 含有 Word 无法打开的控制字符 U+${code}`);
    }
  }
}

function postProcess(packed: Uint8Array): Uint8Array {
  const files = unzipSync(packed);
  const settings = files['word/settings.xml'];
  if (!settings) throw new Error('docx package has no word/settings.xml');
  files['word/settings.xml'] = strToU8(addCharacterSpacingControl(strFromU8(settings)));
  for (const name of Object.keys(files)) {
    if (/^word\/(document|footer\d+|header\d+|styles)\.xml$/.test(name)) {
      files[name] = strToU8(disableHangingPunctuation(strFromU8(files[name])));
    }
  }
  assertNoControlCharacters(files);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) out[name] = [data, { level: 6 }];
  return zipSync(out);
}

// --------------------------------------------------------------------------------------------------------------
// Entry point
// --------------------------------------------------------------------------------------------------------------

/** The report as .docx bytes. Sealed or unsealed signature comes from report.signature.sealed. */
export async function buildDocx(report: Report, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): Promise<Uint8Array> {
  const b = new Builder({ ...DEFAULT_EXPORT_OPTIONS, ...options });
  const blocks = documentBlocks(report);
  const children = b.content(blocks);
  const titleBlock = blocks.find((x): x is Extract<Block, { type: 'title' }> => x.type === 'title');
  const title = clean(titleBlock ? titleBlock.lines.join('') : report.title);

  const doc = new Document({
    title,
    creator: clean(report.unitName) || '法治报告助手',
    lastModifiedBy: clean(report.unitName) || '法治报告助手',
    description: '',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: b.runProps(BODY),
          paragraph: { spacing: { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.widthTwips, height: PAGE.heightTwips },
            margin: {
              top: MARGIN.topTwips,
              bottom: MARGIN.bottomTwips,
              left: MARGIN.leftTwips,
              right: MARGIN.rightTwips,
              header: MARGIN.headerTwips,
              footer: MARGIN.footerTwips,
              gutter: 0,
            },
          },
          grid: { type: DocumentGridType.DEFAULT, linePitch: DOC_GRID.linePitch },
        },
        footers: { default: b.footer('right'), even: b.footer('left') },
        children,
      },
    ],
  });
  const packed = await Packer.toBuffer(doc);
  return postProcess(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
}
