// Drives the built server over stdio: initialize, didOpen, diagnostics, didChange, formatting, symbols.
import assert from 'node:assert/strict';
import { startClient, type TestClient } from '../support/lsp-client';

const uri = 'file:///work/role.trust.json';

describe('language server over stdio', () => {
  let client: TestClient;
  before(async () => { client = await startClient(); });
  after(async () => { await client.shutdown(); });

  it('publishes diagnostics on open and updates them on change', async () => {
    client.open(uri, '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",}]}');
    const first = await client.diagnostics(uri, (d) => d.length > 0);
    assert.ok(first.some((d) => d.code === 'json-syntax'));
    assert.equal(first[0].source, 'trust-policy');
    // The built server links to the rule pages of its own package (dist/server/main.js -> docs/rules/).
    const syntax = first.find((d) => d.code === 'json-syntax');
    assert.match(String(syntax?.codeDescription?.href), /^file:\/\/.*\/docs\/rules\/json-syntax\.md$/);
    client.change(uri, 2, '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}');
    const second = await client.diagnostics(uri, (_d, v) => v === 2);
    assert.ok(!second.some((d) => d.code === 'json-syntax'));
  });

  it('formats the document', async () => {
    const edits = await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }) as unknown[];
    assert.ok(Array.isArray(edits) && edits.length > 0);
  });

  it('lists statements in the outline', async () => {
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as { name: string; children?: { name: string }[] }[];
    const statement = symbols.find((s) => s.name === 'Statement');
    assert.equal(statement?.children?.[0]?.name, 'Statement 1');
  });

  it('answers code lenses with who can assume the role', async () => {
    const lenses = await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }) as { command?: { title: string } }[];
    assert.equal(lenses.length, 1);
    assert.match(lenses[0].command?.title ?? '', /^Who can assume: /);
  });

  it('uses pull diagnostics when the client supports them', async () => {
    const pull = await startClient({ capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } } });
    try {
      pull.open('file:///pull.json', '{"Statement": [}');
      const report = await pull.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: 'file:///pull.json' } }) as { kind: string; items: { code: string }[] };
      assert.equal(report.kind, 'full');
      assert.ok(report.items.some((d) => d.code === 'json-syntax'));
    } finally {
      await pull.shutdown();
    }
  });
});
