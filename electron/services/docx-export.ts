/**
 * Word export: the report as a .docx laid out after GB/T 9704-2012. What each paragraph is and how it is
 * placed comes from electron/core/page-plan.ts, every number from electron/core/layout.ts; this module writes
 * them as OOXML and fixes up what the docx library has no option for.
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
  type ISpacingProperties,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Report } from '../core/report-model.ts';
import { cleanLine, documentTitle, emptyParagraph, planDocument, type PlannedParagraph } from '../core/page-plan.ts';
import { CHAR_SPACING_TWIPS, DOC_GRID, FONT_SIZE, LINE_TWIPS, MARGIN, PAGE, PAGE_NUMBER } from '../core/layout.ts';
import { DEFAULT_FONT_PRESET, FONT_PRESETS, type FontPresetId, type FontRole } from '../core/fonts.ts';

export interface ExportOptions {
  /** which font names the file asks for ('windows': 仿宋/楷体/黑体/华文中宋; 'gb2312': 仿宋_GB2312/…/方正小标宋简体) */
  fontPreset: FontPresetId;
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

  constructor(fontPreset: FontPresetId) {
    this.fonts = FONT_PRESETS[fontPreset].word;
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
// Package post-processing
// --------------------------------------------------------------------------------------------------------------

/** CT_Settings children that come after w:characterSpacingControl (ECMA-376 Part 1, 17.15.1.78). */
const SETTINGS_AFTER_CSC = [
  'printTwoOnOne',
  'strictFirstAndLastChars',
  'noLineBreaksAfter',
  'noLineBreaksBefore',
  'savePreviewPicture',
  'doNotValidateAgainstSchema',
  'saveInvalidXml',
  'ignoreMixedContent',
  'alwaysShowPlaceholderText',
  'doNotDemarcateInvalidXml',
  'saveXmlDataOnly',
  'useXSLTWhenSaving',
  'saveThroughXslt',
  'showXMLTags',
  'alwaysMergeEmptyNamespace',
  'updateFields',
  'hdrShapeDefaults',
  'footnotePr',
  'endnotePr',
  'compat',
  'docVars',
  'rsids',
  'mathPr',
  'attachedSchema',
  'themeFontLang',
  'clrSchemeMapping',
  'doNotIncludeSubdocsInStats',
  'doNotAutoCompressPictures',
  'forceUpgrade',
  'captions',
  'readModeInkLockDown',
  'smartTagType',
  'schemaLibrary',
  'shapeDefaults',
  'doNotEmbedSmartTags',
  'decimalSymbol',
  'listSeparator',
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
  'topLinePunct',
  'autoSpaceDE',
  'autoSpaceDN',
  'bidi',
  'adjustRightInd',
  'snapToGrid',
  'spacing',
  'ind',
  'contextualSpacing',
  'mirrorIndents',
  'suppressOverlap',
  'jc',
  'textDirection',
  'textAlignment',
  'textboxTightWrap',
  'outlineLvl',
  'divId',
  'cnfStyle',
  'rPr',
  'sectPr',
  'pPrChange',
];
const PPR_AFTER_OVERFLOW_RE = new RegExp(`<w:(?:${PPR_AFTER_OVERFLOW.join('|')})[\\s/>]`);

/**
 * Punctuation never hangs into the margin (Word's 允许标点溢出边界 is on unless a paragraph says otherwise):
 * add `<w:overflowPunct w:val="0"/>` to every paragraph's properties, in schema order.
 * LibreOffice 7.x reads this value inverted (its DOCX import sets hanging punctuation when the value is 0), so
 * LibreOffice renderings of the file hang 、。，． past the margin; Word follows the standard.
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
  const opts = { ...DEFAULT_EXPORT_OPTIONS, ...options };
  const w = new Writer(opts.fontPreset);
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
        footers: { default: w.footer('right'), even: w.footer('left') },
        children,
      },
    ],
  });
  return postProcess(new Uint8Array(await Packer.toArrayBuffer(doc)));
}
