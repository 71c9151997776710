// Bundles the client, the language server and the CLI with esbuild (tsc only type-checks): Node bundles for
// desktop VS Code, the CLI and other editors; browser bundles (client + web worker server) for vscode.dev and
// github.dev; and copies the server's wasm assets (server/src/assets.json) into dist/.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const common = {
  absWorkingDir: ROOT,
  bundle: true,
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
};
const node = {
  ...common,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  // jsonc-parser's UMD build hides its requires from bundlers; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  // web-tree-sitter's ESM build reads import.meta.url, which a CommonJS bundle does not have: take its CJS build.
  alias: { 'web-tree-sitter': './node_modules/web-tree-sitter/web-tree-sitter.cjs' },
};
// No Node polyfills and no Node globals: an import of a Node module fails the build, and test/unit/browser-bundle
// checks the metafile (written beside each bundle) and runs the worker without Node's globals.
const browser = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  metafile: true,
};
const builds = [
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] },
  // The server bundle, and the small entry (main.js, the bin) that starts it through a V8 code cache.
  { ...node, entryPoints: ['server/src/main.ts'], outfile: 'dist/server/server.js' },
  { ...node, entryPoints: ['server/src/main-loader.ts'], outfile: 'dist/server/main.js', banner: { js: '#!/usr/bin/env node' }, sourcemap: false },
  { ...node, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...browser, entryPoints: ['client/src/browser.ts'], outfile: 'dist/client/browser.js', format: 'cjs', external: ['vscode'] },
  { ...browser, entryPoints: ['server/src/browser-main.ts'], outfile: 'dist/server/browser-main.js', format: 'iife' },
];

/** The wasm files the server loads at run time go beside the bundles (dist/), for the .vsix and the npm package. */
function copyAssets() {
  const require = createRequire(path.join(ROOT, 'package.json'));
  const assets = JSON.parse(fs.readFileSync(path.join(ROOT, 'server/src/assets.json'), 'utf8'));
  for (const [name, from] of Object.entries(assets)) fs.copyFileSync(require.resolve(from), path.join(ROOT, 'dist', name));
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  const results = await Promise.all(builds.map((b) => esbuild.build(b)));
  builds.forEach((b, i) => {
    if (results[i].metafile) fs.writeFileSync(path.join(ROOT, `${b.outfile}.meta.json`), JSON.stringify(results[i].metafile));
  });
  for (const f of ['dist/server/main.js', 'dist/cli.js']) fs.chmodSync(path.join(ROOT, f), 0o755);
  copyAssets();
}
