// Lint rules, and the layer boundaries the build enforces (see README, "Code structure").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Imports no file of a layer may make: each entry is a regex on the import specifier, with the reason. */
const NODE = {
  regex: '^(node:|electron$|fs$|path$|os$|child_process$)',
  message: 'the core is pure: no Node or Electron',
};
/** Why a browser box is not used in the renderer. */
const browserBox = (name) => ({
  name,
  message: `ask with ask() from renderer/components/Confirm.tsx, or tell with a notice (app/notices.ts), not ${name}()`,
});
const layer = (name, patterns) => ({
  name: `layer: ${name}`,
  rules: {
    'no-restricted-imports': ['error', { patterns: patterns.map(({ regex, message }) => ({ regex, message })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
      eqeqeq: ['error', 'smart'],
      // Chinese text uses the ideographic space (U+3000) on purpose, in strings and in markup.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipJSXText: true, skipRegExps: true },
      ],
      // Control characters in patterns are how text from files is cleaned; they are meant.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/core/**', 'electron/contract.ts', 'electron/channels.ts'],
    ...layer('core', [
      NODE,
      { regex: '(^|/)(services|cli|tools|ipc)(/|$)', message: 'the core may not import main-process code' },
      {
        regex: '(^|/)(main|preload|menu|navigation|app-url)\\.ts$',
        message: 'the core may not import main-process code',
      },
      { regex: '(^|/)renderer(/|$)', message: 'the core may not import the renderer' },
    ]),
  },
  {
    files: ['renderer/**'],
    ...layer('renderer', [
      { ...NODE, message: 'the renderer runs in the page: no Node or Electron' },
      {
        regex: '(^|/)electron/(?!core/|contract\\.ts$|channels\\.ts$)',
        message: 'the renderer may import only electron/core and the contract; everything else goes through window.api',
      },
    ]),
  },
  {
    // The browser's own boxes block the whole window, cannot be styled or read aloud in Chinese, and escape the
    // page's key handling; the app asks with renderer/components/Confirm.tsx (ask) instead.
    files: ['renderer/**'],
    rules: {
      'no-restricted-globals': ['error', ...['confirm', 'alert', 'prompt'].map(browserBox)],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) =>
          ['confirm', 'alert', 'prompt'].map((name) => ({ object, property: name, message: browserBox(name).message })),
        ),
      ],
    },
  },
  {
    files: ['electron/services/**', 'electron/cli/**'],
    ...layer('services', [
      { regex: '^electron$', message: 'services run in plain Node; main.ts passes Electron in' },
      { regex: '(^|/)renderer(/|$)', message: 'main-process code may not import the renderer' },
    ]),
  },
  {
    // Tests: a test is a list of steps; its length is not a function's.
    files: ['test/**'],
    rules: { 'max-lines-per-function': 'off' },
  },
);
