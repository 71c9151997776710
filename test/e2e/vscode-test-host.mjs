#!/usr/bin/env node
// Stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath: <this file> }):
// reads the argv test-electron gives VS Code desktop, runs the extension tests in code-server's Node extension
// host (workbench in headless Chromium) and exits with the extension host's exit code.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { launchChromium, startCodeServer } from './support/code-server.mjs';

const NOISE = /^(Resolv|Creating a socket|\[(reconnection-grace-time|Service Worker|AccountPolicyGate|AgentHost)[^\]]*\]|Updating additional builtin|Timed out waiting for authentication provider|getaddrinfo ENOTFOUND|Extension host \(Remote\) is unresponsive|Extension host \(Remote\) is responsive)/;

const opt = { dev: [], positional: [], extraArgs: [] };
for (const a of process.argv.slice(2)) {
  const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
  if (!m) {
    opt.positional.push(a);
    continue;
  }
  const [, key, value] = m;
  if (key === 'extensionDevelopmentPath') opt.dev.push(path.resolve(value));
  else if (key === 'extensionTestsPath') opt.tests = path.resolve(value);
  else if (key === 'disable-extensions') opt.extraArgs.push('--vscode-option', 'disable-extensions');
  // test-electron's --user-data-dir/--extensions-dir point at its desktop cache; fresh temp dirs are used instead.
  // Desktop-only flags (--no-sandbox, --disable-updates, --skip-welcome, ...) do not apply to code-server.
}
if (!opt.tests || !opt.dev.length) {
  console.error('usage: vscode-test-host.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [folder]');
  process.exit(2);
}

const cs = await startCodeServer({ testMode: true, extraArgs: opt.extraArgs });
let browser;
async function finish(code) {
  try { await browser?.close(); } catch { /* closing anyway */ }
  cs.stop();
  process.exit(code);
}
const timer = setTimeout(() => {
  console.error(`extension tests TIMED OUT; code-server log: ${cs.logFile}`);
  void finish(124);
}, Number(process.env.TEST_TIMEOUT_MS || 240_000));

try {
  const payload = [...opt.dev.map((d) => ['extensionDevelopmentPath', cs.remote(d)]),
    ['extensionTestsPath', cs.remote(opt.tests)], ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
  const folder = opt.positional.find((p) => fs.existsSync(p) && fs.statSync(p).isDirectory());
  const url = `${cs.base}/?${folder ? `folder=${encodeURIComponent(path.resolve(folder))}` : 'ew=true'}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  browser = await launchChromium();
  const page = await browser.newPage();
  // The workbench reports the extension host's console and its exit through these automation hooks.
  // Everything goes to the console log file; the terminal gets the tests' output without the workbench's
  // start-up chatter and its failed (offline) gallery and sign-in lookups.
  const consoleLog = fs.createWriteStream(path.join(cs.logFile, '..', 'workbench-console.log'));
  const exitCode = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...args);
      consoleLog.write(`[${type}] ${line}\n`);
      if (!NOISE.test(line)) (type === 'error' ? process.stderr : process.stdout).write(line + '\n');
    });
    void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
  });
  await page.goto(url);
  const code = await exitCode;
  clearTimeout(timer);
  if (code !== 0) console.error(`code-server log: ${cs.logFile}; workbench console: ${path.join(cs.logFile, '..', 'workbench-console.log')}`);
  await finish(code);
} catch (e) {
  console.error(e);
  await finish(1);
}
