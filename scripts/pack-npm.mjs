// npm run pack:npm: builds the npm package `trust-policy-lint` (the CLI and the stdio language server, bundled, no
// dependencies) from npm/package.json and the bundles in dist/, and packs it into a tarball with `npm pack`.
// Usage: node scripts/pack-npm.mjs [--out DIR] [--no-build]      (prints the tarball's path last)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outDir = path.resolve(ROOT, args.includes('--out') ? args[args.indexOf('--out') + 1] : '.');
const fail = (message) => {
  console.error(`pack-npm: ${message}`);
  process.exit(1);
};

const extension = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'npm', 'package.json'), 'utf8'));
if (manifest.version !== extension.version) fail(`npm/package.json has version ${manifest.version}, package.json ${extension.version}: bump both`);
if (!args.includes('--no-build')) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// Stage exactly the package's files; `files` in npm/package.json is the allowlist npm pack applies on top.
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-policy-npm-'));
const copy = (from, to = from) => {
  fs.mkdirSync(path.dirname(path.join(stage, to)), { recursive: true });
  fs.cpSync(path.join(ROOT, from), path.join(stage, to), { recursive: true });
};
try {
  copy('npm/package.json', 'package.json');
  copy('npm/README.md', 'README.md');
  copy('LICENSE');
  const assets = Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, 'server/src/assets.json'), 'utf8')));
  for (const f of ['dist/cli.js', 'dist/server/main.js', 'dist/server/server.js', ...assets.map((a) => `dist/${a}`)]) {
    if (!fs.existsSync(path.join(ROOT, f))) fail(`${f} is missing; run the build first`);
    copy(f);
  }
  copy('docs/editors.md');
  if (fs.existsSync(path.join(ROOT, 'docs', 'rules'))) copy('docs/rules');
  for (const bin of Object.values(manifest.bin)) fs.chmodSync(path.join(stage, bin), 0o755);

  fs.mkdirSync(outDir, { recursive: true });
  const r = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', outDir], { cwd: stage, encoding: 'utf8' });
  if (r.status !== 0) fail(`npm pack failed:\n${r.stdout}${r.stderr}`);
  const [packed] = JSON.parse(r.stdout);
  const tarball = path.join(outDir, packed.filename);
  console.log(`pack-npm: ${packed.name}@${packed.version}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked`);
  console.log(tarball);
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}
