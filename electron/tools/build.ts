/**
 * Builds the app into dist/: main and preload as CommonJS for Electron (the preload as one self-contained
 * file for the sandbox), the renderer as one browser bundle with its page and styles.
 * Run: node --import tsx electron/tools/build.ts
 */
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

const out = 'dist';
rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}/renderer`, { recursive: true });

const common = { bundle: true, sourcemap: false, logLevel: 'warning', legalComments: 'none' } as const;

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
    entryPoints: ['electron/main.ts'],
    outfile: `${out}/main.cjs`,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
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
