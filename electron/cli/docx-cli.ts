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
import { runCli } from './cli-run.ts';
import { checkFileCount, readArgs } from './cli-args.ts';
import { presetArg } from './preset-arg.ts';
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
  let outDir: string | undefined;
  const options: ExportOptions = { fontPreset: 'windows', boldHeadings: false };
  const files = readArgs(argv, {
    usage: USAGE,
    inline: true,
    switches: { '--bold': () => (options.boldHeadings = true) },
    values: {
      '--preset': { check: (v) => (options.fontPreset = presetArg(v, USAGE)) },
      '--out-dir': { missing: '--out-dir 需要一个文件夹 / --out-dir needs a folder', set: (v) => (outDir = v) },
    },
  });
  checkFileCount(files, outDir, USAGE);
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
