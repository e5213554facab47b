/**
 * The county 汇总 at its real size: 30 township reports of the demo's size, as Word files, added to a fresh
 * workspace one by one as the page does (one batch: each report saved as it comes, the list once at the end) and
 * the matrix built, against the plain import of the same 30 files (the import the 汇总 reuses; both read by the
 * same long-lived parse worker). Target: 30 townships added and the matrix ready in under 5 s. Also the size of
 * what the page is sent of that matrix (a summary per township) against the whole matrix.
 * Run alone with `node --import tsx test/bench/county.bench.ts`; `npm run bench` includes it.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { buildDocx } from '../../electron/services/docx-export.ts';
import { demoReport } from '../fixtures/docx-reports.ts';
import { summarizeMatrix } from '../../electron/core/county/matrix.ts';
import type * as CountyWork from './county-work.ts';

type Work = typeof CountyWork;

/**
 * The import and the workspace as the app runs them: bundled to CommonJS beside the built parse worker (under the
 * test-time TypeScript loader each worker would compile its sources first, which the app never does).
 */
async function bundled(): Promise<Work> {
  const worker = path.resolve('dist/parse-worker.cjs');
  if (!existsSync(worker)) throw new Error('dist/parse-worker.cjs is missing: run npm run build first');
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-county-bundle-'));
  await build({
    entryPoints: ['test/bench/county-work.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: path.join(dir, 'county-work.cjs'),
    define: { 'import.meta.url': 'import_meta_url' },
    banner: { js: 'const import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: 'error',
  });
  copyFileSync(worker, path.join(dir, 'parse-worker.cjs'));
  return createRequire(import.meta.url)(path.join(dir, 'county-work.cjs')) as Work;
}

type Add = (name: string, value: number, unit?: string, target?: number) => void;

const UNITS =
  '青石 白沙 云岭 柳溪 石桥 松坪 河口 马鞍 龙潭 金竹 新田 竹园 红岩 黄坡 梨花 桃源 清水 高桥 大坪 小河 龙泉 凤凰 东山 西岭 南屏 北坡 三江 五里 七星 九龙'.split(
    ' ',
  );

/** 30 Word files of the demo's size, one per invented township. */
async function townshipFiles(): Promise<{ dir: string; files: string[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-county-bench-'));
  const demo = demoReport();
  const files: string[] = [];
  for (const [i, name] of UNITS.entries()) {
    const unit = `${name}${i % 3 === 0 ? '乡' : '镇'}`;
    const report = { ...demo, unitName: unit, title: demo.title.replaceAll(demo.unitName, unit) };
    const file = path.join(dir, `${unit}.docx`);
    writeFileSync(file, await buildDocx(report, { fontPreset: 'windows', boldHeadings: false }));
    files.push(file);
  }
  return { dir, files };
}

export async function countyBench(add: Add): Promise<void> {
  const { importFile, CountyWorkspace } = await bundled();
  const { dir, files } = await townshipFiles();
  await importFile(files[0]); // the worker and the readers loaded once, as in a running app
  let t = performance.now();
  for (const f of files) await importFile(f);
  const plain = performance.now() - t;

  const data = mkdtempSync(path.join(tmpdir(), 'fzbg-county-data-'));
  const ws = await CountyWorkspace.open(data);
  t = performance.now();
  for (const f of files) await ws.addFile(f, { batch: true });
  await ws.endBatch();
  const added = performance.now() - t;
  const m = ws.matrix();
  const total = performance.now() - t;
  if (m.rows.length !== files.length) throw new Error(`expected ${files.length} rows, got ${m.rows.length}`);

  add('county: import of 30 township .docx (one after another)', plain);
  add('county: 30 added to the workspace (import + durable save)', added);
  add('county: 30 added + matrix built', total, 'ms', 5000);
  add('county: 30 added + matrix ÷ 30 imports', total / plain, '×');
  // What county:state sends the page: the summary per township; a township's detail comes when it is opened.
  const sent = JSON.stringify(summarizeMatrix(m)).length;
  add('county: matrix sent to the page, 30 townships', sent / 1024, 'KB');
  add('county: matrix sent ÷ the full matrix', sent / JSON.stringify(m).length, '×');
  rmSync(dir, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await countyBench((name, value, unit = 'ms', target) =>
    console.log(`${name}: ${value.toFixed(2)} ${unit}${target ? ` (target ≤ ${target})` : ''}`),
  );
}
