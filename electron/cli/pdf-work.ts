/**
 * `npm run pdf`'s work, loaded only when there is a report to print: the report into the print page
 * (dist/cli/print.js, the app's Preview alone), laid out in headless Chromium, printed with the page's own CSS.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS } from '../core/settings.ts';
import { substitutionNote } from '../core/fonts.ts';
import { signatureAloneWarning } from '../core/pagination.ts';
import { planDocument } from '../core/page-plan.ts';
import { listInstalledFonts } from '../services/font-list.ts';
import { CliError } from './cli-run.ts';
import { writeOutput } from './cli-files.ts';
import { readReportFile } from './docx-work.ts';
import type { PdfArgs } from './pdf-cli.ts';

/** A JSON text that can stand inside a <script> element. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((c): c is string => !!c && existsSync(c));
}

export async function printPdf(args: PdfArgs): Promise<{ pages: number; bytes: number; notes: string[] }> {
  const report = await readReportFile(args.input);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const [js, css] = await Promise.all(
    ['print.js', 'preview.css'].map((f) =>
      fs.readFile(path.join(here, f), 'utf8').catch(() => {
        throw new CliError(`缺少 ${f}，请先运行 npm run build / ${f} is missing: run npm run build first`, 1);
      }),
    ),
  );
  const installedFonts = await listInstalledFonts();
  const settings = { ...DEFAULT_SETTINGS, fontPreset: args.preset, boldHeadings: args.bold };
  const input = { report, settings, savedAt: report.updatedAt, draft: args.draft, installedFonts };
  const html =
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css}</style></head><body>` +
    `<div id="app"></div><script type="application/json" id="print-input">${scriptJson(input)}</script>` +
    `<script>${js.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;

  const { chromium } = await import('playwright-core');
  let browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  } catch (err) {
    throw new CliError(`无法启动 Chromium / cannot start Chromium (set CHROMIUM_PATH): ${(err as Error).message}`, 1);
  }
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html);
    await page.waitForSelector('.preview-view.ready', { timeout: 120_000 });
    const pages = await page.locator('.pv-page').count();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await writeOutput(args.output, pdf);
    const notes = [
      signatureAloneWarning(planDocument(report, { boldHeadings: args.bold })),
      substitutionNote(args.preset, installedFonts.length ? installedFonts : undefined),
    ].filter((n): n is string => !!n);
    return { pages, bytes: pdf.byteLength, notes };
  } finally {
    await browser.close();
  }
}
