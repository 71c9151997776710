// The real server over stdio under bad input: hostile documents, malformed requests, throwing handlers,
// cancellation, over-size documents; it answers every time and keeps serving the other documents.
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { startClient, type TestClient } from '../support/lsp-client';

const GOOD = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}';
const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : (d.message as { value: string }).value);

/** Frames raw bytes as one LSP message (so a test can send what a well-behaved client library never would). */
function frame(body: string | Buffer): Buffer {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
}
const rpc = (message: Record<string, unknown>) => frame(JSON.stringify({ jsonrpc: '2.0', ...message }));

/** Collects raw responses by id from the server's stdout (ids the client library does not know about). */
function rawResponses(client: TestClient): (id: string, timeoutMs?: number) => Promise<{ result?: unknown; error?: { code: number; message: string } }> {
  let out = '';
  client.process.stdout!.on('data', (b: Buffer) => { out += b.toString('utf8'); });
  return (id, timeoutMs = 5000) => new Promise((resolve, reject) => {
    const started = Date.now();
    const look = () => {
      for (const body of out.split(/Content-Length: \d+\r\n\r\n/)) {
        if (!body.includes(`"id":"${id}"`)) continue;
        resolve(JSON.parse(body) as { result?: unknown; error?: { code: number; message: string } });
        return;
      }
      if (Date.now() - started > timeoutMs) reject(new Error(`no response to ${id}`));
      else setImmediate(look);
    };
    look();
  });
}

describe('language server robustness', function () {
  this.timeout(60_000);
  let client: TestClient;
  let logs: string[];
  let response: ReturnType<typeof rawResponses>;
  let goodVersion = 1;
  const goodUri = 'file:///work/still-served.trust.json';

  /** The canary: a normal document edited after every bad input still gets fresh diagnostics. */
  async function assertStillServing(): Promise<void> {
    const version = ++goodVersion;
    client.change(goodUri, version, version % 2 ? GOOD : GOOD.replace('"Action"', '"Action",'));
    const d = await client.diagnostics(goodUri, (_d, v) => v === version);
    assert.equal(d.some((x) => x.code === 'json-syntax'), version % 2 === 0);
    assert.equal(client.process.exitCode, null, 'the server process exited');
  }

  before(async () => {
    client = await startClient();
    logs = [];
    client.connection.onNotification('window/logMessage', (p: { message: string }) => { logs.push(p.message); });
    response = rawResponses(client);
    client.open(goodUri, GOOD, goodVersion);
    await client.diagnostics(goodUri, (_d, v) => v === 1);
  });
  after(async () => { await client.shutdown(); });

  const badDocuments: [string, string, (d: Diagnostic[]) => boolean][] = [
    ['an empty document', '', (d) => d.some((x) => x.code === 'json-syntax' && /empty/.test(messageOf(x)))],
    ['a byte order mark', `\uFEFF${GOOD}`, (d) => d.some((x) => x.code === 'json-syntax')],
    ['CRLF line endings', GOOD.replace(/, /g, ',\r\n'), (d) => !d.some((x) => x.code === 'json-syntax')],
    ['100k nested arrays', '['.repeat(100_000) + ']'.repeat(100_000), (d) => d.filter((x) => /Nesting deeper than/.test(messageOf(x))).length === 1],
    ['100k unclosed objects', '{"a":'.repeat(100_000), (d) => d.filter((x) => /Nesting deeper than/.test(messageOf(x))).length === 1],
    ['a 10 MB line', `{"Version": "2012-10-17", "Id": "${'x'.repeat(10 * 1024 * 1024)}", "Statement": []}`, (d) => d.filter((x) => x.code === 'document-too-large' && x.severity === 3).length === 1],
    ['lone surrogates', '{"Statement": ["\ud800"]}\udfff', (d) => d.some((x) => x.code === 'json-syntax')],
    ['binary (NUL and control characters)', '\u0000\u0001\u0002PNG\u001a\u0000{[', (d) => d.some((x) => x.code === 'json-syntax')],
    ['text that is not JSON', 'role: admin\nprincipal: everyone\n', (d) => d.some((x) => x.code === 'json-syntax')],
    ['JSON that is not a policy', '{"name": "my-package", "version": "1.0.0", "scripts": {"test": "mocha"}}', (d) => !d.some((x) => x.code === 'json-syntax')],
    ['a flood of syntax errors', `[${','.repeat(300_000)}]`, (d) => d.filter((x) => x.code === 'json-syntax').length === 1000],
  ];
  for (const [name, text, check] of badDocuments) {
    it(`publishes clear diagnostics for ${name} and keeps serving`, async () => {
      const uri = `file:///work/bad-${name.replace(/\W+/g, '-')}.trust.json`;
      client.open(uri, text);
      const d = await client.diagnostics(uri, (_d, v) => v === 1, 20_000);
      assert.ok(check(d), `unexpected diagnostics: ${JSON.stringify(d.map((x) => [x.code, messageOf(x)]).slice(0, 5))}`);
      for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/formatting']) {
        await client.connection.sendRequest(method, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
      }
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
      await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 1 } });
      client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await assertStillServing();
    });
  }

  it('survives invalid UTF-8 bytes inside a message', async () => {
    const uri = 'file:///work/invalid-utf8.trust.json';
    const json = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'iam-trust-policy', version: 1, text: '{"Sid": "XX"}' } } });
    const bytes = Buffer.from(json, 'utf8');
    const at = bytes.indexOf('XX');
    bytes[at] = 0xff;
    bytes[at + 1] = 0xc3;
    client.process.stdin!.write(frame(bytes));
    await client.diagnostics(uri, (_d, v) => v === 1);
    // Each invalid byte became one U+FFFD replacement character, and the document was analysed as such.
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as { name: string; detail?: string }[];
    assert.equal(symbols.find((x) => x.name === 'Sid')?.detail, '\uFFFD\uFFFD');
    await assertStillServing();
  });

  it('ignores a message body that is not JSON', async () => {
    client.process.stdin!.write(frame('this is not JSON {'));
    await assertStillServing();
  });

  it('answers a handler that throws with an empty result and logs the failure once', async () => {
    const before = logs.length;
    for (let i = 0; i < 3; i++) {
      assert.equal(await client.connection.sendRequest('textDocument/hover', {}), null);
      assert.equal(await client.connection.sendRequest('textDocument/completion', { position: null }), null);
      assert.deepEqual(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: goodUri } }), []);
      assert.deepEqual(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: null }), []);
    }
    const failures = logs.slice(before).filter((m) => / failed/.test(m));
    const byHandler = (name: string) => failures.filter((m) => m.startsWith(`${name} failed`)).length;
    assert.equal(byHandler('hover'), 1, failures.join('\n'));
    assert.equal(byHandler('completion'), 1, failures.join('\n'));
    assert.equal(byHandler('codeAction'), 1, failures.join('\n'));
    assert.equal(byHandler('documentSymbol'), 1, failures.join('\n'));
    await assertStillServing();
  });

  it('survives malformed notifications: didOpen without a document, didChange of an unknown or closed document', async () => {
    client.connection.sendNotification('textDocument/didOpen', {});
    client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nowhere.json', version: 2 }, contentChanges: [{ text: 'x' }] });
    client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: goodUri, version: 999 }, contentChanges: null });
    client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///never-opened.json' } });
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { iamTrustPolicy: { rules: 'not an object', sizeQuota: -1 } } });
    await assertStillServing();
  });

  it('answers requests about positions and documents that do not exist', async () => {
    assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: goodUri }, position: { line: 1e9, character: -5 } }), null);
    const list = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: goodUri }, position: { line: 0, character: 1e9 } });
    assert.ok(list === null || typeof list === 'object');
    assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///unknown.json' }, position: { line: 0, character: 0 } }), null);
    await assert.rejects(client.connection.sendRequest('trustPolicy/noSuchMethod', {}), /Unhandled method/);
    await assertStillServing();
  });

  it('analyses a very large document once after a burst of changes, for the latest version only', async () => {
    const uri = 'file:///work/large-burst.trust.json';
    const text = `{"Version": "2012-10-17", "Id": "${'x'.repeat(300_000)}", "Statement": []}`;
    let raw = '';
    const listen = (b: Buffer) => { raw += b.toString('utf8'); };
    client.process.stdout!.on('data', listen);
    try {
      client.open(uri, text);
      for (let v = 2; v <= 6; v++) client.change(uri, v, v % 2 ? text : `${text} `);
      const d = await client.diagnostics(uri, (_d, v) => v === 6, 10_000);
      assert.ok(!d.some((x) => x.code === 'json-syntax'));
      await assertStillServing();
      const versions = [...raw.matchAll(/"method":"textDocument\/publishDiagnostics","params":\{"uri":"file:\/\/\/work\/large-burst\.trust\.json","version":(\d+)/g)].map((m) => Number(m[1]));
      assert.deepEqual(versions, [6], `published for versions ${versions.join(', ')}`);
    } finally {
      client.process.stdout!.off('data', listen);
    }
  });

  it('answers a request cancelled before it ran as cancelled (-32800)', async () => {
    const params = { textDocument: { uri: goodUri }, position: { line: 0, character: 5 } };
    // Request and cancellation in one write: the server sees the cancellation before it runs the handler.
    client.process.stdin!.write(Buffer.concat([
      rpc({ id: 'cancel-1', method: 'textDocument/hover', params }),
      rpc({ method: '$/cancelRequest', params: { id: 'cancel-1' } }),
    ]));
    const r = await response('cancel-1');
    assert.equal(r.error?.code, -32800, JSON.stringify(r));
    // Through the client library as well: a cancelled token rejects with the same code.
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('textDocument/completion', params, source.token);
    source.cancel();
    await pending.then(
      (result) => assert.ok(result === null || typeof result === 'object', 'a request that finished before the cancel arrived may answer'),
      (error: { code?: number }) => assert.equal(error.code, -32800),
    );
    await assertStillServing();
  });
});

describe('language server: documents over the configured size', function () {
  this.timeout(30_000);
  it('analyses only structurally and says so once, as information', async () => {
    const client = await startClient({ settings: { maxDocumentSize: 50 } });
    try {
      const uri = 'file:///work/large.trust.json';
      client.open(uri, GOOD.replace('"Action"', '"Resource": "*", "Action"'));
      const d = await client.diagnostics(uri, (_d, v) => v === 1);
      const notes = d.filter((x) => x.code === 'document-too-large');
      assert.equal(notes.length, 1);
      assert.equal(notes[0].severity, 3);
      assert.match(messageOf(notes[0]), /more than the 50/);
      const small = 'file:///work/small.trust.json';
      client.open(small, '{}');
      const s = await client.diagnostics(small, (_d, v) => v === 1);
      assert.ok(!s.some((x) => x.code === 'document-too-large'));
    } finally {
      await client.shutdown();
    }
  });
});
