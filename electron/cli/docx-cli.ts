/**
 * Word export from the command line:
 *   node dist/cli/docx.cjs <report.json> <out.docx> [--preset windows|gb2312|uos] [--bold]
 *   node dist/cli/docx.cjs <report.json|folder>... --out-dir <folder> [--preset …] [--bold]
 * (`npm run docx -- …`). Exit codes: 0 written, 1 a report or an output file is at fault (in a batch: any input),
 * 2 wrong arguments. Errors go to stderr in Chinese and English; each output is written atomically or not at all.
 */
import './zod-jitless.ts';
import path from 'node:path';
import type { ExportOptions } from '../services/docx-export.ts';
import { FONT_PRESET_IDS, type FontPresetId } from '../core/fonts.ts';
import { CliError, runCli } from './cli-run.ts';
import { refuseOverwrite } from './cli-files.ts';
import { renamed, runBatch } from './batch.ts';

const USAGE =
  '用法 / usage: npm run docx -- <report.json> <out.docx> [--preset windows|gb2312|uos] [--bold]\n' +
  '       npm run docx -- <report.json|文件夹 folder>... --out-dir <输出文件夹 folder> [--preset …] [--bold]';

interface Args {
  files: string[];
  outDir?: string;
  options: ExportOptions;
}

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  let outDir: string | undefined;
  const options: ExportOptions = { fontPreset: 'windows', boldHeadings: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    if (a === '--bold') options.boldHeadings = true;
    else if (a === '--preset' || a.startsWith('--preset=')) {
      const v = value();
      if (!FONT_PRESET_IDS.includes(v as FontPresetId)) {
        throw new CliError(
          `字体方案只能是 ${FONT_PRESET_IDS.join('、')} / --preset must be one of them (got ${v ?? 'nothing'})\n${USAGE}`,
          2,
        );
      }
      options.fontPreset = v as FontPresetId;
    } else if (a === '--out-dir' || a.startsWith('--out-dir=')) {
      outDir = value();
      if (!outDir) throw new CliError(`--out-dir 需要一个文件夹 / --out-dir needs a folder\n${USAGE}`, 2);
    } else if (a === '-h' || a === '--help') throw new CliError(USAGE, 2);
    else if (a.startsWith('-') && a !== '-') throw new CliError(`未知选项 / unknown option: ${a}\n${USAGE}`, 2);
    else files.push(a);
  }
  if (outDir !== undefined && !files.length) throw new CliError(`缺少输入文件 / no input files given\n${USAGE}`, 2);
  if (outDir === undefined && files.length !== 2)
    throw new CliError(`需要输入和输出两个文件 / expected an input and an output file\n${USAGE}`, 2);
  return { files, outDir, options };
}

async function run(argv: string[]): Promise<string> {
  const { files, outDir, options } = parseArgs(argv);
  const style = `${options.fontPreset}${options.boldHeadings ? ', bold headings' : ''}`;
  if (outDir !== undefined) {
    const { exportFile } = await import('./docx-work.ts');
    return runBatch({
      args: files,
      outDir,
      extensions: ['.json'],
      outName: (input) => renamed(input, '.docx'),
      work: async (input, output) => {
        const { review } = await exportFile(input, output, options);
        return review.length ? `导出前请核对 ${review.length} 项 / ${review.length} items to review` : '';
      },
    });
  }
  const [input, output] = files;
  refuseOverwrite(output, [input]);
  const { exportFile } = await import('./docx-work.ts');
  const { review, bytes } = await exportFile(input, output, options);
  if (review.length)
    process.stderr.write(`导出前请核对 / review before sending:\n${review.map((l) => `  - ${l}`).join('\n')}\n`);
  const kb = Math.max(1, Math.round(bytes / 1024));
  return `已导出 / wrote ${path.resolve(output)} (${kb} KB, ${style})`;
}

runCli(() => run(process.argv.slice(2)), '导出失败 / export failed');
