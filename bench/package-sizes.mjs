// Sizes of what users download: the .vsix (desktop + web extension) and the npm tarball (CLI + stdio server).
// Called by bench/run.mjs after the build; also runnable alone: node bench/package-sizes.mjs
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

function entries(archive, list) {
  const r = spawnSync(list[0], [...list.slice(1), archive], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${list.join(' ')} ${archive} failed: ${r.stderr}`);
  return r.stdout;
}

/** Packs both artifacts from the current dist/ into `dir` and measures them. */
export function packageSizes(dir) {
  const pack = (script, args) => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), '--no-build', ...args], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${script} failed:\n${r.stdout}${r.stderr}`);
    return r.stdout;
  };
  const vsix = path.join(dir, 'iam-trust-policy.vsix');
  pack('package.mjs', ['--out', vsix]);
  const tarball = pack('pack-npm.mjs', ['--out', dir]).trim().split('\n').pop();
  // unzip -l: "  length  date time  name" lines; tar -tvzf: "perms owner size date time name"
  const vsixFiles = entries(vsix, ['unzip', '-l']).split('\n').map((l) => /^\s*(\d+)\s+\S+\s+\S+\s+(extension\/.+)$/.exec(l)).filter(Boolean)
    .map((m) => ({ name: m[2].replace(/^extension\//, ''), size: Number(m[1]) }));
  const npmFiles = entries(tarball, ['tar', '-tvzf']).split('\n').map((l) => /^\S+\s+\S+\s+(\d+)\s+\S+\s+\S+\s+package\/(.+)$/.exec(l)).filter(Boolean)
    .map((m) => ({ name: m[2], size: Number(m[1]) }));
  return [
    { artifact: '.vsix (desktop + web extension)', size: fs.statSync(vsix).size, files: vsixFiles },
    { artifact: 'npm tarball trust-policy-lint', size: fs.statSync(tarball).size, files: npmFiles },
  ];
}

export function renderSizes(sizes) {
  const rows = sizes.map((s) => {
    const unpacked = s.files.reduce((n, f) => n + f.size, 0);
    const largest = [...s.files].sort((a, b) => b.size - a.size).slice(0, 3).map((f) => `${f.name} ${kib(f.size)}`).join(', ');
    return `| ${s.artifact} | ${kib(s.size)} | ${kib(unpacked)} | ${s.files.length} | ${largest} |`;
  });
  return ['## Package sizes', '', '| artifact | download | unpacked | files | largest files |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-sizes-'));
  try {
    process.stdout.write(renderSizes(packageSizes(dir)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
