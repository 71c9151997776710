// npm test: every check CI runs, in order, with one closing "N passed, N failed" line.
// Stages: generated-data staleness, type-check, lint, build, unit + LSP tests, then the editor (e2e) tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const summaryFile = path.join(os.tmpdir(), `trust-policy-test-summary-${process.pid}.jsonl`);
fs.rmSync(summaryFile, { force: true });
const env = { ...process.env, TEST_SUMMARY_FILE: summaryFile };
const only = process.argv.slice(2);
const stages = [
  { name: 'generated data is up to date', cmd: ['node', 'scripts/generate-data.mjs', '--check'] },
  { name: 'rule ids in the settings schema are up to date', cmd: ['node', 'scripts/sync-rule-settings.mjs', '--check'] },
  { name: 'rule page index and module are up to date', cmd: ['node', 'scripts/rule-docs-index.mjs', '--check'] },
  { name: 'type-check', cmd: ['npx', 'tsc', '-p', '.'] },
  { name: 'lint', cmd: ['npx', 'eslint', '--max-warnings', '0', '.'] },
  { name: 'build', cmd: ['node', 'scripts/build.mjs'] },
  { name: 'unit and LSP tests', cmd: ['npx', 'mocha'], counted: true, env: { TEST_LABEL: 'unit and LSP tests' } },
  ...(fs.existsSync('test/e2e/run-all.mjs') && process.env.SKIP_E2E !== '1'
    ? [{ name: 'editor tests', cmd: ['node', 'test/e2e/run-all.mjs'], counted: true }]
    : []),
];

let failedStages = 0;
let uncounted = 0;
for (const stage of stages) {
  if (only.length && !only.some((o) => stage.name.includes(o))) continue;
  process.stdout.write(`\n=== ${stage.name} ===\n`);
  const r = spawnSync(stage.cmd[0], stage.cmd.slice(1), { stdio: 'inherit', env: { ...env, ...stage.env } });
  const ok = r.status === 0;
  if (!ok) failedStages++;
  if (!stage.counted) {
    process.stdout.write(`${stage.name}: ${ok ? 'ok' : 'FAILED'}\n`);
    if (!ok) uncounted++;
  }
}
let passed = 0;
let failed = 0;
if (fs.existsSync(summaryFile)) {
  for (const line of fs.readFileSync(summaryFile, 'utf8').split('\n').filter(Boolean)) {
    const s = JSON.parse(line);
    passed += s.passed;
    failed += s.failed;
  }
  fs.rmSync(summaryFile, { force: true });
}
// A stage that failed without reporting counts (type errors, a crashed runner) is one failure.
failed += uncounted;
process.stdout.write(`\n${passed} passed, ${failed} failed${failedStages ? ` (${failedStages} stage${failedStages > 1 ? 's' : ''} failed)` : ''}\n`);
process.exit(failedStages ? 1 : 0);
