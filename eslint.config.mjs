// One flat eslint config for the whole repository; zero warnings allowed (npm run lint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.e2e-tools/**', 'server/src/data/*.generated.ts', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    // The differential oracle (AGPL, tests only) must never reach the extension or the CLI bundles.
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    ignores: ['server/src/service/evaluate/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@cloud-copilot/*'], message: 'iam-simulate and its packages are test-only devDependencies.' }] }] },
  },
  {
    // The evaluator runs in a browser web worker too: no Node APIs, no LSP, no test-only packages.
    files: ['server/src/service/evaluate/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { group: ['@cloud-copilot/*'], message: 'iam-simulate and its packages are test-only devDependencies.' },
      { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode'], message: 'The evaluator is pure: no Node APIs, no LSP connection.' },
    ] }] },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
