import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { doc, service } from '../support/fixture';
import { startClient } from '../support/lsp-client';
import type { ServiceOptions } from '../../server/src/service/types';

const text = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "GitHubDeploy",
      "Effect": "Allow",
      "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringEquals": {"token.actions.githubusercontent.com:aud": "https://github.com/acme"},
        "StringLike": {"oidc.eks.us-east-1.amazonaws.com/id/ABC:sub": "repo:acme/app:*"}
      }
    },
    {
      "Sid": "Build",
      "Effect": "Allow",
      "Principal": {"Service": "codebuild.amazonaws.com"},
      "Action": "sts:AssumeRole"
    },
    {
      "Sid": "App",
      "Effect": "Allow",
      "Principal": {"Federated": "cognito-identity.amazonaws.com"},
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": "us-east-1:12345678-1234-1234-1234-123456789012"}}
    },
    {
      "Sid": "Org",
      "Effect": "Allow",
      "Principal": {"AWS": "*"},
      "Action": "sts:AssumeRole",
      "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}
    }
  ]
}`;

const fixable = ['github-aud', 'oidc-key-host-mismatch', 'github-sub-missing', 'confused-deputy', 'cognito-amr'];
const key = (d: Diagnostic) => `${String(d.code)}|${typeof d.message === 'string' ? d.message : d.message.value}`;

function fixAll(source: string, options?: Partial<ServiceOptions>): { before: Diagnostic[]; after: Diagnostic[]; fixed: string } {
  const d = doc(source);
  const before = service.validate(d, options);
  const fixed = TextDocument.applyEdits(d, service.fixAll(d, options));
  return { before, after: service.validate(doc(fixed), options), fixed };
}

describe('fix-all', () => {
  it('applies every certain preferred fix at once: the findings are gone and nothing new appears', () => {
    const options = { accounts: ['111122223333'] };
    const { before, after, fixed } = fixAll(text, options);
    assert.deepEqual(fixable.filter((id) => !before.some((d) => d.code === id)), [], 'the fixture has each fixable problem');
    assert.doesNotThrow(() => JSON.parse(fixed));
    assert.deepEqual(after.filter((d) => fixable.includes(String(d.code))).map(key), []);
    const had = new Set(before.map(key));
    assert.deepEqual(after.filter((d) => !had.has(key(d))).map(key), []);
    assert.ok(fixed.includes('"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}'), fixed);
    assert.ok(fixed.includes('"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/app:*"}'), fixed);
    assert.ok(fixed.includes(`"Action": "sts:AssumeRole",
      "Condition": {
        "StringEquals": {
          "aws:SourceAccount": "111122223333"
        }
      }`), fixed);
    assert.ok(fixed.includes('"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}'), fixed);
  });

  it('leaves choices to the user: no placeholder values, no rewrite of an org-narrowed wildcard', () => {
    const { before, after, fixed } = fixAll(text);
    assert.ok(fixed.includes('"Principal": {"AWS": "*"}'));
    assert.ok(!fixed.includes('aws:SourceAccount'), 'without a configured account the source account is unknown');
    assert.equal(after.filter((d) => d.code === 'confused-deputy').length, before.filter((d) => d.code === 'confused-deputy').length);
    assert.equal(after.filter((d) => d.code === 'principal-wildcard').length, 1);
  });

  it('is offered over LSP as the source.fixAll.trustPolicy code action', async function () {
    this.timeout(20000);
    const client = await startClient();
    try {
      const uri = 'file:///work/fix-all.trust.json';
      client.open(uri, text);
      await client.diagnostics(uri, (ds) => ds.some((d) => d.code === 'cognito-amr'));
      const actions = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      }) as CodeAction[];
      assert.equal(actions.length, 1);
      assert.equal(actions[0].kind, 'source.fixAll.trustPolicy');
      const edits = actions[0].edit?.changes?.[uri] ?? [];
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'iam-trust-policy', 1, text), edits);
      assert.ok(fixed.includes('"cognito-identity.amazonaws.com:amr": "authenticated"'), fixed);
    } finally {
      await client.shutdown();
    }
  });
});
