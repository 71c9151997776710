// Web extension UI test: the packaged .vsix in code-server's *web worker* extension host, as in vscode.dev and
// github.dev: the browser client (dist/client/browser.js) starts the language server in a web worker
// (dist/server/browser-main.js). The user setting remote.extensionKind = ["web"] makes the workbench run it there
// instead of in its Node extension host; the test then proves that the server really is a worker (a
// DedicatedWorkerGlobalScope without `process`, started by the extension host worker) and that no Node server
// process exists, and drives squiggle, Problems entry, hover and quick fix, with screenshots.
/* global self */ // page.workers() callbacks run inside the worker
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeServerCli, launchChromium, startCodeServer, tempProfile } from './support/code-server.mjs';
import { ARTIFACTS, ROOT } from './support/toolchain.mjs';

const FILE = 'role.trust.json';
const EXTENSION_ID = 'trust-policy-tools.iam-trust-policy';
const WORKER_NAME = 'trust-policy-language-server';
const shot = (name) => path.join(ARTIFACTS, name);

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

export async function runWebSmoke(vsix) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of fs.readdirSync(ARTIFACTS).filter((n) => n.startsWith('web-') && n.endsWith('.png'))) fs.rmSync(path.join(ARTIFACTS, f));
  const results = [];
  const step = async (name, fn) => {
    const t = Date.now();
    try {
      const detail = await fn();
      results.push({ name, ok: true });
      console.log(`  PASS ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)${detail ? `: ${detail}` : ''}`);
    } catch (e) {
      results.push({ name, ok: false });
      console.log(`  FAIL ${name}: ${String(e.message).split('\n')[0]}`);
      throw e;
    }
  };
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-policy-web-'));
  fs.cpSync(path.join(ROOT, 'test', 'e2e', 'fixtures', 'ui'), workspace, { recursive: true });
  const dirs = tempProfile('trust-policy-web-profile-');
  const settingsFile = path.join(dirs.userDataDir, 'User', 'settings.json');
  const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  // Run the extension where vscode.dev runs it: in the browser's web worker extension host, not the server's Node one.
  settings['remote.extensionKind'] = { [EXTENSION_ID]: ['web'] };
  fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 1));
  let cs;
  let browser;
  try {
    await step('install the packaged .vsix (with a browser entry)', async () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      if (!manifest.browser) throw new Error('package.json has no "browser" entry');
      codeServerCli(dirs, ['--install-extension', vsix]);
      return `${path.basename(vsix)}, browser entry ${manifest.browser}`;
    });
    cs = await startCodeServer({ dirs });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    const editor = page.locator(`.monaco-editor[data-uri$="${FILE}"]`);
    const problem = (code) => page.locator('.markers-panel .monaco-list-row', { hasText: code });

    await step('workbench loads and opens the policy from the explorer', async () => {
      await page.goto(`${cs.base}/?folder=${encodeURIComponent(workspace)}`);
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE });
      await row.waitFor({ timeout: 60_000 });
      await row.click();
      await editor.locator('.view-lines').waitFor({ timeout: 30_000 });
    });
    await step('error squiggle and Problems entry from the web worker server', async () => {
      await editor.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
      await page.keyboard.press('Control+Shift+M');
      await problem('resource-forbidden').first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: shot('web-1-diagnostics.png') });
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
      if (!probe.name.startsWith('ExtensionHostWorker')) throw new Error(`the server worker was not started by the extension host worker: ${probe.name}`);
      if (probe.scope !== 'DedicatedWorkerGlobalScope' || probe.process !== 'undefined' || probe.require !== 'undefined') {
        throw new Error(`the server's global scope is not a bare web worker: ${JSON.stringify(probe)}`);
      }
      const nodeServers = nodeServerProcesses(dirs.extensionsDir);
      if (nodeServers.length) throw new Error(`a Node language server runs too: ${nodeServers.join('; ')}`);
      return `worker "${probe.name}": ${probe.scope}, typeof process = ${probe.process}; no dist/server/main.js process`;
    });
    await step('hover explains the service principal ec2.amazonaws.com', async () => {
      await editor.locator('.view-line span span', { hasText: 'ec2.amazonaws.com' }).first().hover();
      const hover = page.locator('.monaco-hover:visible', { hasText: 'ec2.amazonaws.com' });
      await hover.first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: shot('web-2-hover.png') });
      return (await hover.first().innerText()).replace(/\s+/g, ' ').slice(0, 100);
    });
    await step('quick-fix menu (Ctrl+.) on "Resource" applies the fix', async () => {
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      await editor.locator('.view-line span span', { hasText: '"Resource"' }).first().click();
      await page.keyboard.press('Control+.');
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Resource' });
      await fix.first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: shot('web-3-quick-fix.png') });
      const title = await fix.first().innerText();
      await fix.first().click();
      await editor.locator('.view-line', { hasText: '"Resource"' }).first().waitFor({ state: 'detached', timeout: 20_000 });
      await problem('resource-forbidden').first().waitFor({ state: 'detached', timeout: 20_000 });
      await page.screenshot({ path: shot('web-4-after-fix.png') });
      return title.replace(/\s+/g, ' ');
    });
  } catch {
    const page = browser?.contexts()[0]?.pages()[0];
    await page?.screenshot({ path: shot('web-failure.png') }).catch(() => undefined);
    if (cs) console.error(`  code-server log: ${cs.logFile}; failure screenshot: ${shot('web-failure.png')}`);
  } finally {
    await browser?.close().catch(() => undefined);
    cs?.stop();
  }
  const failed = results.filter((r) => !r.ok).length || (results.length < 6 ? 1 : 0);
  if (!failed && process.env.UPDATE_DOCS_SCREENSHOTS === '1') {
    fs.copyFileSync(shot('web-3-quick-fix.png'), path.join(ROOT, 'docs', 'web.png'));
    console.log('  copied web-3-quick-fix.png to docs/web.png');
  }
  return { passed: results.filter((r) => r.ok).length, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { passed, failed } = await runWebSmoke(path.resolve(process.argv[2] || ''));
  console.log(`web worker UI: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
