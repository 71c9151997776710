// The server's diagnostic links: the client's initializationOptions.docsBaseUri wins over the server's own location.
import assert from 'node:assert/strict';
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
