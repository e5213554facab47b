/** The public version of one report file, loaded by public-cli only when there is work to do (docx is heavy). */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { publicCopy, type PublicCopy } from '../core/public/redact.ts';
import { publicSourceText } from '../core/public/source.ts';
import type { Report } from '../core/report-model.ts';
import { versionsAsset, versionTitle } from '../core/versions/model.ts';
import { VERSIONS_DIR, VersionStore } from '../services/versions.ts';
import { buildDocx } from '../services/docx-export.ts';
import { publicFileBytes } from '../services/public-export.ts';
import { loadReport } from './check-work.ts';
import { CliError } from './cli-run.ts';
import { writeOutput } from './cli-files.ts';
import type { PublicArgs } from './public-cli.ts';

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

/**
 * The version `which` (its id, or a stage such as 报送稿 / filed for the newest of that stage) of the report in
 * `input`, from the data folder the report file is in: …/reports/<name>.json has its versions in …/versions/<name>/.
 */
function loadVersion(input: string, report: Report, which: string): Report {
  const root = path.join(path.dirname(path.dirname(path.resolve(input))), VERSIONS_DIR);
  const store = new VersionStore(
    root,
    async () => undefined,
    () => new Date(),
  );
  const list = store.list(report.id);
  if (!list.length) {
    throw new CliError(
      `找不到该报告的版本（报告文件须在数据文件夹的 reports/ 里）/ no versions of this report in ${root} ` +
        "(the report file must be in a data folder's reports/)",
      1,
    );
  }
  const stage = versionsAsset.stages.find((s) => s.id === which || s.label === which);
  const meta = list.find((m) => m.id === which) ?? (stage && list.find((m) => m.stage === stage.id));
  if (!meta) {
    const known = list.map((m) => `${m.id} ${versionTitle(m)}`).join('; ');
    throw new CliError(`没有这个版本 / no such version: ${which} (${known})`, 1);
  }
  try {
    return store.get(report.id, meta.id);
  } catch (err) {
    throw new CliError(`${(err as Error).message} / cannot read version ${meta.id}`, 1);
  }
}

/**
 * Scan, and write the public copy unless findings are undecided and `force` is off (then bytes is null). With
 * `version`, the copy is made from that version's text with the report's own decisions; the version is not changed.
 */
export async function exportPublic(args: PublicArgs) {
  const report = loadReport(args.input);
  const source = publicSourceText(report, args.version ? loadVersion(args.input, report, args.version) : null);
  const { report: copy, open, findings } = publicCopy(source, await readWords(args.words));
  const result = { open, findings: findings.map(findingJson) };
  if (open.length && !args.force) return { ...result, bytes: null };
  const data = await publicFileBytes(copy, args.format, (r) => buildDocx(r));
  await writeOutput(args.output, data);
  return { ...result, bytes: data.byteLength };
}
