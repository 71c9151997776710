// Access tests and simulation over LSP (built server, stdio): test-file diagnostics and lenses, the policy's tally lens,
// re-runs when the open policy changes, completion in test files, the simulate request and the statement code action.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { startClient, type TestClient } from '../support/lsp-client';

const POLICY = (sub: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Deploy', Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': sub } } }] }, null, 2);
const TESTS = JSON.stringify({ cases: [
  { name: 'main deploys', request: { github: { repository: 'acme/app', ref: 'main' } }, expect: 'allow' },
  { name: 'dev deploys too', request: { github: { repository: 'acme/app', ref: 'dev' } }, expect: 'allow' },
  { name: 'odd key', request: { principal: '111122223333', context: { 'made:up': 'x' } }, expect: 'deny' },
] }, null, 2);

type Lens = { command?: { title: string } };

describe('access tests over LSP', function () {
  this.timeout(30_000);
  let client: TestClient;
  let dir: string;
  let policyUri: string;
  let testsUri: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-lsp-tests-'));
    fs.writeFileSync(path.join(dir, 'deploy.json'), POLICY('repo:acme/app:ref:refs/heads/main'));
    fs.writeFileSync(path.join(dir, 'deploy.trust-tests.json'), TESTS);
    policyUri = pathToFileURL(path.join(dir, 'deploy.json')).href;
    testsUri = pathToFileURL(path.join(dir, 'deploy.trust-tests.json')).href;
    client = await startClient({ initializationOptions: { fileAccess: true } });
    // The server reads files that are not open through the client, as the VS Code client does with workspace.fs.
    const local = (uri: string) => fileURLToPath(uri);
    client.connection.onRequest('iamTrustPolicy/readFile', ({ uri }: { uri: string }) => (fs.existsSync(local(uri)) ? fs.readFileSync(local(uri), 'utf8') : null));
    client.connection.onRequest('iamTrustPolicy/listFolder', ({ uri }: { uri: string }) => (fs.existsSync(local(uri)) ? fs.readdirSync(local(uri)) : null));
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const lenses = async (uri: string) => (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }) as Lens[]).map((l) => l.command?.title ?? '');
  const failing = (d: Diagnostic[]) => d.filter((x) => x.code === 'test-failed').map((x) => ({ ...x, message: String(x.message) }));

  it('reads the unopened policy through the client: a failing case is a diagnostic with the explanation, lenses show pass/fail', async () => {
    client.open(testsUri, TESTS);
    const d = await client.diagnostics(testsUri, (x) => failing(x).length > 0);
    assert.equal(failing(d).length, 1);
    assert.match(failing(d)[0].message, /expected allow, got deny/);
    assert.match(failing(d)[0].message, /"token.actions.githubusercontent.com:sub" is "repo:acme\/app:ref:refs\/heads\/dev"/);
    assert.ok(d.some((x) => x.code === 'test-unknown-key' && /"made:up"/.test(String(x.message))));
    assert.deepEqual(await lenses(testsUri), ['access tests: 2 passed, 1 failed against deploy.json', '✓ passes: allow', '✗ fails: expected allow, got deny', '✓ passes: deny']);
  });

  it('the policy shows the tally, and editing the open policy re-runs the tests', async () => {
    client.open(policyUri, POLICY('repo:acme/app:ref:refs/heads/main'));
    assert.ok((await lenses(policyUri)).includes('access tests: 2 passed, 1 failed'));
    client.change(policyUri, 2, POLICY('repo:acme/app:ref:refs/heads/*'));
    await client.diagnostics(testsUri, (x) => failing(x).length === 0 && x.length > 0);
    assert.ok((await lenses(policyUri)).includes('access tests: 3 passed, 0 failed'));
  });

  it('completes request fields, condition keys and expect values', async () => {
    const text = '{"cases": [{"name": "x", "request": {"principal": {"Service": ""}, "context": {"": ""}}, "expect": ""}]}';
    const uri = pathToFileURL(path.join(dir, 'other.trust-tests.json')).href;
    client.open(uri, text);
    const labels = async (needle: string, delta: number) => {
      const offset = text.indexOf(needle) + delta;
      const list = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: offset } }) as { items: { label: string }[] };
      return list.items.map((i) => i.label);
    };
    assert.ok((await labels('"Service": ""', '"Service": "'.length)).includes('lambda.amazonaws.com'));
    assert.ok((await labels('"context": {""', '"context": {"'.length)).includes('aws:SourceArn'));
    assert.deepEqual(await labels('"expect": ""', '"expect": "'.length), ['allow', 'deny']);
  });

  it('without file access from the client, says the policy was not found', async () => {
    const uri = pathToFileURL(path.join(dir, 'nowhere', 'x.trust-tests.json')).href;
    client.open(uri, TESTS);
    const d = await client.diagnostics(uri, (x) => x.some((y) => y.code === 'test-policy-missing'));
    assert.match(String(d.find((y) => y.code === 'test-policy-missing')?.message), /Policy not found: looked for x.json and x.trust.json/);
  });

  it('simulates a request against an open policy, and offers it as a code action on a statement', async () => {
    const r = await client.connection.sendRequest('iamTrustPolicy/simulate', { uri: policyUri, request: '{"github": {"repository": "acme/app", "ref": "main"}}', statement: 0 }) as { ok: boolean; decision: string; text: string };
    assert.equal(r.ok, true);
    assert.equal(r.decision, 'allow');
    assert.match(r.text, /^Statement 1 \(Deploy\) \(where you asked\): matches/);
    const bad = await client.connection.sendRequest('iamTrustPolicy/simulate', { uri: policyUri, request: '{"github": {"repository": "nope"}}' }) as { ok: boolean; text: string };
    assert.equal(bad.ok, false);
    assert.match(bad.text, /github.repository is OWNER\/REPO/);
    const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: policyUri }, range: { start: { line: 4, character: 8 }, end: { line: 4, character: 8 } }, context: { diagnostics: [] } }) as { title: string; command?: { command: string; arguments: unknown[] } }[];
    const sim = actions.find((a) => a.command?.command === 'iamTrustPolicy.simulate');
    assert.deepEqual(sim?.command?.arguments, [policyUri, 0]);
  });
});

describe('access tests over LSP, client without file access', function () {
  this.timeout(30_000);
  it('asks other editors for no files: an unopened policy is reported as not found', async () => {
    const client = await startClient();
    let asked = 0;
    client.connection.onRequest('iamTrustPolicy/readFile', () => { asked++; return null; });
    client.connection.onRequest('iamTrustPolicy/listFolder', () => { asked++; return null; });
    try {
      const uri = 'file:///nowhere/deploy.trust-tests.json';
      client.open(uri, TESTS);
      await client.diagnostics(uri, (d) => d.some((x) => x.code === 'test-policy-missing'));
      await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } });
      assert.equal(asked, 0);
    } finally {
      await client.shutdown();
    }
  });
});
