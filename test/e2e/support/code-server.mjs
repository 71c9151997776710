// Starts a throw-away code-server (VS Code server on Node 24) and a headless Debian Chromium for the editor tests.
/* global fetch */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, CODE_SERVER, NODE24 } from './toolchain.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

// User (not workspace) settings: app-scoped keys in workspace settings raise an error toast.
const USER_SETTINGS = {
  'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none',
  'workbench.tips.enabled': false, 'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.colorTheme': 'Default Light Modern', 'window.commandCenter': false, 'editor.minimap.enabled': false,
  // Other processes opening ports on the machine must not pop up port-forwarding toasts mid-test.
  'remote.autoForwardPorts': false,
};

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

/** Fresh user-data, extensions and XDG folders (code-server writes config.yaml and logs under XDG otherwise in $HOME). */
export function tempProfile(prefix = 'trust-policy-cs-') {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const dirs = {
    tmp,
    userDataDir: path.join(tmp, 'user'),
    extensionsDir: path.join(tmp, 'ext'),
    env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_DATA_HOME: path.join(tmp, 'data') },
  };
  fs.mkdirSync(path.join(dirs.userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(dirs.extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(dirs.userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 1));
  return dirs;
}

/** Runs code-server's CLI once (for example --install-extension) against a profile. */
export function codeServerCli(dirs, args) {
  const r = spawnSync(NODE24, [CODE_SERVER, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir, ...args],
    { env: dirs.env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`code-server ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/**
 * testMode adds the smoke-test-driver option: without it a built workbench ignores the URL's
 * extensionDevelopmentPath/extensionTestsPath payload and the test run just hangs.
 */
export async function startCodeServer({ dirs = tempProfile(), testMode = false, extraArgs = [], env = {} } = {}) {
  const port = await freePort();
  const args = [CODE_SERVER, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir,
    ...(testMode ? ['--vscode-option', 'enable-smoke-test-driver'] : []), ...extraArgs];
  const logFile = path.join(dirs.tmp, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  // Own process group: stop() must also end the extension host and language server, which code-server
  // would otherwise keep alive for its reconnection grace time.
  const proc = spawn(NODE24, args, { env: { ...dirs.env, ...env }, detached: true, stdio: ['ignore', log, log] });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch { /* not listening yet */ }
    if (proc.exitCode !== null || Date.now() > deadline) throw new Error(`code-server did not start; log: ${logFile}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    logFile,
    remote: (p) => `vscode-remote://127.0.0.1:${port}${p}`,
    stop: () => {
      try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* already gone */ }
    },
  };
}

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
