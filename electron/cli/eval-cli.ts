/**
 * npm run eval -- <corpus folder> [--json <out.json>]
 * Measures the reviewer on a labelled corpus (labels.json + texts/): runs the real import and the real check on
 * every text and prints agreement with the labels per item and overall, chief in three states, the year, the
 * labelled slips caught and every finding the labels do not explain. A tool, not part of `npm test`; the corpus
 * is always given as an argument. Then the county 汇总 on the same texts and the demo (eval-county.ts). Exit codes: 0 done, 1 the folder is absent or not a corpus, 2 wrong arguments.
 */
import './zod-jitless.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { parseReportText, ImportError } from '../core/import/index.ts';
import { measureImport, sumImport, type ImportTally } from '../core/eval/import-measure.ts';
import { buildDocx } from '../services/docx-export.ts';
import { checkReport } from '../core/check.ts';
import { PART_OF_KEY, parseCorpusLabels, type CorpusLabels } from '../core/eval/labels.ts';
import { scoreCorpus, type TextOutcome } from '../core/eval/score.ts';
import { formatEval } from '../core/eval/print.ts';
import { CliError, runCli } from './cli-run.ts';
import { refuseOverwrite, writeOutput } from './cli-files.ts';
import { argError, readArgs } from './cli-args.ts';

const USAGE = '用法 / usage: npm run eval -- <语料文件夹 / corpus folder> [--json <结果.json>]';

function parseArgs(argv: string[]): { folder: string; json?: string } {
  let json: string | undefined;
  const [folder] = readArgs(argv, {
    usage: USAGE,
    values: { '--json': { missing: '--json 后面缺少文件名 / --json needs a file', set: (v) => (json = v) } },
    other: (a, files) => {
      if (a.startsWith('--')) throw argError(`未知参数 / unknown option: ${a}`, USAGE);
      if (files.length) throw argError(`多余的参数 / extra argument: ${a}`, USAGE);
      files.push(a);
    },
  });
  if (!folder) throw argError('缺少语料文件夹 / no corpus folder given', USAGE);
  return { folder, json };
}

/** The corpus's labels; a clear error when the folder is absent or is not a corpus. */
function readLabels(folder: string): CorpusLabels {
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new CliError(`找不到语料文件夹 / corpus folder not found: ${folder}`, 1);
  const file = path.join(folder, 'labels.json');
  if (!existsSync(file) || !existsSync(path.join(folder, 'texts')))
    throw new CliError(
      `不是评测语料（缺少 labels.json 或 texts/）/ not a corpus (no labels.json or texts/): ${folder}`,
      1,
    );
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(`labels.json 不是有效的 JSON / is not valid JSON: ${(e as Error).message}`, 1);
  }
  const parsed = parseCorpusLabels(data);
  if (!parsed.ok)
    throw new CliError(`labels.json 格式不对 / labels.json is not a corpus's labels: ${parsed.reason}`, 1);
  if (!Object.keys(parsed.labels).length) throw new CliError(`labels.json 是空的 / labels.json is empty`, 1);
  return parsed.labels;
}

function readText(folder: string, file: string): string {
  const p = path.join(folder, 'texts', file);
  try {
    return readFileSync(p, 'utf8');
  } catch (e) {
    throw new CliError(`无法读取语料文本 / cannot read ${p}: ${(e as Error).message}`, 1);
  }
}

/** The unfinished last sentence of a text that stops mid-sentence (an excerpt), else undefined. */
function cutTail(text: string): string | undefined {
  const t = text.trimEnd();
  return /[。！？；;!?”）)]$/.test(t) ? undefined : t.slice(-60);
}

/** The text of the Word file the app exports for a report (the real export, read back as a reader would). */
async function exportedText(report: Parameters<typeof buildDocx>[0]): Promise<string> {
  const bytes = await buildDocx(report, { fontPreset: 'windows', boldHeadings: false });
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}

/** The real import, the real check and the real Word export on one text. */
async function review(
  file: string,
  text: string,
  labels: CorpusLabels[string],
): Promise<{ outcome: TextOutcome; tally?: ImportTally }> {
  try {
    const { report, mapping } = parseReportText(text);
    const tally = measureImport(text, mapping, await exportedText(report));
    const { checklist, findings } = checkReport(report);
    const keyOf = new Map(report.sections.map((s) => [s.id, s.key]));
    // A grouped finding (全文 N 处…) is judged place by place, as a reader of the list would.
    const placed = findings
      .flatMap((f) => f.places ?? [f])
      .map((f) => {
        const key = f.field === 'section' && f.sectionId ? keyOf.get(f.sectionId) : undefined;
        return key && PART_OF_KEY[key] ? { ...f, part: PART_OF_KEY[key] } : f;
      });
    return {
      outcome: {
        file,
        labels,
        year: report.year,
        checklist,
        findings: placed,
        cutTail: cutTail(text),
        listed: findings.length,
      },
      tally,
    };
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    return { outcome: { file, labels, checklist: [], findings: [], error: err.message } };
  }
}

/** The import's own figures: headings left as the author's own sections, and the round trip to Word. */
function formatImport(tallies: Array<{ file: string; tally: ImportTally }>): string {
  const t = sumImport(tallies.map((x) => x.tally));
  const pct = (a: number, b: number) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(1) : '0'}%)`;
  const out = [
    '',
    'import:',
    `headings with no mandated part (custom)       ${pct(t.unclassified, t.headings)}`,
    `headings kept as the author's own sections    ${pct(t.ownSections, t.headings)}`,
    `sentences in → found in the exported .docx    ${pct(t.sentencesFound, t.sentences)}`,
    `texts losing a sentence                       ${t.textsLosing}`,
    `page-noise lines removed by default (listed)  ${t.noiseLines}`,
  ];
  for (const { file, tally } of tallies) for (const s of tally.lost) out.push(`  lost ${file}: ${s}`);
  return out.join('\n');
}

async function main(argv: string[]): Promise<string> {
  const { folder, json } = parseArgs(argv);
  const labels = readLabels(folder);
  if (json)
    refuseOverwrite(json, [
      path.join(folder, 'labels.json'),
      ...Object.keys(labels).map((f) => path.join(folder, 'texts', f)),
    ]);
  const reviewed: Array<Awaited<ReturnType<typeof review>> & { file: string }> = [];
  for (const file of Object.keys(labels).sort())
    reviewed.push({ file, ...(await review(file, readText(folder, file), labels[file])) });
  const result = scoreCorpus(reviewed.map((r) => r.outcome));
  const tallies = reviewed.flatMap((r) => (r.tally ? [{ file: r.file, tally: r.tally }] : []));
  if (json) {
    const importFigures = { ...sumImport(tallies.map((x) => x.tally)), perText: tallies };
    await writeOutput(json, JSON.stringify({ ...result, import: importFigures }, null, 2) + '\n');
  }
  const { countyEval } = await import('./eval-county.ts');
  const demo = path.resolve('assets/demo-report.json');
  return formatEval(result) + formatImport(tallies) + (await countyEval(folder, existsSync(demo) ? [demo] : []));
}

runCli(() => main(process.argv.slice(2)), '评测失败 / eval failed');
