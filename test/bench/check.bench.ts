/**
 * Timing of the checks the editor runs on every change: checklist + lint, median of 50 runs after warm-up,
 * on the demo report, on a report of about 40,000 characters and on the demo repeated 50 times.
 * Run directly: node --import tsx test/bench/check.bench.ts
 */
import { pathToFileURL } from 'node:url';
import type { Report } from '../../electron/core/report-model.ts';
import { evaluateChecklist } from '../../electron/core/checklist/index.ts';
import { lintReport } from '../../electron/core/lint/index.ts';
import { checkReport } from '../../electron/core/check.ts';
import { reportChars } from '../../electron/core/text.ts';
import { demoReport, longReport } from '../fixtures/docx-reports.ts';

const TARGET_MS = 10;
const RUNS = 50;
/** Warm-up until the JIT has settled: at least this many runs and this many milliseconds. */
const WARMUP_RUNS = 30;
const WARMUP_MS = 300;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function time(fn: () => void): number {
  const until = performance.now() + WARMUP_MS;
  for (let i = 0; i < WARMUP_RUNS || performance.now() < until; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

export async function benchCheck(): Promise<Array<{ name: string; ms: number; target: number }>> {
  const demo = demoReport();
  // Every section's paragraphs repeated until the report holds 40,000 characters.
  let times = 2;
  while (reportChars(longReport(times)) < 40_000) times += 1;
  const big = longReport(times);
  const fifty = longReport(50);
  const lastYear = structuredClone(big);
  const today = new Date(2025, 1, 1);
  // What the editor runs: one call that reads the report once.
  const check = (r: Report, previous?: Report) => () => checkReport(r, { previous, today });
  // The two public functions one after the other (each reads the report itself).
  const separate = (r: Report) => () => {
    evaluateChecklist(r);
    lintReport(r, { today });
  };
  return [
    { name: `check: demo report (${reportChars(demo)} chars)`, ms: time(check(demo)), target: TARGET_MS },
    { name: `check: 40k report (${reportChars(big)} chars)`, ms: time(check(big)), target: TARGET_MS },
    { name: 'check: 40k report, evaluateChecklist + lintReport', ms: time(separate(big)), target: TARGET_MS },
    { name: 'check: 40k report + last year (40k) for 照搬上年', ms: time(check(big, lastYear)), target: TARGET_MS },
    { name: `check: demo ×50 (${reportChars(fifty)} chars)`, ms: time(check(fifty)), target: TARGET_MS },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void benchCheck().then((rows) => {
    const w = Math.max(...rows.map((r) => r.name.length));
    console.log(`${'benchmark'.padEnd(w)}  ${'median'.padStart(9)}  ${'target'.padStart(8)}  ok`);
    for (const r of rows) {
      console.log(
        `${r.name.padEnd(w)}  ${r.ms.toFixed(2).padStart(6)} ms  ${String(r.target).padStart(5)} ms  ${r.ms <= r.target ? 'yes' : 'NO'}`,
      );
    }
  });
}
