// The server's diagnostic links: the client's initializationOptions.docsBaseUri wins over the server's own location.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startClient, type TestClient } from '../support/lsp-client';

const uri = 'file:///work/links.trust.json';
const TEXT = '{"Version": "2012-10-17", "Statement": [{"Sid": "", "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}';

describe('language server: links to the rule pages', () => {
  let client: TestClient;
  before(async () => { client = await startClient({ initializationOptions: { docsBaseUri: 'vscode-test-web://extension/docs/rules/' } }); });
  after(async () => { await client.shutdown(); });

  it('links diagnostics under the docs base the client passed, and hovers give the why', async () => {
    client.open(uri, TEXT);
    const diagnostics = await client.diagnostics(uri, (d) => d.length > 0);
    const sid = diagnostics.find((d) => d.code === 'sid-empty');
    assert.equal(sid?.codeDescription?.href, 'vscode-test-web://extension/docs/rules/sid-empty.md');
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: sid.range.start }) as { contents: { value: string } };
    assert.match(hover.contents.value, /\*\*sid-empty\*\*: .+\[More about sid-empty\]\(vscode-test-web:\/\/extension\/docs\/rules\/sid-empty\.md\)/);
  });
});

describe('language server: links to its own copy of the rule pages', () => {
  let client: TestClient;
  before(async () => { client = await startClient(); });
  after(async () => { await client.shutdown(); });

  it('links to docs/rules/<id>.md of its package, a file that exists', async () => {
    client.open(uri, TEXT);
    const diagnostics = await client.diagnostics(uri, (d) => d.length > 0);
    const href = String(diagnostics.find((d) => d.code === 'sid-empty')?.codeDescription?.href);
    assert.equal(href, `${pathToFileURL(path.resolve(__dirname, '../../docs/rules')).href}/sid-empty.md`);
    assert.ok(fs.existsSync(fileURLToPath(href)));
  });
});
