// Runs Emacs with eglot, in batch mode, on a copy of a bad policy. Its only config is the elisp block of the Emacs
// section of docs/editors.md, with `trust-policy-language-server` on PATH pointing at dist/server/main.js.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARTIFACTS, EMACS, ROOT } from './support/toolchain.mjs';

export function runEmacs() {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-policy-emacs-'));
  const file = path.join(dir, 'role.trust.json');
  fs.copyFileSync(path.join(ROOT, 'test', 'e2e', 'fixtures', 'ui', 'role.trust.json'), file);
  const docs = fs.readFileSync(path.join(ROOT, 'docs', 'editors.md'), 'utf8');
  const init = /```elisp\n([\s\S]*?)```/.exec(docs);
  if (!init) {
    console.error('Emacs: docs/editors.md has no ```elisp block to test');
    return { passed: 0, failed: 1 };
  }
  fs.writeFileSync(path.join(dir, 'init.el'), init[1]);
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'trust-policy-language-server'),
    `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'dist', 'server', 'main.js')}" "$@"\n`, { mode: 0o755 });
  const resultFile = path.join(ARTIFACTS, 'emacs-result.json');
  fs.rmSync(resultFile, { force: true });
  // -q: no user init file, but the system's packages (Debian's elpa-eglot on Emacs 28) are still activated.
  const r = spawnSync(EMACS, ['--batch', '-q', '-l', path.join(dir, 'init.el'), '-l', path.join(ROOT, 'test', 'e2e', 'emacs', 'eglot-check.el')], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 120_000,
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, HOME: dir, POLICY_FILE: file, RESULT_FILE: resultFile },
  });
  if (!fs.existsSync(resultFile)) {
    console.error(`Emacs: no result (exit ${r.status}${r.error ? `, ${r.error.message}` : ''})`);
    return { passed: 0, failed: 1 };
  }
  const { passed, failed } = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  return { passed, failed: failed || (r.status !== 0 ? 1 : 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { passed, failed } = runEmacs();
  console.log(`Emacs: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
