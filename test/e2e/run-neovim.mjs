// Runs Neovim's built-in LSP client, headless, on a copy of a bad policy. Its only config is the init.lua block of
// docs/editors.md, with `trust-policy-language-server` on PATH pointing at dist/server/main.js: the docs are tested.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARTIFACTS, NVIM, ROOT } from './support/toolchain.mjs';

export function runNeovim() {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-policy-nvim-'));
  const file = path.join(dir, 'role.trust.json');
  fs.copyFileSync(path.join(ROOT, 'test', 'e2e', 'fixtures', 'ui', 'role.trust.json'), file);
  const docs = fs.readFileSync(path.join(ROOT, 'docs', 'editors.md'), 'utf8');
  const init = /```lua\n([\s\S]*?)```/.exec(docs);
  if (!init) {
    console.error('Neovim: docs/editors.md has no ```lua block to test');
    return { passed: 0, failed: 1 };
  }
  fs.writeFileSync(path.join(dir, 'init.lua'), init[1]);
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'trust-policy-language-server'),
    `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'dist', 'server', 'main.js')}" "$@"\n`, { mode: 0o755 });
  const resultFile = path.join(ARTIFACTS, 'neovim-result.json');
  fs.rmSync(resultFile, { force: true });
  const r = spawnSync(NVIM, ['--headless', '-u', path.join(dir, 'init.lua'), '--noplugin', '-n', '-i', 'NONE', '+luafile test/e2e/neovim/lsp-check.lua', file], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 90_000,
    env: {
      ...process.env,
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
      RESULT_FILE: resultFile,
      XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_CACHE_HOME: path.join(dir, 'cache'), XDG_STATE_HOME: path.join(dir, 'state'), XDG_DATA_HOME: path.join(dir, 'data'),
    },
  });
  process.stdout.write('\n');
  if (!fs.existsSync(resultFile)) {
    console.error(`Neovim: no result (exit ${r.status}${r.error ? `, ${r.error.message}` : ''})`);
    return { passed: 0, failed: 1 };
  }
  const { passed, failed } = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  return { passed, failed: failed || (r.status !== 0 ? 1 : 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { passed, failed } = runNeovim();
  console.log(`Neovim: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
