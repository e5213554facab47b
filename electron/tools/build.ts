/**
 * Builds the app into dist/: main and preload as CommonJS for Electron (the preload as one self-contained
 * file for the sandbox), the renderer as one browser bundle inlined in its page, and the command-line tools as
 * CommonJS bundles in dist/cli/.
 * Run: node --import tsx electron/tools/build.ts
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const out = 'dist';
rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}/renderer`, { recursive: true });

const common = { bundle: true, sourcemap: false, logLevel: 'warning', legalComments: 'none' } as const;

const [, , , renderer] = await Promise.all([
  // The command line: one self-contained bundle per command, run by plain node (no TypeScript loader at run
  // time); each command imports its heavy part (docx, mammoth, the checks) only when it has work to do.
  build({
    ...common,
    entryPoints: {
      docx: 'electron/cli/docx-cli.ts',
      check: 'electron/cli/check-cli.ts',
      import: 'electron/cli/import-cli.ts',
      eval: 'electron/cli/eval-cli.ts',
    },
    outdir: `${out}/cli`,
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
  }),
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
    write: false,
    outfile: `${out}/renderer/app.js`,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
  }),
]);
for (const f of ['styles.css', 'preview.css']) cpSync(`renderer/${f}`, `${out}/renderer/${f}`);
writeFileSync(
  `${out}/renderer/index.html`,
  inlineScript(readFileSync('renderer/index.html', 'utf8'), renderer.outputFiles[0].text),
);

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
