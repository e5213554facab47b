/**
 * The preview against Word, as far as this machine can measure it: LibreOffice renders the Word export in the
 * Word reading (a copy whose w:overflowPunct says the opposite, because LibreOffice reads it inverted, so it
 * hangs nothing, as Word will not), `npm run pdf` prints the preview of the same report, and the two PDFs' text
 * lines are compared page by page.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buildDocx } from '../../electron/services/docx-export.ts';
import { MARGIN, TEXT_BLOCK } from '../../electron/core/layout.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { planDocument } from '../../electron/core/page-plan.ts';
import type { PaginationOptions } from '../../electron/core/pagination.ts';
import { layoutPages, PREVIEW_PAGINATION } from '../../renderer/preview-pages.ts';
import { libreOfficeFontConfig, measurePdf, visualLines, type PdfLine, type PdfPage } from './pdf-measure.ts';

const BLOCK_TOP = MARGIN.topMm;
const BLOCK_BOTTOM = MARGIN.topMm + TEXT_BLOCK.heightMm;
const BLOCK_LEFT = MARGIN.leftMm;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** LibreOffice on a busy machine; a few reports in one conversion. */
const LIBREOFFICE_MS = 240_000;
const PDF_MS = 120_000;

/** Each page's text lines, whitespace removed. */
export type PageLines = string[][];

const norm = (s: string) => s.replace(/\s+/g, '');

/**
 * The Word export as Word reads it, for LibreOffice: every w:overflowPunct flipped (0 ↔ 1) in every part, so
 * LibreOffice's inverted reading comes out as the file's meaning.
 */
export function wordReadingCopy(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  let flips = 0;
  for (const name of Object.keys(files)) {
    if (!/^word\/.*\.xml$/.test(name)) continue;
    const xml = strFromU8(files[name]);
    const flipped = xml.replace(/<w:overflowPunct w:val="([01])"\/>/g, (_, v: string) => {
      flips += 1;
      return `<w:overflowPunct w:val="${v === '0' ? '1' : '0'}"/>`;
    });
    files[name] = strToU8(flipped);
  }
  if (!flips) throw new Error('the Word export no longer writes w:overflowPunct: update wordReadingCopy');
  return zipSync(files);
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'], cwd: ROOT });
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => p.kill(), ms);
    p.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`${cmd} could not be started: ${e.message}`));
    });
    p.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(err);
      else reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}: ${err}`));
    });
  });
}

/** LibreOffice's text lines in the text block (the page number left out). */
function libreOfficeLines(pages: PdfPage[]): PageLines {
  return pages.map((p) =>
    visualLines({ ...p, lines: p.lines.filter((l) => l.yMin < BLOCK_BOTTOM) }).map((l) => norm(l.text)),
  );
}

/**
 * LibreOffice sets a fifth of an em between Chinese and Latin letters or digits whatever w:autoSpaceDE/DN say (its
 * .docx import ignores them); Word with the values the export writes sets none. The flat ODT LibreOffice makes of
 * the copy says so with style:text-autospace, which LibreOffice does read: turned off here.
 */
export function noAutospace(fodt: string): string {
  const out = fodt.replace(/style:text-autospace="[^"]*"/g, 'style:text-autospace="none"');
  if (out === fodt) throw new Error('the flat ODT has no style:text-autospace: update noAutospace');
  return out;
}

/**
 * Export each report and write its Word-reading copy; LibreOffice turns the copies into flat ODT (one run), the
 * automatic space is turned off in them, and a second run renders them (the Windows preset's fonts drawn with the
 * faces of libreOfficeFontConfig). Returns each report's lines by name.
 */
export async function libreOfficeWordLines(
  reports: ReadonlyArray<readonly [string, Report]>,
  dir: string,
): Promise<Record<string, { lines: PageLines; pages: PdfPage[] }>> {
  const lo = path.join(dir, 'libreoffice');
  mkdirSync(lo, { recursive: true });
  const docx: string[] = [];
  for (const [name, report] of reports) {
    const file = path.join(lo, `${name}.docx`);
    writeFileSync(file, wordReadingCopy(await buildDocx(report, { fontPreset: 'windows', boldHeadings: false })));
    docx.push(file);
  }
  const env = { ...process.env, FONTCONFIG_FILE: libreOfficeFontConfig(lo) };
  const soffice = (to: string, files: string[]) =>
    run(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(lo, 'profile')}`,
        '--headless',
        '--convert-to',
        to,
        '--outdir',
        lo,
        ...files,
      ],
      env,
      LIBREOFFICE_MS,
    );
  await soffice('fodt', docx);
  const fodt = reports.map(([name]) => path.join(lo, `${name}.fodt`));
  for (const f of fodt) {
    if (!existsSync(f)) throw new Error(`LibreOffice did not produce ${path.basename(f)}`);
    writeFileSync(f, noAutospace(readFileSync(f, 'utf8')));
  }
  await soffice('pdf', fodt);
  const out: Record<string, { lines: PageLines; pages: PdfPage[] }> = {};
  for (const [name] of reports) {
    const pdf = path.join(lo, `${name}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not produce ${name}.pdf`);
    const pages = measurePdf(pdf);
    out[name] = { lines: libreOfficeLines(pages), pages };
  }
  return out;
}

const mid = (l: PdfLine) => (l.yMin + l.yMax) / 2;

/** The draft watermark: the rotated 草稿, whose glyphs pdftotext gives as tall lines of their own. */
const isWatermark = (l: PdfLine) => /^[草稿]+$/.test(norm(l.text)) && l.yMax - l.yMin > 15;

/** The preview PDF's text lines in the text block (no page number, line numbers or watermark). */
export function previewLines(pages: PdfPage[]): PageLines {
  return pages.map((p) => {
    const lines = p.lines.filter(
      (l) => mid(l) > BLOCK_TOP && mid(l) < BLOCK_BOTTOM && l.xMin >= BLOCK_LEFT - 1 && !isWatermark(l),
    );
    return visualLines({ ...p, lines }).map((l) => norm(l.text));
  });
}

/**
 * `npm run pdf` (dist/cli/pdf.cjs, built by npm run build) of a report file, measured. Chromium gets the same
 * fontconfig aliases as LibreOffice, so both draw 仿宋/楷体/黑体/宋体 with Noto Sans Mono CJK SC (the lines are
 * the preview's own either way; the face only decides the glyphs and whether a line needs squeezing).
 */
export async function previewPdfLines(reportJson: string, pdf: string): Promise<PageLines> {
  const cli = path.join(ROOT, 'dist/cli/pdf.cjs');
  if (!existsSync(cli)) throw new Error('dist/cli/pdf.cjs is missing: run npm run build first');
  const fonts = path.join(path.dirname(pdf), 'chromium-fonts');
  mkdirSync(fonts, { recursive: true });
  const env = { ...process.env, FONTCONFIG_FILE: libreOfficeFontConfig(fonts) };
  await run(process.execPath, [cli, reportJson, pdf], env, PDF_MS);
  return previewLines(measurePdf(pdf));
}

/** The lines the preview draws, straight from its layout (what `npm run pdf` prints), under `options`. */
export function layoutLines(report: Report, options: PaginationOptions = PREVIEW_PAGINATION): PageLines {
  const layout = layoutPages(planDocument(report, { boldHeadings: false }), options);
  return layout.pages.map((p) => p.lines.filter((l) => l.text || l.hang).map((l) => norm(l.text + l.hang)));
}

export interface LineDiff {
  page: number;
  /** row of the LibreOffice line on its page (0-based), or of the preview's when LibreOffice has none */
  row: number;
  lo: string;
  pv: string;
}

export interface Comparison {
  /** lines set identically on the same page (a longest common subsequence of each page's lines) */
  same: number;
  /** the larger of the two line counts, summed over pages */
  total: number;
  pagesEqual: boolean;
  diffs: LineDiff[];
}

/** Longest common subsequence of two lists of lines, as index pairs. */
function lcs(a: string[], b: string[]): Array<[number, number]> {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      t[i][j] = a[i] === b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  const out: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if (t[i + 1][j] >= t[i][j + 1]) i++;
    else j++;
  }
  return out;
}

/** Compare page by page; lines between two matches are paired in order and listed as differences. */
export function compareLines(lo: PageLines, pv: PageLines): Comparison {
  let same = 0;
  let total = 0;
  const diffs: LineDiff[] = [];
  for (let p = 0; p < Math.max(lo.length, pv.length); p++) {
    const a = lo[p] ?? [];
    const b = pv[p] ?? [];
    total += Math.max(a.length, b.length);
    const pairs = [...lcs(a, b), [a.length, b.length] as [number, number]];
    same += pairs.length - 1;
    let i = 0;
    let j = 0;
    for (const [mi, mj] of pairs) {
      for (let k = 0; k < Math.max(mi - i, mj - j); k++) {
        diffs.push({
          page: p + 1,
          row: i + k < mi ? i + k : j + k,
          lo: i + k < mi ? a[i + k] : '',
          pv: j + k < mj ? b[j + k] : '',
        });
      }
      i = mi + 1;
      j = mj + 1;
    }
  }
  return { same, total, pagesEqual: lo.length === pv.length, diffs };
}
