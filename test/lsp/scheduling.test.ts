// Per-keystroke budget over stdio: a large analysis runs in slices, so a hover answers before it ends, and an
// analysis of an older version stops when a newer version arrives (its diagnostics are never published).
import assert from 'node:assert/strict';
import { startClient, type TestClient } from '../support/lsp-client';
import { SHAPES, shapeOfSize } from '../../bench/shapes';

function rpc(message: Record<string, unknown>): Buffer {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

describe('language server: analysis in slices', function () {
  this.timeout(60_000);
  let client: TestClient;
  // What the server wrote, in order: the position of a response against a notification is the order it sent them.
  let written = '';
  const uri = 'file:///work/sliced.trust.json';
  // Just under the size that waits for a pause in typing: analysed on every change, and long enough to need slices.
  const text = shapeOfSize(SHAPES.find((s) => s.name === 'statements')!, 190_000).text;
  const hoverFrame = (id: string) => rpc({ id, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 1, character: 4 } } });
  const at = (needle: string) => {
    const i = written.indexOf(needle);
    assert.ok(i >= 0, `the server never wrote ${needle}`);
    return i;
  };
  const publishedVersions = () => [...written.matchAll(/"method":"textDocument\/publishDiagnostics","params":\{"uri":"file:\/\/\/work\/sliced\.trust\.json","version":(\d+)/g)].map((m) => Number(m[1]));

  before(async () => {
    client = await startClient();
    client.process.stdout!.on('data', (b: Buffer) => { written += b.toString('utf8'); });
  });
  after(async () => client?.shutdown());

  it('answers a hover while a large document is being analysed', async () => {
    client.open(uri, text, 1);
    await client.diagnostics(uri, (_d, v) => v === 1, 30_000);
    written = '';
    // The change and the hover in one write: the server reads both before the analysis of version 2 begins.
    const change = rpc({ method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${text} ` }] } });
    client.process.stdin!.write(Buffer.concat([change, hoverFrame('hover-during-v2')]));
    await client.diagnostics(uri, (_d, v) => v === 2, 30_000);
    const hover = at('"id":"hover-during-v2"');
    assert.ok(hover < at('"version":2'), 'the hover was answered before the analysis ended');
    assert.match(written.slice(hover, hover + 200), /"result":\{"contents"/);
  });

  it('stops analysing an older version when a newer one arrives and publishes only the newest', async () => {
    written = '';
    // The three changes and the hover in one write, so the server has them all before version 3's analysis ends
    // (separate writes let a fast machine finish version 3 first, and then publishing it is right).
    const change = (version: number, body: string) => rpc({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ text: body }] } });
    client.process.stdin!.write(Buffer.concat([change(3, text), change(4, `${text}  `), change(5, `${text}   `), hoverFrame('hover-during-v3-v5')]));
    await client.diagnostics(uri, (_d, v) => v === 5, 30_000);
    assert.deepEqual(publishedVersions(), [5]);
    assert.ok(at('"id":"hover-during-v3-v5"') < at('"version":5'), 'the hover was answered before the analysis ended');
  });
});
