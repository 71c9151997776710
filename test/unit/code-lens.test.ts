import assert from 'node:assert/strict';
import { doc, service } from '../support/fixture';

describe('code lenses (who can assume)', () => {
  it('puts one plain-language lens above each statement', () => {
    const text = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Ci",
      "Effect": "Allow",
      "Principal": { "Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": { "StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main" } }
    },
    { "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" }
  ]
}`;
    const lenses = service.codeLenses(doc(text));
    assert.equal(lenses.length, 2);
    assert.deepEqual(lenses.map((l) => l.range.start), [{ line: 3, character: 4 }, { line: 10, character: 4 }]);
    assert.match(lenses[0].command?.title ?? '', /^Who can assume: .*GitHub Actions.*acme\/app.*main/);
    assert.doesNotMatch(lenses[0].command?.title ?? '', /Statement 1/);
    assert.match(lenses[1].command?.title ?? '', /EC2/i);
  });

  it('gives nothing for a document without statements and for too large documents', () => {
    assert.deepEqual(service.codeLenses(doc('{"Version": "2012-10-17"}')), []);
    assert.deepEqual(service.codeLenses(doc('{"Statement": [{"Effect": "Allow"}]}'), { maxDocumentSize: 10 }), []);
  });
});
