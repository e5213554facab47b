/**
 * Diagnosis (not part of npm test): the preview's lines against LibreOffice's render of the Word export in the
 * Word reading, page by page, every differing pair printed.
 *
 *   node --import tsx test/tools/wordlines-diff.ts [demo|long3|punct|all] [--cli] [--keep DIR]
 *
 * --cli prints the preview through dist/cli/pdf.cjs (npm run pdf) and measures that PDF; without it the
 * preview's lines come straight from layoutPages (the lines the preview draws).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Report } from '../../electron/core/report-model.ts';
import { PREVIEW_PAGINATION } from '../../renderer/preview-pages.ts';
import { demoReport, longReport } from '../fixtures/docx-reports.ts';
import { punctuationReport } from '../fixtures/punctuation-report.ts';
import {
  compareLines,
  layoutLines,
  libreOfficeWordLines,
  previewPdfLines,
  type PageLines,
} from '../render/word-lines.ts';

const args = process.argv.slice(2);
const which = args.find((a) => !a.startsWith('--')) ?? 'all';
const useCli = args.includes('--cli');
const keep = args.includes('--keep') ? args[args.indexOf('--keep') + 1] : undefined;

const reports: Record<string, () => Report> = {
  demo: demoReport,
  long3: () => longReport(3),
  punct: punctuationReport,
};

async function main(): Promise<void> {
  const dir = keep ?? mkdtempSync(path.join(tmpdir(), 'wordlines-'));
  mkdirSync(dir, { recursive: true });
  const names = which === 'all' ? Object.keys(reports) : [which];
  const chosen = names.map((n) => [n, reports[n]()] as const);
  const lo = await libreOfficeWordLines(chosen, dir);
  for (const [name, report] of chosen) {
    let pv: PageLines;
    if (useCli) {
      const json = path.join(dir, `${name}.json`);
      writeFileSync(json, JSON.stringify(report));
      pv = await previewPdfLines(json, path.join(dir, `${name}.preview.pdf`));
    } else pv = layoutLines(report);
    const cmp = compareLines(lo[name].lines, pv);
    console.log(
      `\n## ${name}: pages LibreOffice ${lo[name].lines.length} / preview ${pv.length}; ` +
        `${cmp.same} of ${cmp.total} lines identical (${((100 * cmp.same) / cmp.total).toFixed(1)}%)`,
    );
    console.log(`   lines per page LO ${lo[name].lines.map((p) => p.length).join(' ')}`);
    console.log(`   lines per page PV ${pv.map((p) => p.length).join(' ')}`);
    const lo2 = compareLines(lo[name].lines, layoutLines(report, { ...PREVIEW_PAGINATION, portionSpacing: true }));
    console.log(`   with LibreOffice's spacing at script portions in the model: ${lo2.same} of ${lo2.total} identical`);
    for (const d of cmp.diffs) console.log(`p${d.page} r${d.row}\n  LO «${d.lo}»\n  PV «${d.pv}»`);
  }
  if (!keep) console.log(`\n(files in ${dir})`);
}

await main();
