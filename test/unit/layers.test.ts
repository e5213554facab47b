/**
 * The layers are enforced by the lint (eslint.config.js), not by convention: an import across a layer is an
 * error. Each case lints a one-line file placed in a layer, as the build's `npm run lint` would.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const refused: Array<[string, string, RegExp]> = [
  ['electron/core/probe.ts', "import x from 'node:fs';", /the core is pure/],
  ['electron/core/probe.ts', "import x from 'electron';", /the core is pure/],
  ['electron/core/probe.ts', "import x from '../services/store.ts';", /main-process code/],
  ['electron/core/lint/probe.ts', "import x from '../../ipc/index.ts';", /main-process code/],
  ['electron/core/probe.ts', "import x from '../../renderer/api.ts';", /may not import the renderer/],
  ['renderer/probe.ts', "import x from 'node:path';", /the renderer runs in the page/],
  ['renderer/views/probe.ts', "import x from '../../electron/services/store.ts';", /only electron\/core/],
  ['renderer/probe.ts', "import x from '../electron/ipc/index.ts';", /only electron\/core/],
  ['renderer/probe.ts', "import x from '../electron/main.ts';", /only electron\/core/],
  ['electron/services/probe.ts', "import x from 'electron';", /services run in plain Node/],
];

for (const [file, code, why] of refused) {
  test(`refused: ${code} in ${file}`, async () => {
    const errors = await importErrors(file, code);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], why);
  });
}

const allowed: Array<[string, string]> = [
  ['renderer/probe.ts', "import x from '../electron/core/report-model.ts';"],
  ['renderer/views/probe.ts', "import x from '../../electron/contract.ts';"],
  ['electron/core/probe.ts', "import x from './report-model.ts';"],
  ['electron/services/probe.ts', "import x from 'node:fs';"],
  ['electron/probe.ts', "import x from 'electron';"],
];

for (const [file, code] of allowed) {
  test(`allowed: ${code} in ${file}`, async () => {
    assert.deepEqual(await importErrors(file, code), []);
  });
}
