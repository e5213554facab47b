/**
 * The undo history on the 50× report: time to record a step after one paragraph changed, time to undo one,
 * and the heap held by 200 steps, against 200 full copies of the report (what a naive history would keep).
 * Run directly: node --expose-gc --import tsx test/bench/history.bench.ts
 */
import { pathToFileURL } from 'node:url';
import { History, HISTORY_LIMIT } from '../../electron/core/history.ts';
import { reportChars } from '../../electron/core/text.ts';
import { walkSections, type Paragraph, type Report } from '../../electron/core/report-model.ts';
import { longReport } from '../fixtures/docx-reports.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** The heap `make`'s result holds, measured while it is still held. */
function heapAfter(make: () => unknown): { held: unknown; mb: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const held = make();
  gc?.();
  return { held, mb: (process.memoryUsage().heapUsed - before) / 2 ** 20 };
}

export function benchHistory() {
  const report: Report = longReport(50);
  const paragraphs: Paragraph[] = [...walkSections(report.sections)].flatMap((w) => w.section.paragraphs);
  const h = new History(report);
  const commits: number[] = [];
  const steps = heapAfter(() => {
    for (let i = 0; i < HISTORY_LIMIT; i++) {
      const p = paragraphs[(i * 37) % paragraphs.length];
      p.text = p.text + '。';
      const t = performance.now();
      h.commit(report);
      commits.push(performance.now() - t);
    }
    return h;
  });
  const copies = heapAfter(() => Array.from({ length: HISTORY_LIMIT }, () => structuredClone(report)));
  const undos: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    h.undo(report);
    undos.push(performance.now() - t);
  }
  return {
    chars: reportChars(report),
    paragraphs: paragraphs.length,
    commitMs: median(commits),
    undoMs: median(undos),
    historyMb: steps.mb,
    copiesMb: copies.mb,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(benchHistory());
