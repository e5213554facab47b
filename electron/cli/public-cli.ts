/**
 * The public version (公开版) from the command line:
 *   node dist/cli/public.cjs <report.json> <out.docx|out.html> [--words <敏感词.txt>] [--version <id|stage>] [--force]
 * (`npm run public -- …`). The 保密审查 findings go to stderr as JSON: every finding with the decision stored in the
 * report (mask / remove / keep, or null). While a finding has no decision nothing is written and the exit code is 1,
 * unless --force, which writes the copy with those findings as they are. The copy is made from what the app's
 * 公开版依据 would take, from the versions kept in the data folder the report file is in: the version chosen in the
 * 保密审查, else the newest 报送稿, else the file's own text; --version names another (an id, a stage such as 报送稿,
 * or current). `basis` on stderr says which. Exit 2 for wrong arguments.
 */
import './zod-jitless.ts';
import path from 'node:path';
import { CliError, runCli } from './cli-run.ts';
import { refuseOverwrite } from './cli-files.ts';
import { argError, checkFileCount, readArgs } from './cli-args.ts';

const USAGE =
  '用法 / usage: npm run public -- <report.json> <out.docx|out.html> [--words <敏感词.txt>] [--version <id|stage>] [--force]\n' +
  '  --words    县里补充的敏感词，每行一个 / extra words to flag, one a line\n' +
  '  --version  由该版本生成（版本编号；阶段如 报送稿：该阶段最新的版本；current：报告文件本身的文字）。不加时与程序里的\n' +
  '             公开版依据相同：审查时选定的版本，否则最新的报送稿 / make it from a version (an id, a stage, or current);\n' +
  '             without it, what the app would use: the version chosen in the review, else the newest 报送稿\n' +
  '  --force    有未处理的审查发现也写出 / write even when findings are left undecided';

/** What exportPublic (public-work.ts) is asked for. */
export interface PublicArgs {
  input: string;
  output: string;
  format: 'docx' | 'html';
  words?: string;
  version?: string;
  force: boolean;
}

function parseArgs(argv: string[]): PublicArgs {
  let words: string | undefined;
  let version: string | undefined;
  let force = false;
  const files = readArgs(argv, {
    usage: USAGE,
    switches: { '--force': () => (force = true) },
    values: {
      '--words': { missing: '--words 需要一个文件 / --words needs a file', set: (v) => (words = v) },
      '--version': {
        missing: '--version 需要版本编号或阶段 / --version needs an id or a stage',
        set: (v) => (version = v),
      },
    },
  });
  checkFileCount(files, undefined, USAGE);
  const [input, output] = files;
  const ext = path.extname(output).toLowerCase();
  if (ext !== '.docx' && ext !== '.html')
    throw argError(`输出文件应以 .docx 或 .html 结尾 / the output must end in .docx or .html: ${output}`, USAGE);
  return { input, output, format: ext === '.docx' ? 'docx' : 'html', words, version, force };
}

async function run(argv: string[]): Promise<string> {
  const args = parseArgs(argv);
  refuseOverwrite(args.output, [args.input]);
  const { exportPublic } = await import('./public-work.ts');
  const { basis, open, findings, bytes } = await exportPublic(args);
  process.stderr.write(JSON.stringify({ basis, findings, open: open.length }, null, 2) + '\n');
  if (bytes === null) {
    throw new CliError(
      `未写出：还有 ${open.length} 处审查发现未处理 / not written: ${open.length} findings have no decision ` +
        '(mask, remove or keep them in the app, or pass --force)',
      1,
    );
  }
  const kb = Math.max(1, Math.round(bytes / 1024));
  const left = open.length ? `，${open.length} 处未处理 / ${open.length} left as written (--force)` : '';
  return `已导出公开版 / wrote ${path.resolve(args.output)} (${kb} KB${left})`;
}

runCli(() => run(process.argv.slice(2)), '导出公开版失败 / public export failed');
