/**
 * Builds the app into dist/: main and preload as CommonJS for Electron (the preload as one self-contained
 * file for the sandbox), the parse worker beside main (files users hand us are parsed in a worker thread with
 * a bounded heap), the renderer as one browser bundle inlined in its page (with the check's worker inside it),
 * and the command-line tools as CommonJS bundles in dist/cli/ (with their own copy of the parse worker).
 * Run: node --import tsx electron/tools/build.ts
 */
import { build, type BuildOptions } from 'esbuild';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const out = 'dist';
rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}/renderer`, { recursive: true });

/** The commands: dist/cli/<name>.cjs, from electron/cli/<name>-cli.ts. */
const CLI = {
  docx: 'electron/cli/docx-cli.ts',
  check: 'electron/cli/check-cli.ts',
  import: 'electron/cli/import-cli.ts',
  eval: 'electron/cli/eval-cli.ts',
  public: 'electron/cli/public-cli.ts',
  pdf: 'electron/cli/pdf-cli.ts',
  county: 'electron/cli/county-cli.ts',
};

const common = { bundle: true, sourcemap: false, logLevel: 'warning', legalComments: 'none' } as const;
/** A page's script: one minified Preact bundle for Chromium (the app's page and the print page of npm run pdf). */
const page = {
  ...common,
  platform: 'browser',
  format: 'iife',
  target: 'chrome120',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify: true,
} as const;

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

const built = await Promise.all([
  // The command line: one self-contained bundle per command (<name>.body.cjs, started through <name>.cjs with its
  // code cache; see codeCaches below), run by plain node (no TypeScript loader at run time); each command imports
  // its heavy part (docx, mammoth, the checks) only when it has work to do.
  build({
    ...common,
    entryPoints: {
      ...Object.fromEntries(Object.entries(CLI).map(([name, src]) => [`${name}.body`, src])),
      'parse-worker': 'electron/services/parse-worker.ts',
    },
    outdir: `${out}/cli`,
    outExtension: { '.js': '.cjs' },
    ...nodeCjs,
    // Playwright drives Chromium for `npm run pdf`; it loads its own files at run time, so it is not bundled.
    external: ['electron', 'playwright-core'],
    // import() becomes require(): the starter runs the bundle as a script compiled with a code cache, and V8 gives
    // such a script no loader for import() once the cache is used (`npm run pdf` failed on loading playwright-core).
    supported: { 'dynamic-import': false },
    minify: true,
  }),
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
  // The print preview alone, for `npm run pdf` (dist/cli/print.js, read by dist/cli/pdf.cjs).
  build({ ...page, entryPoints: ['renderer/print/print-main.tsx'], outfile: `${out}/cli/print.js` }),
  build({
    ...page,
    entryPoints: ['renderer/main.tsx'],
    write: false,
    outfile: `${out}/renderer/app.js`,
    define: { CHECK_WORKER_SOURCE: JSON.stringify(checkWorker.outputFiles[0].text) },
  }),
]);
await codeCaches();
const rendererJs = built[built.length - 1].outputFiles?.[0]?.text;
if (rendererJs === undefined) throw new Error('the renderer bundle was not produced');
for (const f of ['styles.css', 'preview.css']) cpSync(`renderer/${f}`, `${out}/renderer/${f}`);
cpSync('renderer/preview.css', `${out}/cli/preview.css`);
writeFileSync(`${out}/renderer/index.html`, inlineScript(readFileSync('renderer/index.html', 'utf8'), rendererJs));

/**
 * Each command's starter (electron/cli/cached-start.ts) and its V8 code cache, made by running the command once as
 * a user would (a Word export and a check of the demo report; the others with --help, which loads what they load
 * first): what V8 compiled in that run is cached, so the next runs neither parse nor compile it again.
 */
async function codeCaches(): Promise<void> {
  for (const name of Object.keys(CLI))
    await build({
      ...common,
      ...nodeCjs,
      entryPoints: ['electron/cli/cached-start.ts'],
      outfile: `${out}/cli/${name}.cjs`,
      define: { CLI_BODY: JSON.stringify(`${name}.body.cjs`) },
    });
  const scratch = mkdtempSync(path.join(tmpdir(), 'fzbg-build-'));
  const runs: Record<string, string[]> = {
    docx: ['assets/demo-report.json', path.join(scratch, 'demo.docx')],
    check: ['assets/demo-report.json'],
  };
  for (const name of Object.keys(CLI)) {
    const args = runs[name] ?? ['--help'];
    const r = spawnSync(process.execPath, [`${out}/cli/${name}.cjs`, ...args], {
      env: { ...process.env, FZBG_CODE_CACHE: 'write' },
      encoding: 'utf8',
    });
    if (r.status !== 0 && !(args[0] === '--help' && r.status === 2))
      throw new Error(`making the code cache of ${name} failed: ${r.stderr}`);
  }
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * The page with its script inline and the CSP's script-src narrowed from 'self' to that script's hash. For a file:
 * page 'self' admits every file: URL on the disk, so a script injected from another folder would run; a hash admits
 * only this script, wherever the app is installed (SRI on an external file: script is not possible: it needs CORS).
 */
function inlineScript(html: string, js: string): string {
  if (/<\/script/i.test(js)) throw new Error('the renderer bundle contains </script and cannot be inlined');
  const hash = createHash('sha256').update(js).digest('base64');
  const tag = '<script src="app.js"></script>';
  if (!html.includes(tag) || !html.includes("script-src 'self'")) throw new Error('renderer/index.html changed shape');
  return html.replace("script-src 'self'", `script-src 'sha256-${hash}'`).replace(tag, () => `<script>${js}</script>`);
}
console.log('built dist/');
