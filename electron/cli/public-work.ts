/** The public version of one report file, loaded by public-cli only when there is work to do (docx is heavy). */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { publicCopy, type PublicCopy } from '../core/public/redact.ts';
import { publicSourceId, publicSourceText } from '../core/public/source.ts';
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

/** The versions kept for `report` in the data folder its file is in: …/reports/<name>.json → …/versions/<name>/. */
function versionsOf(input: string, report: Report) {
  const root = path.join(path.dirname(path.dirname(path.resolve(input))), VERSIONS_DIR);
  const store = new VersionStore(
    root,
    async () => undefined,
    () => new Date(),
  );
  return { root, store, list: store.list(report.id) };
}

function readVersion(kept: ReturnType<typeof versionsOf>, reportId: string, id: string): Report {
  try {
    return kept.store.get(reportId, id);
  } catch (err) {
    throw new CliError(`${(err as Error).message} / cannot read version ${id}`, 1);
  }
}

/** `--version current` (当前): the report file's own text, as the app's 公开版依据 “当前的文字”. */
const CURRENT = ['current', '当前', '当前的文字'];

/** The version `which` names: its id, or a stage such as 报送稿 / filed (the newest of that stage). */
function namedVersion(input: string, report: Report, which: string): Report {
  const kept = versionsOf(input, report);
  if (!kept.list.length) {
    throw new CliError(
      `找不到该报告的版本（报告文件须在数据文件夹的 reports/ 里）/ no versions of this report in ${kept.root} ` +
        "(the report file must be in a data folder's reports/)",
      1,
    );
  }
  const stage = versionsAsset.stages.find((s) => s.id === which || s.label === which);
  const meta = kept.list.find((m) => m.id === which) ?? (stage && kept.list.find((m) => m.stage === stage.id));
  if (!meta) {
    const known = kept.list.map((m) => `${m.id} ${versionTitle(m)}`).join('; ');
    throw new CliError(`没有这个版本 / no such version: ${which} (${known})`, 1);
  }
  return readVersion(kept, report.id, meta.id);
}

/**
 * What the copy is made from, as the app's 公开版依据: the version `--version` names; else the one chosen in the
 * 保密审查 while it is kept, else the newest 报送稿; the file's own text when there is none (or outside a data folder).
 */
function publicBasis(args: PublicArgs, report: Report): { version: Report | null; basis: string } {
  if (args.version && CURRENT.includes(args.version)) return { version: null, basis: '当前的文字 / the file’s text' };
  if (args.version) {
    const version = namedVersion(args.input, report, args.version);
    return { version, basis: args.version };
  }
  const kept = versionsOf(args.input, report);
  const choice = publicSourceId(report, kept.list);
  const meta = kept.list.find((m) => m.id === choice.id);
  const gone = choice.missing ? '（所选版本已不在，改用默认 / the chosen version is gone: the default is used）' : '';
  if (!meta) return { version: null, basis: `当前的文字 / the file’s text${gone}` };
  return { version: readVersion(kept, report.id, meta.id), basis: `${versionTitle(meta)} ${meta.id}${gone}` };
}

/**
 * Scan, and write the public copy unless findings are undecided and `force` is off (then bytes is null). The copy is
 * made from the text publicBasis names, with the report's own decisions; a version is never changed.
 */
export async function exportPublic(args: PublicArgs) {
  const report = loadReport(args.input);
  const { version, basis } = publicBasis(args, report);
  const { report: copy, open, findings } = publicCopy(publicSourceText(report, version), await readWords(args.words));
  const result = { basis, open, findings: findings.map(findingJson) };
  if (open.length && !args.force) return { ...result, bytes: null };
  const data = await publicFileBytes(copy, args.format, (r) => buildDocx(r));
  await writeOutput(args.output, data);
  return { ...result, bytes: data.byteLength };
}
