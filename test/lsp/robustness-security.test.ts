// Security: over stdio the server opens no socket, makes no network request and starts no process; the manifest's
// untrusted/virtual workspace declarations match what the extension does.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { SERVER } from '../support/lsp-client';

const ROOT = path.resolve(__dirname, '../..');

/** Preloaded into the server: records every attempt to use the network or start a process. */
const PRELOAD = `
const fs = require('fs');
const note = (what) => fs.appendFileSync(process.env.TRAP_LOG, what + '\\n');
const trap = (mod, name, label) => {
  const original = mod[name];
  if (typeof original !== 'function') return;
  mod[name] = function (...args) { note(label); return original.apply(this, args); };
};
const net = require('net');
trap(net.Socket.prototype, 'connect', 'net.Socket.connect');
trap(net.Server.prototype, 'listen', 'net.Server.listen');
trap(net, 'connect', 'net.connect');
trap(net, 'createConnection', 'net.createConnection');
trap(require('tls'), 'connect', 'tls.connect');
trap(require('dgram'), 'createSocket', 'dgram.createSocket');
for (const m of ['http', 'https', 'http2']) for (const f of ['request', 'get', 'connect']) trap(require(m), f, m + '.' + f);
for (const f of ['lookup', 'resolve', 'resolve4', 'resolve6']) trap(require('dns'), f, 'dns.' + f);
for (const f of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) trap(require('child_process'), f, 'child_process.' + f);
if (typeof globalThis.fetch === 'function') trap(globalThis, 'fetch', 'fetch');
note('preload active');
`;

/** Sockets the process holds besides its three stdio descriptors (Linux /proc). */
function extraSockets(pid: number): string[] {
  const dir = `/proc/${pid}/fd`;
  return fs.readdirSync(dir)
    .filter((fd) => Number(fd) > 2)
    .map((fd) => { try { return `${fd} -> ${fs.readlinkSync(path.join(dir, fd))}`; } catch { return ''; } })
    .filter((link) => link.includes('socket:'));
}

describe('security: the server over stdio', function () {
  this.timeout(30_000);
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-trap-'));
    fs.writeFileSync(path.join(tmp, 'trap.cjs'), PRELOAD);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('the trap itself works (control): a script that connects is caught', () => {
    const log = path.join(tmp, 'control.log');
    spawnSync(process.execPath, ['-r', path.join(tmp, 'trap.cjs'), '-e', "require('net').connect(9, '127.0.0.1').on('error', () => {}); require('child_process').spawnSync('true')"], { env: { ...process.env, TRAP_LOG: log } });
    const lines = fs.readFileSync(log, 'utf8').split('\n');
    assert.ok(lines.includes('net.connect') || lines.includes('net.Socket.connect'), lines.join(', '));
    assert.ok(lines.includes('child_process.spawnSync'));
  });

  it('opens no socket, makes no network request and starts no process during a full session', async () => {
    const log = path.join(tmp, 'server.log');
    const child = spawn(process.execPath, ['-r', path.join(tmp, 'trap.cjs'), SERVER, '--stdio'], { env: { ...process.env, TRAP_LOG: log }, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    // The change supersedes the open before its analysis ends, so only version 2 is published.
    const published = new Promise<void>((resolve) => connection.onNotification('textDocument/publishDiagnostics', (p: { version?: number }) => { if (p.version === 2) resolve(); }));
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ accounts: ['123456789012'] })));
    connection.onRequest('client/registerCapability', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: 'file:///work', capabilities: { workspace: { configuration: true } } });
      connection.sendNotification('initialized', {});
      const uri = 'file:///work/a.trust.json';
      // A policy full of URLs, hosts and ARNs: nothing in it may be looked up.
      const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com", "AWS": "https://example.com/x"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}}]}';
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'iam-trust-policy', version: 1, text } });
      connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: text.replace('"Allow"', '"Allow" ') }] });
      await published;
      for (const [method, position] of [['textDocument/hover', { line: 0, character: 120 }], ['textDocument/completion', { line: 0, character: 60 }]] as const) {
        await connection.sendRequest(method, { textDocument: { uri }, position });
      }
      await connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } }, context: { diagnostics: [] } });
      await connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
      if (process.platform === 'linux') assert.deepEqual(extraSockets(child.pid!), [], 'the server holds a socket besides stdio');
      await connection.sendRequest('shutdown');
      connection.sendNotification('exit');
    } finally {
      connection.dispose();
      child.kill();
    }
    const lines = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
    assert.deepEqual(lines, ['preload active'], `the server touched the network or processes: ${lines.join(', ')}`);
  });
});

describe('security: the extension manifest', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    capabilities?: { untrustedWorkspaces?: { supported?: boolean | string; restrictedConfigurations?: string[] }; virtualWorkspaces?: boolean | { supported?: boolean } };
    contributes: { configuration: { properties: Record<string, { type?: string; markdownDescription?: string }> } };
    main: string;
  };
  const clientSources = fs.readdirSync(path.join(ROOT, 'client/src')).filter((f) => f.endsWith('.ts')).map((f) => fs.readFileSync(path.join(ROOT, 'client/src', f), 'utf8'));

  it('supports untrusted workspaces fully, which is right only because no setting names something to run or read', () => {
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
    // A workspace could set any of these; none may point at a program, a path or a URL.
    for (const [key, schema] of Object.entries(manifest.contributes.configuration.properties)) {
      assert.doesNotMatch(key, /path|command|executable|runtime|server\.(?!trace)|url|endpoint/i, `${key} would need a restricted configuration in untrusted workspaces`);
      assert.doesNotMatch(schema.markdownDescription ?? '', /\bpath to\b|\bexecutable\b/i, key);
    }
  });

  it('supports virtual workspaces: the server gets text over LSP, and the client neither reads files nor limits itself to file: URIs', () => {
    const declared = manifest.capabilities?.virtualWorkspaces;
    assert.ok(declared === true || (typeof declared === 'object' && declared.supported === true));
    for (const source of clientSources) {
      assert.doesNotMatch(source, /scheme:\s*['"]file['"]/, 'the document selector is limited to file: URIs');
      assert.doesNotMatch(source, /from 'node:(fs|child_process|net|http|https|dgram)'|require\('(fs|child_process|net|http|https)'\)/, 'the client must not read files, start processes or use the network');
      assert.doesNotMatch(source, /\bfetch\(/, 'the client must not fetch');
    }
  });

  it('the server reads no files at run time: its data is bundled, not loaded from disk (only assets-node.ts reads its own wasm files, siblings-node.ts the Terraform files (.tf, .tf.json, auto-loaded .tfvars) beside an open one, and code-cache.ts its own bundle and V8 code cache)', () => {
    const serverSources: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        // assets-node.ts reads the bundle's own wasm files, by a fixed list of names (test/unit/assets.test.ts);
        // siblings-node.ts reads the .tf files of an open .tf file's folder (a Terraform module spans them).
        // code-cache.ts (the bin's loader) reads the server bundle and the V8 code cache it wrote for that exact
        // bundle in the user's cache folder; never anything from the workspace (test/unit/startup/code-cache.test.ts).
        else if (e.name.endsWith('.ts') && !full.includes(`${path.sep}cli`) && !['assets-node.ts', 'siblings-node.ts', 'code-cache.ts'].includes(e.name)) serverSources.push(full);
      }
    };
    walk(path.join(ROOT, 'server/src'));
    for (const file of serverSources) {
      const source = fs.readFileSync(file, 'utf8');
      assert.doesNotMatch(source, /from 'node:(fs|child_process|net|http|https)(\/[a-z]+)?'|from '(fs|child_process|net|http|https)(\/[a-z]+)?'/, `${path.relative(ROOT, file)} imports a file, process or network module`);
    }
  });
});
