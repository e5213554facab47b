/**
 * Page geometry of the report after GB/T 9704-2012 《党政机关公文格式》: every number of the page, the lines and
 * the elements that the Word export and the print preview use, in one place. Word values are in twips (1/20 pt)
 * and half-points; CSS_LAYOUT gives the preview the same numbers in mm and pt. Typefaces are in fonts.ts, text
 * widths in text-width.ts, the 落款 positions in signature-layout.ts.
 * Pure data: no Node or Electron imports, so the renderer can import it too.
 */
import { CHINESE_SIZE_PT, halfPointsToPt, ptToHalfPoints, twipsToCssMm, twipsToPt } from './units.ts';

// ---------------------------------------------------------------------------------------------------------------
// Page and text block (GB/T 9704-2012 5.2): A4, text block 156 × 225 mm, top 37 mm, left 28 mm
// ---------------------------------------------------------------------------------------------------------------

export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  /** `w:pgSz w:w` */
  widthTwips: 11906,
  /** `w:pgSz w:h` */
  heightTwips: 16838,
} as const;

export const MARGIN = {
  topMm: 37,
  bottomMm: 35,
  leftMm: 28,
  rightMm: 26,
  topTwips: 2098,
  bottomTwips: 1984,
  leftTwips: 1588,
  rightTwips: 1474,
  /** Distance from the page edge to the header; the report has no header, Word's usual 1.5 cm. */
  headerTwips: 851,
  /** Distance from the page edge to the footer: puts the page number's dash about 7 mm below the text block. */
  footerTwips: 1446,
} as const;

export const TEXT_BLOCK = {
  widthMm: 156,
  heightMm: 225,
  /** 11906 − 1588 − 1474 */
  widthTwips: PAGE.widthTwips - MARGIN.leftTwips - MARGIN.rightTwips,
  /** 16838 − 2098 − 1984 */
  heightTwips: PAGE.heightTwips - MARGIN.topTwips - MARGIN.bottomTwips,
  linesPerPage: 22,
  charsPerLine: 28,
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Lines and characters
// ---------------------------------------------------------------------------------------------------------------

/**
 * Exact line height, 28.95 pt: 22 × 579 = 12738 twips fills the 12756-twip block. 580 (the usual "29 pt")
 * fits only 21 lines; 560 fits 22 but leaves the block short.
 */
export const LINE_TWIPS = 579;

/**
 * Run character spacing. With no character grid, 16 pt characters at 320 − 5 = 315 twips give exactly 28 per
 * line in the 8844-twip block (29 would need 9135).
 */
export const CHAR_SPACING_TWIPS = -5;

/** Font sizes in half-points (`w:sz`). */
export const FONT_SIZE = {
  /** 44 */
  title: ptToHalfPoints(CHINESE_SIZE_PT.二号),
  /** 32 */
  body: ptToHalfPoints(CHINESE_SIZE_PT.三号),
  /** 32, every heading level */
  heading: ptToHalfPoints(CHINESE_SIZE_PT.三号),
  /** 28 */
  pageNumber: ptToHalfPoints(CHINESE_SIZE_PT.四号),
} as const;

/** Nominal width of one body character (3号 = 16 pt = 320 twips), the unit of "空 N 字". */
export const BODY_CHAR_TWIPS = FONT_SIZE.body * 10;
/** Width one full-width body character actually takes on the line, with the character spacing. */
export const BODY_ADVANCE_TWIPS = BODY_CHAR_TWIPS + CHAR_SPACING_TWIPS;
/** One 4号 character, the space beside the page number. */
export const PAGE_NUMBER_CHAR_TWIPS = FONT_SIZE.pageNumber * 10;

/** Every paragraph is indented two characters; continuation lines are flush. */
export const FIRST_LINE_INDENT = {
  twips: 2 * BODY_CHAR_TWIPS, // 640
  /** hundredths of a character; LibreOffice needs the twips as well */
  chars: 200,
} as const;

/** Word's document grid: none for characters, the line pitch given for completeness. */
export const DOC_GRID = { linePitch: LINE_TWIPS } as const;

// ---------------------------------------------------------------------------------------------------------------
// Elements
// ---------------------------------------------------------------------------------------------------------------

/** Blank lines between parts (each one exact line high). */
export const BLANK_LINES = {
  /** title → 主送机关 (or 导语 when there is no 主送机关) */
  afterTitle: 1,
  /** body → 附件说明 */
  beforeAttachments: 1,
  /** body (or 附件说明) → unsealed signature (7.3.5.2) */
  beforeUnsealedSignature: 1,
  /**
   * body (or 附件说明) → sealed signature (7.3.5.1). A 42 mm seal is about four lines high; with two blank lines its
   * top lies within one line of the body while the unit and date sit just below its centre.
   */
  beforeSealedSignature: 2,
} as const;

/** The full-width colon that ends the 主送机关 and follows 附件. */
export const FULLWIDTH_COLON = '：';

/** Heading depths that take bold when the bold-headings option is on (level 1 is 黑体 and never bold). */
export const BOLD_OPTION_DEPTHS: readonly number[] = [2, 3];

/** Signature block (7.3.5), in characters of the body size. */
export const SIGNATURE = {
  /** sealed: the date is right-indented four characters (1280 twips) */
  sealedDateRightChars: 4,
  sealedDateRightTwips: 4 * BODY_CHAR_TWIPS,
  /** unsealed: the unit name is right-indented two characters */
  unsealedUnitRightChars: 2,
  /** unsealed: the date's first character is two characters right of the unit's first character */
  unsealedDateShiftChars: 2,
  /** unsealed: the date never comes closer than two characters to the right margin */
  unsealedDateMinRightChars: 2,
  /** sealed, two units side by side: the least gap between them, in characters */
  sealedUnitsMinGapChars: 4,
} as const;

/** The page number: "— 1 —", 4号 宋体, one character in from the right (odd) or left (even) edge of the block. */
export const PAGE_NUMBER = {
  prefix: '\u2014 ',
  suffix: ' \u2014',
  sideIndentTwips: PAGE_NUMBER_CHAR_TWIPS, // 280
  /**
   * Exact line height of the footer paragraph. It must stay below bottom margin − footer distance
   * (1984 − 1446 = 538 twips), or Word and LibreOffice shorten the text block and a page holds only 21 lines.
   */
  lineTwips: PAGE_NUMBER_CHAR_TWIPS, // 280: the dash lands 7 mm below the block
  /** 一字线上距版心下边缘 7 mm: the dashes lie 7 mm below the text block (reached with the footer distance above) */
  gapBelowBlockMm: 7,
} as const;

// ---------------------------------------------------------------------------------------------------------------
// CSS view of the same layout (print preview)
// ---------------------------------------------------------------------------------------------------------------

export const CSS_LAYOUT = {
  page: { widthMm: PAGE.widthMm, heightMm: PAGE.heightMm },
  margin: { topMm: MARGIN.topMm, rightMm: MARGIN.rightMm, bottomMm: MARGIN.bottomMm, leftMm: MARGIN.leftMm },
  textBlock: { widthMm: TEXT_BLOCK.widthMm, heightMm: TEXT_BLOCK.heightMm },
  /** 28.95 pt */
  lineHeightPt: twipsToPt(LINE_TWIPS),
  /** −0.25 pt */
  letterSpacingPt: twipsToPt(CHAR_SPACING_TWIPS),
  fontSizePt: {
    title: halfPointsToPt(FONT_SIZE.title),
    body: halfPointsToPt(FONT_SIZE.body),
    heading: halfPointsToPt(FONT_SIZE.heading),
    pageNumber: halfPointsToPt(FONT_SIZE.pageNumber),
  },
  /** 2em at the body size = 32 pt */
  firstLineIndentPt: twipsToPt(FIRST_LINE_INDENT.twips),
  sealedDateRightPt: twipsToPt(SIGNATURE.sealedDateRightTwips),
  pageNumber: {
    sideIndentPt: twipsToPt(PAGE_NUMBER.sideIndentTwips),
    /** where the dashes lie, from the top of the page (269 mm) */
    dashMm: MARGIN.topMm + TEXT_BLOCK.heightMm + PAGE_NUMBER.gapBelowBlockMm,
    prefix: PAGE_NUMBER.prefix,
    suffix: PAGE_NUMBER.suffix,
  },
  lineHeightMm: twipsToCssMm(LINE_TWIPS),
} as const;
