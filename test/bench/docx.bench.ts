/**
 * Word export speed, in process: the demo report and the demo with every section's paragraphs repeated 10×.
 * Median of 20 runs after warm-up. Run directly to print a table:
 *   node --import tsx test/bench/docx.bench.ts
 */
import { pathToFileURL } from 'node:url';
import { buildDocx } from '../../electron/services/docx-export.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { demoReport, longReport } from '../fixtures/docx-reports.ts';

export interface BenchResult {
  name: string;
  /** median milliseconds */
  ms: number;
  /** target milliseconds */
  target: number;
}

const RUNS = 20;
const WARMUP = 3;

async function median(report: Report): Promise<number> {
  const options = { fontPreset: 'windows', boldHeadings: false } as const;
  for (let i = 0; i < WARMUP; i++) await buildDocx(report, options);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await buildDocx(report, options);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return (times[(RUNS - 1) >> 1] + times[RUNS >> 1]) / 2;
}

export async function benchDocx(): Promise<Array<{ name: string; ms: number; target: number }>> {
  return [
    { name: 'docx export: demo report', ms: await median(demoReport()), target: 100 },
    { name: 'docx export: demo ×10 paragraphs', ms: await median(longReport(10)), target: 500 },
  ];
}

function printTable(rows: BenchResult[]): void {
  const w = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'benchmark'.padEnd(w)}  ${'median'.padStart(9)}  ${'target'.padStart(8)}  ok`);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(w)}  ${r.ms.toFixed(1).padStart(6)} ms  ${String(r.target).padStart(5)} ms  ${r.ms <= r.target ? 'yes' : 'NO'}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchDocx();
  printTable(rows);
  if (rows.some((r) => r.ms > r.target)) process.exitCode = 1;
}
