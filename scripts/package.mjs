// npm run package: builds the bundles and packs the extension into a .vsix holding only the allowlisted files.
// Usage: node scripts/package.mjs [--out path.vsix] [--no-build]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVSIX, listFiles, PackageManager } from '@vscode/vsce';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const out = path.resolve(ROOT, outArg >= 0 ? args[outArg + 1] : `${manifest.name}-${manifest.version}.vsix`);

// Exactly these may ship (a .vscodeignore mistake must not leak sources, tests or node_modules).
const REQUIRED = ['dist/client/extension.js', 'dist/server/main.js', 'dist/server/server.js', 'dist/client/browser.js', 'dist/server/browser-main.js',
  ...Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, 'server/src/assets.json'), 'utf8'))).map((name) => `dist/${name}`),
  'package.json', 'language-configuration.json', 'images/icon.png', 'README.md', 'LICENSE', 'CHANGELOG.md', 'docs/rules/README.md'];
const ALLOWED = [...REQUIRED.map((f) => new RegExp(`^${f.replace(/\./g, '\\.')}$`)), /^syntaxes\/[^/]+\.json$/, /^snippets\/[^/]+\.code-snippets$/,
  /^docs\/rules\/[\w.-]+\.(md|html|png|svg)$/, /^docs\/[\w.-]+\.png$/];
// The README's pictures ship beside it: with no public repository there is no URL to point them at, and VS Code's
// extension page resolves relative links against the installed extension.
const readmeImages = [...fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\((docs\/[\w.-]+\.png)\)/g)].map((m) => m[1]);
REQUIRED.push(...new Set(readmeImages));

if (!args.includes('--no-build')) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// vsce walks every file under its folder (only the top node_modules is skipped), and .e2e-tools/ alone holds
// ~100k files: pack from a copy of the project without the git-ignored tool and output folders. The real
// .vscodeignore still decides what ships, and the check below still sees every project file.
const SKIP = new Set(['node_modules', '.git', '.e2e-tools', 'out', 'test-artifacts', '.vscode-test', 'bench/tmp']);
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-policy-package-'));
fs.cpSync(ROOT, stage, { recursive: true, filter: (src) => !SKIP.has(path.relative(ROOT, src).replace(/\\/g, '/')) && !src.endsWith('.vsix') });
const files = (await listFiles({ cwd: stage, packageManager: PackageManager.None })).map((f) => f.replace(/\\/g, '/')).sort();
const stray = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
const missing = REQUIRED.filter((f) => !files.includes(f));
if (stray.length || missing.length) {
  console.error(`package: refusing to pack.${stray.length ? `\n  not allowlisted: ${stray.join(', ')}` : ''}${missing.length ? `\n  missing: ${missing.join(', ')}` : ''}`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(out), { recursive: true });
// There is no public repository (package.json has no `repository`): README links stay relative, resolved against the
// installed extension. When the project gets a home, add `repository` and drop both options.
await createVSIX({ cwd: stage, packagePath: out, dependencies: false, allowMissingRepository: true, rewriteRelativeLinks: false });
fs.rmSync(stage, { recursive: true, force: true });
console.log(`package: ${path.relative(ROOT, out)} (${(fs.statSync(out).size / 1024).toFixed(0)} KiB) with ${files.join(', ')}`);
