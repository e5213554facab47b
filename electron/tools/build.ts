/**
 * Builds the app into dist/: main and preload as CommonJS for Electron (the preload as one self-contained
 * file for the sandbox), the parse worker beside main (files users hand us are parsed in a worker thread with
 * a bounded heap), and the renderer as one browser bundle with its page and styles.
 * Run: node --import tsx electron/tools/build.ts
 */
import { build, type BuildOptions } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

const out = 'dist';
rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}/renderer`, { recursive: true });

const common = { bundle: true, sourcemap: false, logLevel: 'warning', legalComments: 'none' } as const;

/** Main-side bundles are CommonJS: import.meta.url becomes the bundle's own file URL (services find the worker by it). */
const nodeCjs: BuildOptions = {
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  define: { 'import.meta.url': 'import_meta_url' },
  banner: { js: 'const import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
};

// The check's worker, built first: its code goes into the renderer's bundle, which starts it from a blob
// (a file:// page can start no worker by URL; see renderer/check/check-client.ts).
const checkWorker = await build({
  ...common,
  entryPoints: ['renderer/check/worker.ts'],
  write: false,
  platform: 'browser',
  format: 'iife',
  target: 'chrome120',
  minify: true,
});

await Promise.all([
  build({
    ...common,
    ...nodeCjs,
    entryPoints: ['electron/main.ts'],
    outfile: `${out}/main.cjs`,
  }),
  build({
    ...common,
    ...nodeCjs,
    entryPoints: ['electron/services/parse-worker.ts'],
    outfile: `${out}/parse-worker.cjs`,
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: `${out}/preload.cjs`,
    platform: 'node',
    format: 'cjs',
    target: 'chrome120',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: ['renderer/main.tsx'],
    outfile: `${out}/renderer/app.js`,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    define: { CHECK_WORKER_SOURCE: JSON.stringify(checkWorker.outputFiles[0].text) },
  }),
]);
for (const f of ['index.html', 'styles.css', 'preview.css']) cpSync(`renderer/${f}`, `${out}/renderer/${f}`);
console.log('built dist/');
