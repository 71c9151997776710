// Completion and hover through the real server over stdio (built by scripts/build.mjs).
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { startClient, type TestClient } from '../support/lsp-client';

const uri = 'file:///work/completion-hover.trust.json';
const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lam"}, "Action": "sts:AssumeRole"}]}';

describe('completion and hover over LSP', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient();
    client.open(uri, text);
    await client.diagnostics(uri);
  });
  after(async () => { await client.shutdown(); });

  it('completes a service principal, replacing the whole string', async () => {
    const character = text.indexOf('"lam"') + 4;
    const result = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character } }) as CompletionList | CompletionItem[];
    const items = Array.isArray(result) ? result : result.items;
    const lambda = items.find((i) => i.label === 'lambda.amazonaws.com');
    assert.ok(lambda, 'lambda.amazonaws.com offered');
    assert.equal(lambda.detail, 'AWS Lambda');
    const edit = lambda.textEdit as TextEdit;
    assert.deepEqual(edit.range, { start: { line: 0, character: text.indexOf('"lam"') }, end: { line: 0, character: text.indexOf('"lam"') + 5 } });
    assert.equal(edit.newText, '"lambda.amazonaws.com"');
  });

  it('hovers an action with markdown and its range', async () => {
    const start = text.indexOf('"sts:AssumeRole"');
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: start + 3 } }) as Hover;
    assert.deepEqual(hover.range, { start: { line: 0, character: start }, end: { line: 0, character: start + '"sts:AssumeRole"'.length } });
    assert.match((hover.contents as MarkupContent).value, /\*\*sts:AssumeRole\*\*/);
  });

  it('reports an unknown service principal with candidates in the diagnostic data', async () => {
    const typo = text.replace('"lam"', '"lamda.amazonaws.com"');
    client.change(uri, 2, typo);
    const diagnostics = await client.diagnostics(uri, (_d, v) => v === 2);
    const unknown = diagnostics.find((d) => d.code === 'service-principal-unknown');
    assert.ok(unknown, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.deepEqual((unknown.data as { candidates: string[] }).candidates.slice(0, 1), ['lambda.amazonaws.com']);
  });
});
