/**
 * Measuring a rendered PDF: `pdftotext -bbox-layout` gives every text line with its box in points; these helpers
 * turn that into pages of lines in millimetres, for the layout checks of the Word export.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

export const PT_TO_MM = 25.4 / 72;

export interface PdfLine {
  page: number;
  /** millimetres from the top-left corner of the page */
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  /** the line's words joined without spaces */
  text: string;
  words: string[];
}

export interface PdfPage {
  number: number;
  widthMm: number;
  heightMm: number;
  lines: PdfLine[];
}

function attr(tag: string, name: string): number {
  const m = new RegExp(`\\b${name}="([-0-9.]+)"`).exec(tag);
  if (!m) throw new Error(`no ${name} in ${tag}`);
  return Number(m[1]);
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** Parse the XHTML of `pdftotext -bbox-layout`. */
export function parseBboxLayout(xhtml: string): PdfPage[] {
  const pages: PdfPage[] = [];
  const pageRe = /<page\b([^>]*)>([\s\S]*?)<\/page>/g;
  for (let pm = pageRe.exec(xhtml); pm; pm = pageRe.exec(xhtml)) {
    const page: PdfPage = {
      number: pages.length + 1,
      widthMm: attr(pm[1], 'width') * PT_TO_MM,
      heightMm: attr(pm[1], 'height') * PT_TO_MM,
      lines: [],
    };
    const lineRe = /<line\b([^>]*)>([\s\S]*?)<\/line>/g;
    for (let lm = lineRe.exec(pm[2]); lm; lm = lineRe.exec(pm[2])) {
      const words = [...lm[2].matchAll(/<word\b[^>]*>([\s\S]*?)<\/word>/g)].map((w) => unescapeXml(w[1]));
      page.lines.push({
        page: page.number,
        xMin: attr(lm[1], 'xMin') * PT_TO_MM,
        xMax: attr(lm[1], 'xMax') * PT_TO_MM,
        yMin: attr(lm[1], 'yMin') * PT_TO_MM,
        yMax: attr(lm[1], 'yMax') * PT_TO_MM,
        text: words.join(''),
        words,
      });
    }
    // Reading order: top to bottom, then left to right (a line split into two boxes stays in order).
    page.lines.sort((a, b) => (Math.abs(a.yMin - b.yMin) > 1 ? a.yMin - b.yMin : a.xMin - b.xMin));
    pages.push(page);
  }
  return pages;
}

/** Run pdftotext on a PDF and parse its layout. */
export function measurePdf(pdfPath: string): PdfPage[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return parseBboxLayout(xhtml);
}

/** Merge boxes that pdftotext split but that sit on the same baseline (e.g. a unit pair on one line). */
export function visualLines(page: PdfPage): PdfLine[] {
  const out: PdfLine[] = [];
  for (const l of page.lines) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.yMin - l.yMin) < 1 && Math.abs(last.yMax - l.yMax) < 1) {
      out[out.length - 1] = {
        ...last,
        xMin: Math.min(last.xMin, l.xMin),
        xMax: Math.max(last.xMax, l.xMax),
        text: last.text + l.text,
        words: [...last.words, ...l.words],
      };
    } else out.push({ ...l });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Small page images
// ---------------------------------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * One PDF page as a 16-level grayscale PNG (a fifth of the size of pdftoppm's own PNG, and looks the same):
 * pdftoppm renders a PGM, this packs it at 4 bits a pixel.
 */
export function renderPagePng(pdfPath: string, page: number, dpi: number): Buffer {
  const pgm = execFileSync(
    'pdftoppm',
    ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdfPath],
    {
      maxBuffer: 256 << 20,
    },
  );
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not return a PGM image');
  const [, w, h] = header.map(Number);
  const pixels = pgm.subarray(header[0].length);
  const stride = Math.ceil(w / 2);
  const raw = Buffer.alloc(h * (stride + 1), 0xff);
  for (let y = 0; y < h; y++) {
    const row = y * (stride + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < w; x += 2) {
      const a = Math.round((pixels[y * w + x] * 15) / 255);
      const b = x + 1 < w ? Math.round((pixels[y * w + x + 1] * 15) / 255) : 15;
      raw[row + 1 + x / 2] = (a << 4) | b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 4; // bit depth
  ihdr[9] = 0; // grayscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * A fontconfig file (written into `dir`) with aliases so LibreOffice draws the Windows fonts, which are not on this
 * machine, with a face of the same widths: 仿宋/楷体/黑体/宋体 (and the GB2312 and WPS variants) set Chinese at one em
 * and every ASCII character at half an em, as Noto Sans Mono CJK SC does (Noto Serif CJK's Latin is proportional,
 * which would break lines with digits and half-width marks where Word does not); the title fonts take a bold serif.
 */
export function libreOfficeFontConfig(dir: string): string {
  const alias = (from: string, to: string) =>
    `<alias binding="strong"><family>${from}</family><prefer><family>${to}</family></prefer></alias>`;
  const boldAlias = (from: string, to: string) =>
    `<match target="pattern"><test name="family" compare="eq"><string>${from}</string></test>` +
    `<edit name="family" mode="assign" binding="strong"><string>${to}</string></edit>` +
    `<edit name="weight" mode="assign" binding="strong"><const>bold</const></edit></match>`;
  const fixed = ['仿宋', '仿宋_GB2312', '楷体', '楷体_GB2312', '宋体', '黑体'];
  const wps = ['方正仿宋_GBK', '方正楷体_GBK', '方正黑体_GBK', '方正书宋_GBK'];
  const xml = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    boldAlias('华文中宋', 'Noto Serif CJK SC'),
    boldAlias('方正小标宋简体', 'Noto Serif CJK SC'),
    boldAlias('方正小标宋_GBK', 'Noto Serif CJK SC'),
    ...[...fixed, ...wps].map((f) => alias(f, 'Noto Sans Mono CJK SC')),
    '</fontconfig>',
  ].join('\n');
  const file = path.join(dir, 'fonts.conf');
  writeFileSync(file, xml);
  return file;
}
