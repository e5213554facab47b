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
import { CliError, runCli } from './cli-run.ts';
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
  const files: string[] = [];
  let draft = false;
  let bold = false;
  let preset: FontPresetId = 'windows';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--draft') draft = true;
    else if (a === '--bold') bold = true;
    else if (a === '--preset' || a.startsWith('--preset=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!FONT_PRESET_IDS.includes(v as FontPresetId)) {
        throw new CliError(
          `字体方案只能是 ${FONT_PRESET_IDS.join('、')} / --preset must be one of them (got ${v ?? 'nothing'})\n${USAGE}`,
          2,
        );
      }
      preset = v as FontPresetId;
    } else if (a === '-h' || a === '--help') throw new CliError(USAGE, 2);
    else if (a.startsWith('-')) throw new CliError(`未知选项 / unknown option: ${a}\n${USAGE}`, 2);
    else files.push(a);
  }
  if (files.length !== 2)
    throw new CliError(`需要输入和输出两个文件 / expected an input and an output file\n${USAGE}`, 2);
  if (!/\.pdf$/i.test(files[1]))
    throw new CliError(`输出文件应以 .pdf 结尾 / the output should end in .pdf\n${USAGE}`, 2);
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
