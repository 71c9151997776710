// The npm package trust-policy-lint: packed from the built bundles, installed offline into an empty prefix, and
// its two bins run from there (the CLI on policies, the language server over stdio), plus `npm exec` (npx).
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const ROOT = path.resolve(__dirname, '../..');
const BAD = '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "sts:AssumeRole" }]\n}\n';
const GOOD = '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole" }]\n}\n';

function run(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000, ...options });
}

describe('npm package (trust-policy-lint)', function () {
  this.timeout(120_000);
  let tmp: string;
  let tarball: string;
  let prefix: string;
  let bin: (name: string) => string;
  // A private npm cache: the install must work offline from the tarball alone.
  let npmEnv: NodeJS.ProcessEnv;

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-policy-npm-test-'));
    npmEnv = { ...process.env, npm_config_cache: path.join(tmp, 'cache'), npm_config_update_notifier: 'false' };
    const packed = run(process.execPath, [path.join(ROOT, 'scripts', 'pack-npm.mjs'), '--no-build', '--out', path.join(tmp, 'out')], { cwd: ROOT });
    assert.equal(packed.status, 0, packed.stderr + packed.stdout);
    tarball = packed.stdout.trim().split('\n').pop()!;
    prefix = path.join(tmp, 'prefix');
    fs.mkdirSync(prefix);
    bin = (name) => path.join(prefix, 'node_modules', '.bin', name);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('holds only what the CLI and the stdio server need: two bundles, the wasm assets, the rule pages, editor set-ups, README, LICENSE', () => {
    const listed = run('tar', ['-tzf', tarball]).stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, '')).sort();
    const rulePages = fs.existsSync(path.join(ROOT, 'docs', 'rules'))
      ? fs.readdirSync(path.join(ROOT, 'docs', 'rules'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
        .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      : [];
    const expected = ['LICENSE', 'README.md', 'package.json', 'dist/cli.js', 'dist/server/main.js', 'dist/server/server.js', 'dist/tree-sitter-terraform.wasm', 'dist/web-tree-sitter.wasm', 'docs/editors.md', ...rulePages].sort();
    assert.deepEqual(listed, expected);
  });

  it('declares no dependencies, Node 20 or later, and both bins', () => {
    const manifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json']).stdout) as Record<string, unknown>;
    assert.equal(manifest.name, 'trust-policy-lint');
    assert.equal(manifest.version, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    assert.equal(manifest.dependencies, undefined);
    assert.equal(manifest.peerDependencies, undefined);
    assert.equal(manifest.optionalDependencies, undefined);
    assert.deepEqual(manifest.engines, { node: '>=20' });
    assert.deepEqual(Object.keys(manifest.bin as object).sort(), ['trust-policy-language-server', 'trust-policy-lint']);
  });

  it('installs offline into an empty prefix, as the only package', () => {
    const r = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], { env: npmEnv });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(path.join(prefix, 'node_modules')).filter((n) => !n.startsWith('.')), ['trust-policy-lint']);
    assert.ok(fs.existsSync(bin('trust-policy-lint')) && fs.existsSync(bin('trust-policy-language-server')));
  });

  it('trust-policy-lint runs from the install: exit 1 with the finding on a bad policy, 0 on a good one', () => {
    fs.writeFileSync(path.join(tmp, 'bad.trust.json'), BAD);
    fs.writeFileSync(path.join(tmp, 'good.trust.json'), GOOD);
    const bad = run(bin('trust-policy-lint'), ['bad.trust.json'], { cwd: tmp });
    assert.equal(bad.status, 1, bad.stderr);
    assert.match(bad.stdout, /principal-wildcard/);
    const good = run(bin('trust-policy-lint'), ['good.trust.json'], { cwd: tmp });
    assert.equal(good.status, 0, good.stdout + good.stderr);
    const sarif = run(bin('trust-policy-lint'), ['--format', 'sarif', 'bad.trust.json'], { cwd: tmp });
    assert.equal(JSON.parse(sarif.stdout).runs[0].results[0].ruleId, 'principal-wildcard');
  });

  it('trust-policy-language-server --stdio from the install: initialize round trip and diagnostics', async () => {
    const child = spawn(bin('trust-policy-language-server'), ['--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    try {
      const diagnostics = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve));
      connection.onRequest('client/registerCapability', () => null);
      connection.listen();
      const init = await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(init.serverInfo?.name, 'trust-policy-language-server');
      connection.sendNotification('initialized', {});
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///bad.trust.json', languageId: 'iam-trust-policy', version: 1, text: BAD } });
      const published = await diagnostics;
      assert.ok(published.diagnostics.some((d) => d.code === 'principal-wildcard'), JSON.stringify(published.diagnostics.map((d) => d.code)));
      await connection.sendRequest('shutdown');
      connection.sendNotification('exit');
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  it('npx (npm exec --package <tarball>) runs trust-policy-lint offline', () => {
    const r = run('npm', ['exec', '--offline', '--yes', '--package', tarball, '--', 'trust-policy-lint', '--version'], { cwd: tmp, env: npmEnv });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^trust-policy-lint \d+\.\d+\.\d+/);
  });
});
