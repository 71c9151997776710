// Long fuzz run: the property and edit-sync tests with many more cases (npm test runs a bounded number in seconds).
// Usage: node scripts/fuzz-long.mjs [--runs N] [--edits N] [--seed N] [--minutes M]
//   --runs     cases per property (default 20000)      --edits  random LSP edits per document (default 50000)
//   --seed     replay a failing run (printed on failure) --minutes repeat with fresh seeds until this much time has passed
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('runs', 20_000);
const edits = arg('edits', 50_000);
const fixedSeed = arg('seed', undefined);
const minutes = arg('minutes', 0);

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const deadline = Date.now() + minutes * 60_000;
let round = 0;
do {
  const seed = fixedSeed ?? Math.floor(Math.random() * 2 ** 31);
  round++;
  process.stdout.write(`\nfuzz round ${round}: ${runs} cases per property, ${edits} edits per document, seed ${seed}\n`);
  const r = spawnSync('npx', ['mocha', '--no-config', '--require', 'tsx/cjs', '--extension', 'ts', '--timeout', '0',
    'test/unit/robustness/service.property.test.ts', 'test/lsp/edit-sync.test.ts'], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: String(runs), EDIT_SYNC_EDITS: String(edits), FUZZ_SEED: String(seed) },
  });
  if (r.status !== 0) {
    process.stdout.write(`\nfuzz failed; replay with: node scripts/fuzz-long.mjs --runs ${runs} --edits ${edits} --seed ${seed}\n`);
    process.exit(1);
  }
} while (fixedSeed === undefined && Date.now() < deadline);
process.stdout.write(`\nfuzz: ${round} round(s) passed\n`);
