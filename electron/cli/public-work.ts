/** The public version of one report file, loaded by public-cli only when there is work to do (docx is heavy). */
import { promises as fs } from 'node:fs';
import { publicCopy, type PublicCopy } from '../core/public/redact.ts';
import { buildDocx } from '../services/docx-export.ts';
import { describeWriteError, writeFileDurable } from '../services/durable-write.ts';
import { publicFileBytes } from '../services/public-export.ts';
import { loadReport } from './check-work.ts';
import { CliError } from './cli-run.ts';

/** One finding as the JSON on stderr shows it. */
function findingJson(f: PublicCopy['findings'][number]) {
  return { kind: f.kind, label: f.label, where: f.where, text: f.text, excerpt: f.excerpt, decision: f.decision };
}

async function readWords(file: string | undefined): Promise<string[]> {
  if (!file) return [];
  try {
    return (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/);
  } catch (err) {
    throw new CliError(`无法读取敏感词文件 / cannot read the words file: ${file} (${(err as Error).message})`, 1);
  }
}

/** Scan, and write the public copy unless findings are undecided and `force` is off (then bytes is null). */
export async function exportPublic(args: {
  input: string;
  output: string;
  format: 'docx' | 'html';
  words?: string;
  force: boolean;
}) {
  const report = loadReport(args.input);
  const { report: copy, open, findings } = publicCopy(report, await readWords(args.words));
  const result = { open, findings: findings.map(findingJson) };
  if (open.length && !args.force) return { ...result, bytes: null };
  const data = await publicFileBytes(copy, args.format, (r) => buildDocx(r));
  try {
    await writeFileDurable(args.output, data);
  } catch (err) {
    throw new CliError(`无法写入 / cannot write ${args.output}: ${describeWriteError(err)}`, 1);
  }
  return { ...result, bytes: data.byteLength };
}
