/**
 * The command line as a user runs it, whole process against pandoc, measured side by side (runs alternate, so a
 * busy machine slows both alike): one file, and a batch of 20 in one process against a loop of 20 pandoc runs.
 * pandoc gets the same report as Markdown. Uses the built bundle (dist/cli/docx.cjs; `npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { documentBlocks } from '../../electron/core/document.ts';
import type { Report } from '../../electron/core/report-model.ts';

export interface CliRow {
  name: string;
  value: number;
  unit: string;
  target?: number;
}

/** The report as Markdown with the same headings and paragraphs, for pandoc. */
export function reportMarkdown(report: Report): string {
  return documentBlocks(report)
    .map((b) => {
      if (b.type === 'title') return `# ${b.lines.join(' ')}`;
      if (b.type === 'heading') return `${'#'.repeat(b.depth + 1)} ${b.number}${b.text}`;
      if (b.type === 'paragraph' || b.type === 'recipient') return b.text;
      if (b.type === 'attachments') return b.items.join('\n\n');
      return [...b.units, b.date].join('\n\n');
    })
    .join('\n\n');
}

/** Wall time of one process, in ms; throws when it fails. */
function timed(cmd: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};

/** Run each contender `n` times, alternating, after one warm-up each (file cache); medians in ms. */
function sideBySide(n: number, runs: Array<() => number>): number[] {
  for (const run of runs) run();
  const times = runs.map(() => [] as number[]);
  for (let i = 0; i < n; i++) runs.forEach((run, k) => times[k].push(run()));
  return times.map(median);
}

export function benchCli(report: Report, reportFile: string): CliRow[] {
  const bundle = path.resolve('dist/cli/docx.cjs');
  if (!existsSync(bundle)) throw new Error('dist/cli/docx.cjs is missing: run npm run build first');
  if (spawnSync('pandoc', ['--version']).status !== 0) {
    console.log('pandoc is not installed: the command-line comparison is left out.');
    return [];
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-cli-bench-'));
  const md = path.join(dir, 'r.md');
  writeFileSync(md, reportMarkdown(report));
  const rows: CliRow[] = [];
  const add = (name: string, value: number, unit = 'ms', target?: number) =>
    rows.push({ name, value: Math.round(value * 100) / 100, unit, target });

  const [ours, pandoc, tsx] = sideBySide(10, [
    () => timed(process.execPath, [bundle, reportFile, path.join(dir, 'o.docx')]),
    () => timed('pandoc', [md, '-o', path.join(dir, 'p.docx')]),
    // How `npm run docx` ran before the bundles (without npm's own start-up), for comparison.
    () =>
      timed(process.execPath, ['--import', 'tsx', 'electron/cli/docx-cli.ts', reportFile, path.join(dir, 't.docx')]),
  ]);
  add('CLI docx, demo, one file: node dist/cli/docx.cjs', ours);
  add('CLI docx, demo, one file: pandoc Markdown → .docx', pandoc);
  add('CLI docx, demo, one file: node --import tsx (before)', tsx);
  add('CLI one file: ours ÷ pandoc', ours / pandoc, '×', 3);

  const inputs = path.join(dir, 'in');
  mkdirSync(inputs);
  for (let i = 1; i <= 20; i++) {
    copyFileSync(reportFile, path.join(inputs, `r${String(i).padStart(2, '0')}.json`));
    copyFileSync(md, path.join(inputs, `r${String(i).padStart(2, '0')}.md`));
  }
  const pandocLoop = () => {
    let ms = 0;
    for (let i = 1; i <= 20; i++) {
      const name = `r${String(i).padStart(2, '0')}`;
      ms += timed('pandoc', [path.join(inputs, `${name}.md`), '-o', path.join(dir, 'pout', `${name}.docx`)]);
    }
    return ms;
  };
  mkdirSync(path.join(dir, 'pout'));
  const [batch, loop] = sideBySide(3, [
    () => timed(process.execPath, [bundle, inputs, '--out-dir', path.join(dir, 'out')]),
    pandocLoop,
  ]);
  add('CLI docx, 20 files: one batch process (--out-dir)', batch);
  add('CLI docx, 20 files: a loop of 20 pandoc runs', loop);
  add('CLI 20 files: ours ÷ pandoc', batch / loop, '×', 1);
  rmSync(dir, { recursive: true, force: true });
  return rows;
}
