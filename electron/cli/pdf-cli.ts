/**
 * The print preview as a PDF from the command line, through the same preview pages the app prints (headless
 * Chromium via Playwright):
 *   node dist/cli/pdf.cjs <report.json> <out.pdf> [--draft] [--preset windows|gb2312|uos] [--bold]
 * (`npm run pdf -- …`). Exit codes: 0 written, 1 the report or the output is at fault, 2 wrong arguments.
 * Chromium: CHROMIUM_PATH, else /usr/bin/chromium (Debian), else Playwright's own download.
 */
import './zod-jitless.ts';
import path from 'node:path';
import { FONT_PRESET_IDS, type FontPresetId } from '../core/fonts.ts';
import { runCli } from './cli-run.ts';
import { argError, checkFileCount, readArgs, unknownOption } from './cli-args.ts';
import { presetArg } from './preset-arg.ts';
import { refuseOverwrite } from './cli-files.ts';

const USAGE = `用法 / usage: npm run pdf -- <report.json> <out.pdf> [--draft] [--preset ${FONT_PRESET_IDS.join('|')}] [--bold]`;

export interface PdfArgs {
  input: string;
  output: string;
  draft: boolean;
  preset: FontPresetId;
  bold: boolean;
}

function parseArgs(argv: string[]): PdfArgs {
  let draft = false;
  let bold = false;
  let preset: FontPresetId = 'windows';
  const files = readArgs(argv, {
    usage: USAGE,
    inline: true,
    switches: { '--draft': () => (draft = true), '--bold': () => (bold = true) },
    values: { '--preset': { check: (v) => (preset = presetArg(v, USAGE)) } },
    // Here even `-` alone is an option, not a file.
    other: (a, files) => {
      if (a.startsWith('-')) throw unknownOption(a, USAGE);
      files.push(a);
    },
  });
  checkFileCount(files, undefined, USAGE);
  if (!/\.pdf$/i.test(files[1])) throw argError('输出文件应以 .pdf 结尾 / the output should end in .pdf', USAGE);
  return { input: files[0], output: files[1], draft, preset, bold };
}

async function run(argv: string[]): Promise<string> {
  const args = parseArgs(argv);
  refuseOverwrite(args.output, [args.input]);
  const { printPdf } = await import('./pdf-work.ts');
  const { pages, bytes, notes } = await printPdf(args);
  for (const n of notes) process.stderr.write(`注意 / note: ${n}\n`);
  const kb = Math.max(1, Math.round(bytes / 1024));
  return `已导出 / wrote ${path.resolve(args.output)} (${pages} 页 / pages, ${kb} KB${args.draft ? ', 草稿 draft' : ''})`;
}

runCli(() => run(process.argv.slice(2)), '导出 PDF 失败 / PDF export failed');
