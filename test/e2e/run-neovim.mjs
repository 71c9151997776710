// Runs Neovim's built-in LSP client, headless, on copies of the UI fixtures. Its only config is the lua blocks of
// docs/editors.md, with `trust-policy-language-server` on PATH pointing at dist/server/main.js: the docs are tested.
// The first block (trust policy files) is checked on a bad policy by lsp-check.lua; the second (FileType yaml and
// terraform) on a CloudFormation template and a Terraform file by host-check.lua.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARTIFACTS, NVIM, ROOT } from './support/toolchain.mjs';

const FIXTURES = path.join(ROOT, 'test', 'e2e', 'fixtures', 'ui');

/** One headless Neovim run with `init` as its config on a copy of `fixture`; returns its check counts. */
function runOnce(dir, label, init, fixture, script, env = {}) {
  const work = fs.mkdtempSync(path.join(dir, `${label}-`));
  const file = path.join(work, fixture);
  fs.copyFileSync(path.join(FIXTURES, fixture), file);
  fs.writeFileSync(path.join(work, 'init.lua'), init);
  const resultFile = path.join(ARTIFACTS, `neovim-${label}-result.json`);
  fs.rmSync(resultFile, { force: true });
  const r = spawnSync(NVIM, ['--headless', '-u', path.join(work, 'init.lua'), '--noplugin', '-n', '-i', 'NONE', `+luafile test/e2e/neovim/${script}`, file], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 90_000,
    env: {
      ...process.env, ...env,
      PATH: `${path.join(dir, 'bin')}${path.delimiter}${process.env.PATH}`,
      RESULT_FILE: resultFile,
      XDG_CONFIG_HOME: path.join(work, 'config'), XDG_CACHE_HOME: path.join(work, 'cache'), XDG_STATE_HOME: path.join(work, 'state'), XDG_DATA_HOME: path.join(work, 'data'),
    },
  });
  if (!fs.existsSync(resultFile)) {
    console.error(`Neovim (${label}): no result (exit ${r.status}${r.error ? `, ${r.error.message}` : ''})`);
    return { passed: 0, failed: 1 };
  }
  const { passed, failed } = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  return { passed, failed: failed || (r.status !== 0 ? 1 : 0) };
}

export function runNeovim() {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-policy-nvim-'));
  const docs = fs.readFileSync(path.join(ROOT, 'docs', 'editors.md'), 'utf8');
  const blocks = [...docs.matchAll(/```lua\n([\s\S]*?)```/g)].map((m) => m[1]);
  if (blocks.length < 2) {
    console.error(`Neovim: docs/editors.md has ${blocks.length} \`\`\`lua blocks; the policy-file block and the FileType block are tested`);
    return { passed: 0, failed: 1 };
  }
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'trust-policy-language-server'),
    `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'dist', 'server', 'main.js')}" "$@"\n`, { mode: 0o755 });
  const runs = [
    runOnce(dir, 'policy', blocks[0], 'role.trust.json', 'lsp-check.lua'),
    runOnce(dir, 'template', blocks[1], 'template.yaml', 'host-check.lua', { SQUIGGLE: 'Resource: "*"', FIXED_KEEPS: 'Action: sts:AssumeRole' }),
    runOnce(dir, 'terraform', blocks[1], 'main.tf', 'host-check.lua', { SQUIGGLE: 'Resource  = "*"', FIXED_KEEPS: 'Action    = "sts:AssumeRole"' }),
  ];
  process.stdout.write('\n');
  return { passed: runs.reduce((n, r) => n + r.passed, 0), failed: runs.reduce((n, r) => n + r.failed, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { passed, failed } = runNeovim();
  console.log(`Neovim: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
