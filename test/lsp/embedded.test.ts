// The server reads trust policies inside CloudFormation templates over LSP, as the VS Code client sends them:
// the document keeps its `yaml`/`json` language, plain JSON is not a policy (the client moves those to its own language).
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-types';
import { startClient, type TestClient } from '../support/lsp-client';

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Service: ec2.amazonaws.com
            Action: sts:AssumeRole
            Resource: "*"
`;

describe('language server: trust policies inside templates', () => {
  let client: TestClient;
  before(async () => { client = await startClient({ initializationOptions: { plainJsonIsPolicy: false } }); });
  after(async () => { await client.shutdown(); });

  it('publishes diagnostics in a YAML template at their place, offers the fix in YAML, and hovers', async () => {
    const uri = 'file:///work/stack/template.yaml';
    client.open(uri, TEMPLATE, 1, 'yaml');
    const diagnostics = await client.diagnostics(uri, (d) => d.length > 0);
    const resource = diagnostics.find((d) => d.code === 'resource-forbidden') as Diagnostic;
    assert.deepEqual(resource.range, { start: { line: 12, character: 12 }, end: { line: 12, character: 20 } });
    const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: resource.range, context: { diagnostics: [resource] } }) as CodeAction[];
    const remove = actions.find((a) => a.title === 'Remove Resource');
    assert.ok(remove, actions.map((a) => a.title).join());
    assert.deepEqual(remove.edit?.changes?.[uri], [{ range: { start: { line: 11, character: 34 }, end: { line: 12, character: 25 } }, newText: '' }]);
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 26 } }) as Hover;
    assert.match(JSON.stringify(hover.contents), /EC2/);
    const lenses = await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }) as { range: { start: { line: number } } }[];
    assert.deepEqual(lenses.map((l) => l.range.start.line), [8]);
  });

  it('stays silent on YAML and JSON that hold no role, and on plain JSON the client did not mark as a policy', async () => {
    const yamlUri = 'file:///work/ci/workflow.yaml';
    client.open(yamlUri, 'on: [push]\njobs: {}\n', 1, 'yaml');
    const jsonUri = 'file:///work/ci/package.json';
    client.open(jsonUri, '{"name": "x", "Statement": 3}', 1, 'json');
    assert.deepEqual(await client.diagnostics(yamlUri), []);
    assert.deepEqual(await client.diagnostics(jsonUri), []);
  });
});
