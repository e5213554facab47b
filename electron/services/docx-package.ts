/**
 * What the docx library has no option for, written into the packed .docx: the settings that make Word and WPS
 * set lines as the preview does (no compression, no hanging punctuation, no automatic space between Chinese and
 * digits, the 禁则 lists of assets/typography.json), a font table with substitution hints, the page number's
 * cached value, zh-CN theme fonts, and only the styles the document uses. Every insertion keeps OOXML's element
 * order (ECMA-376 Part 1). No Electron imports.
 */
import { DocumentGridType, type ISectionPropertiesOptions } from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { zipParts } from './docx-zip.ts';
import { DOC_GRID, MARGIN, PAGE } from '../core/layout.ts';
import { fontInfo } from '../core/fonts.ts';
import { TYPOGRAPHY } from '../core/typography.ts';

// --------------------------------------------------------------------------------------------------------------
// settings.xml
// --------------------------------------------------------------------------------------------------------------

/** CT_Settings children from w:defaultTabStop on, in schema order (ECMA-376 Part 1, 17.15.1.78). */
const SETTINGS_ORDER = [
  'defaultTabStop',
  'autoHyphenation',
  'consecutiveHyphenLimit',
  'hyphenationZone',
  'doNotHyphenateCaps',
  'showEnvelope',
  'summaryLength',
  'clickAndTypeStyle',
  'defaultTableStyle',
  'evenAndOddHeaders',
  'bookFoldRevPrinting',
  'bookFoldPrinting',
  'bookFoldPrintingSheets',
  'drawingGridHorizontalSpacing',
  'drawingGridVerticalSpacing',
  'displayHorizontalDrawingGridEvery',
  'displayVerticalDrawingGridEvery',
  'doNotUseMarginsForDrawingGridOrigin',
  'drawingGridHorizontalOrigin',
  'drawingGridVerticalOrigin',
  'doNotShadeFormData',
  'noPunctuationKerning',
  'characterSpacingControl',
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

/** Put `element` (a w:<name> element) into settings.xml in schema order, replacing one already there. */
export function setSetting(settingsXml: string, name: string, element: string): string {
  const own = new RegExp(`<w:${name}\\b[^>]*/>`);
  if (own.test(settingsXml)) return settingsXml.replace(own, element);
  const later = SETTINGS_ORDER.slice(SETTINGS_ORDER.indexOf(name) + 1);
  let at = -1;
  for (const n of later) {
    const m = new RegExp(`<w:${n}[\\s/>]`).exec(settingsXml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = settingsXml.lastIndexOf('</w:settings>');
  if (at < 0) throw new Error('settings.xml has no w:settings element');
  return settingsXml.slice(0, at) + element + settingsXml.slice(at);
}

/** Punctuation is never compressed: each full-width mark keeps its full width, as the 28-character grid needs. */
export function addCharacterSpacingControl(settingsXml: string): string {
  return setSetting(settingsXml, 'characterSpacingControl', '<w:characterSpacingControl w:val="doNotCompress"/>');
}

const xmlAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The settings of the whole document: no compression; the 禁则 lists for Simplified Chinese, written out so Word
 * and WPS use ours rather than their own defaults; zh-CN as the East Asian theme language (Word picks the
 * theme's East Asian fonts and its line-breaking language by it).
 */
export function documentSettings(settingsXml: string): string {
  let xml = addCharacterSpacingControl(settingsXml);
  xml = setSetting(
    xml,
    'noLineBreaksAfter',
    `<w:noLineBreaksAfter w:lang="zh-CN" w:val="${xmlAttr(TYPOGRAPHY.noLineEnd)}"/>`,
  );
  xml = setSetting(
    xml,
    'noLineBreaksBefore',
    `<w:noLineBreaksBefore w:lang="zh-CN" w:val="${xmlAttr(TYPOGRAPHY.noLineStart)}"/>`,
  );
  return setSetting(xml, 'themeFontLang', '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>');
}

// --------------------------------------------------------------------------------------------------------------
// Paragraph properties
// --------------------------------------------------------------------------------------------------------------

/** CT_PPrBase children that come after w:autoSpaceDN (ECMA-376 Part 1, 17.3.1.26). */
const PPR_AFTER_AUTOSPACE = [
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
const PPR_AFTER_RE = new RegExp(`<w:(?:${PPR_AFTER_AUTOSPACE.join('|')})[\\s/>]`);

/**
 * East Asian line breaking on every paragraph, between w:suppressAutoHyphens and w:bidi in schema order:
 * kinsoku (the 禁则 lists apply), wordWrap (a Latin word is not split), overflowPunct off (nothing hangs into the
 * margin; Word's 允许标点溢出边界 is on unless a paragraph says otherwise), autoSpaceDE/autoSpaceDN off (no
 * extra space between Chinese and Latin letters or digits, so a line holds what the preview shows).
 * LibreOffice 7.x reads overflowPunct inverted (it hangs 、。，． when the value is 0) and ignores autoSpaceDE/DN.
 */
export const EAST_ASIAN_PPR =
  '<w:kinsoku w:val="1"/><w:wordWrap w:val="1"/><w:overflowPunct w:val="0"/>' +
  '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';

export function disableHangingPunctuation(xml: string): string {
  return xml.replace(/<w:pPr>([\s\S]*?)<\/w:pPr>/g, (whole, inner: string) => {
    if (inner.includes('<w:overflowPunct')) return whole;
    const m = PPR_AFTER_RE.exec(inner);
    const at = m ? m.index : inner.length;
    return `<w:pPr>${inner.slice(0, at)}${EAST_ASIAN_PPR}${inner.slice(at)}</w:pPr>`;
  });
}

// --------------------------------------------------------------------------------------------------------------
// Styles, fonts, fields
// --------------------------------------------------------------------------------------------------------------

/**
 * Only the styles the document uses: the docx library writes Title, Heading 1–6 (blue), Caption, TOC and more,
 * which Word would offer in the style gallery and WPS would show in its navigation. Default styles, styles a part
 * names and the styles they are based on stay.
 */
export function pruneStyles(stylesXml: string, parts: string[]): string {
  const used = new Set<string>();
  for (const xml of parts) {
    for (const m of xml.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)) used.add(m[1]);
  }
  const styles = [...stylesXml.matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g)].map((m) => m[0]);
  const idOf = (s: string) => /w:styleId="([^"]+)"/.exec(s)?.[1] ?? '';
  for (const s of styles) if (/w:default="(1|true)"/.test(s)) used.add(idOf(s));
  // Follow basedOn / link chains until nothing new comes in.
  for (let grew = true; grew;) {
    grew = false;
    for (const s of styles) {
      if (!used.has(idOf(s))) continue;
      for (const m of s.matchAll(/<w:(?:basedOn|link) w:val="([^"]+)"/g)) {
        if (!used.has(m[1])) {
          used.add(m[1]);
          grew = true;
        }
      }
    }
  }
  return stylesXml.replace(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g, (s) => (used.has(idOf(s)) ? s : ''));
}

/**
 * The font table: every font the runs name, with the hints Word and WPS use to substitute a missing font
 * (altName, panose, charset, family, pitch; from assets/fonts.json).
 */
export function fontTable(fontTableXml: string, names: string[]): string {
  const entries = names.map((name) => {
    const f = fontInfo(name);
    if (!f) return `<w:font w:name="${xmlAttr(name)}"/>`;
    return (
      `<w:font w:name="${xmlAttr(name)}"><w:altName w:val="${xmlAttr(f.altName)}"/>` +
      `<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/>` +
      `<w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`
    );
  });
  const open = /<w:fonts\b[^>]*?(\/?)>/.exec(fontTableXml);
  if (!open) throw new Error('fontTable.xml has no w:fonts element');
  const head = fontTableXml.slice(0, open.index) + open[0].replace(/\/>$/, '>');
  return `${head}${entries.join('')}</w:fonts>`;
}

/**
 * The page number's cached value, so a reader that does not update fields (some viewers, a print preview before
 * layout) shows a number rather than nothing: 1 on the odd-page footer, 2 on the even one.
 */
export function cachePageNumber(footerXml: string, value: number): string {
  const mark = '<w:fldChar w:fldCharType="separate"/></w:r>';
  const pieces = footerXml.split(mark);
  return pieces
    .map((piece, i) => {
      if (i === 0 || /^<w:r>(<w:rPr>(?:(?!<\/w:r>)[\s\S])*?<\/w:rPr>)?<w:t[ >]/.test(piece)) return piece;
      // The run that holds the separator: its properties, so the number looks like the field around it.
      const before = pieces[i - 1];
      const run = before.slice(before.lastIndexOf('<w:r>'));
      const rPr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(run)?.[0] ?? '';
      return `<w:r>${rPr}<w:t>${value}</w:t></w:r>${piece}`;
    })
    .join(mark);
}

/** Which footer part is the odd-page (default) one and which the even one, from document.xml and its rels. */
function footerParts(documentXml: string, relsXml: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of documentXml.matchAll(/<w:footerReference w:type="(default|even)" r:id="([^"]+)"\/>/g)) {
    const rel = new RegExp(`<Relationship [^>]*Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(relsXml);
    const rel2 = new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(relsXml);
    const target = rel?.[1] ?? rel2?.[1];
    if (target) out.set(`word/${target}`, m[1] === 'even' ? 2 : 1);
  }
  return out;
}

// --------------------------------------------------------------------------------------------------------------
// The package
// --------------------------------------------------------------------------------------------------------------

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

/** The GB/T 9704 page every Word file of the app is set on: A4, the margins and the 22-line grid of core/layout.ts. */
export const GBT9704_PAGE: ISectionPropertiesOptions = {
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
};

/**
 * The .docx with everything above written in, from the docx library's parts (docx-zip.ts) or its packed file;
 * `fonts`: every font name the runs carry.
 */
export function finishPackage(parts: Uint8Array | Record<string, Uint8Array>, fonts: string[]): Uint8Array {
  const files = parts instanceof Uint8Array ? unzipSync(parts) : parts;
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  const put = (name: string, xml: string) => {
    files[name] = strToU8(xml);
  };
  if (!files['word/settings.xml']) throw new Error('docx package has no word/settings.xml');
  put('word/settings.xml', documentSettings(text('word/settings.xml')));
  const footers = footerParts(text('word/document.xml'), text('word/_rels/document.xml.rels'));
  for (const [name, page] of footers) if (files[name]) put(name, cachePageNumber(text(name), page));
  const content = Object.keys(files).filter((n) =>
    /^word\/(document|footer\d+|header\d+|footnotes|endnotes)\.xml$/.test(n),
  );
  put('word/styles.xml', pruneStyles(text('word/styles.xml'), content.map(text)));
  for (const name of [...content, 'word/styles.xml']) put(name, disableHangingPunctuation(text(name)));
  if (files['word/fontTable.xml']) put('word/fontTable.xml', fontTable(text('word/fontTable.xml'), fonts));
  assertNoControlCharacters(files);
  return zipParts(files);
}
