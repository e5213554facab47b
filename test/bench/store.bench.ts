/**
 * The store at township and county scale, each figure measured in this run:
 *   - save p95 of one report at 200 reports × 10× against 30 × 1× (the ratio is the figure; target ≤ 1.5×)
 *   - start-up, store part (open the folder, list the reports) at county scale (target ≤ 150 ms)
 *   - automatic backup bytes after 500 saves over 50 simulated days, against the data size (target ≤ 3×)
 *   - save p95 of a 10× report with 50 versions against none (target ≤ 1.5×), and keeping one version
 * The folders are written directly (one file per report and the index), as the store lays them out.
 * Run alone with `node --import tsx test/bench/store.bench.ts`; `npm run bench` includes it.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReportStore } from '../../electron/services/store.ts';
import { INDEX_FILE, REPORTS_DIR, type StoreData } from '../../electron/services/store-layout.ts';
import { freshData, layOut } from '../../electron/services/store-open.ts';
import type { Report } from '../../electron/core/report-model.ts';
import { demoReport, longReport } from '../fixtures/docx-reports.ts';
import { VERSIONS_DIR, VersionStore } from '../../electron/services/versions.ts';
import { writeDataFile } from '../../electron/services/json-file.ts';

/** Saves measured per folder: p95 is then the 20th-slowest of 400, not one of a handful. */
const SAVES = 400;
const WARM_UP = 10;

type Add = (name: string, value: number, unit?: string, target?: number) => void;

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[xs.length >> 1];
const p95 = (xs: number[]) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

/** A data folder with `n` copies of `report` under their own ids. */
function folder(n: number, report: Report): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fzbg-store-bench-'));
  const data: StoreData = {
    ...freshData(),
    reports: Array.from({ length: n }, (_, i) => ({ ...structuredClone(report), id: `r-${i}`, title: `报告${i}` })),
  };
  const { index, files } = layOut(data);
  mkdirSync(path.join(dir, REPORTS_DIR));
  for (const [f, text] of files) writeFileSync(path.join(dir, REPORTS_DIR, f), text);
  writeFileSync(path.join(dir, INDEX_FILE), JSON.stringify(index));
  return dir;
}

const bytesIn = (dir: string): number =>
  readdirSync(dir).reduce((n, f) => {
    const p = path.join(dir, f);
    const s = statSync(p);
    return n + (s.isDirectory() ? bytesIn(p) : s.size);
  }, 0);

/** Saves of one report in each folder, the folders taking turns, so a busy disk weighs on both alike. */
async function saveTimes(dirs: string[], runs: number): Promise<number[][]> {
  const stores = await Promise.all(dirs.map(async (d) => (await ReportStore.open(d)).store));
  const reports = stores.map((s) => s.get('r-0'));
  const out = dirs.map(() => [] as number[]);
  for (let i = 0; i < runs + WARM_UP; i++) {
    for (const [k, store] of stores.entries()) {
      reports[k].preamble = `导语 ${i} ${Math.random()}`;
      const t0 = performance.now();
      await store.save(reports[k]);
      if (i >= WARM_UP) out[k].push(performance.now() - t0);
    }
  }
  for (const s of stores) await s.close();
  return out;
}

async function startTimes(dir: string, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const { store } = await ReportStore.open(dir);
    store.list();
    out.push(performance.now() - t0);
    await store.close();
  }
  return out;
}

/** 500 saves over 50 days, ten a day 45 minutes apart, each day on one of five reports in turn. */
async function backupBytes(dir: string): Promise<{ data: number; backups: number }> {
  let now = new Date(2026, 0, 5, 8, 0);
  const { store } = await ReportStore.open(dir, { now: () => now });
  for (let day = 0; day < 50; day++) {
    const r = store.get(`r-${day % 5}`);
    for (let k = 0; k < 10; k++) {
      now = new Date(2026, 0, 5 + day, 8, 45 * k);
      r.preamble = `第 ${day} 天第 ${k} 次修改`;
      await store.save(r);
    }
  }
  await store.close();
  const backups = bytesIn(path.join(dir, 'backups'));
  rmSync(path.join(dir, 'backups'), { recursive: true });
  return { data: bytesIn(dir), backups };
}

export async function storeBench(add: Add): Promise<void> {
  const township = folder(30, demoReport());
  const county = folder(200, longReport(10));
  const [t, c] = await saveTimes([township, county], SAVES);
  add('store: save one report, township 30 × 1×, median', median(t));
  add('store: save one report, township 30 × 1×, p95', p95(t));
  add('store: save one report, county 200 × 10×, median', median(c));
  add('store: save one report, county 200 × 10×, p95', p95(c));
  add('store: save p95 county ÷ township', p95(c) / p95(t), '×', 1.5);
  add('store: start-up (open + list), township, median of 5', median(await startTimes(township, 5)));
  add('store: start-up (open + list), county, median of 5', median(await startTimes(county, 5)), 'ms', 150);
  for (const [label, dir] of [
    ['township', township],
    ['county', county],
  ] as const) {
    const { data, backups } = await backupBytes(dir);
    add(`store: backups after 500 saves / 50 days, ${label} (data ${(data / 1e6).toFixed(1)} MB)`, backups / 1e6, 'MB');
    add(`store: backups ÷ data size, ${label}`, backups / data, '×', 3);
  }
  for (const dir of [township, county]) rmSync(dir, { recursive: true, force: true });
  await versionsBench(add);
}

/**
 * Save p95 of one 10× report with 50 versions kept beside it, against the same report with none (target ≤ 1.5×,
 * as for the county/township ratio: the save writes no version file, so what remains is the disk's noise).
 * The two folders are saved in turn, so a busy disk weighs on both alike.
 */
export async function versionsBench(add: Add): Promise<void> {
  const bare = folder(1, longReport(10));
  const kept = folder(1, longReport(10));
  const versions = new VersionStore(path.join(kept, VERSIONS_DIR), writeDataFile, () => new Date());
  const report = longReport(10);
  report.id = 'r-0';
  for (let i = 0; i < 50; i++) {
    report.preamble = `第 ${i} 个版本的导语`;
    await versions.add(report, { kind: 'named', stage: 'draft', note: `版本${i}` });
  }
  const times = await saveTimes([bare, kept], SAVES);
  add('versions: save one 10× report, 0 versions, p95', p95(times[0]));
  add('versions: save one 10× report, 50 versions, p95', p95(times[1]));
  add('versions: save median with 50 versions ÷ with none', median(times[1]) / median(times[0]), '×');
  add('versions: save p95 with 50 versions ÷ with none', p95(times[1]) / p95(times[0]), '×', 1.5);
  const t0 = performance.now();
  await versions.add(report, { kind: 'docx' });
  add('versions: keep one version of a 10× report (with what changed)', performance.now() - t0);
  for (const d of [bare, kept]) rmSync(d, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await storeBench((name, value, unit = 'ms', target) =>
    console.log(`${name}: ${value.toFixed(2)} ${unit}${target === undefined ? '' : ` (target ≤ ${target})`}`),
  );
}
