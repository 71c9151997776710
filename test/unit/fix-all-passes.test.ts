// fixAll runs in passes and never trades one problem for a broken document (clashing fixes).
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { doc, service } from '../support/fixture';

describe('fix all in passes', () => {
  it('does not create duplicate operator keys when two fixes rename into the same operator', () => {
    const text = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "ForAllValues:StringLike": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
        "StringEquals": { "token.actions.githubusercontent.com:sub": "repo:acme/app:*" }
      }
    }
  ]
}`;
    const d = doc(text);
    const before = service.validate(d).map((x) => String(x.code));
    assert.ok(before.includes('condition-forallvalues-single'), before.join());
    assert.ok(before.includes('condition-wildcard-no-like'), before.join());
    const fixed = TextDocument.applyEdits(d, service.fixAll(d));
    const after = service.validate(doc(fixed)).map((x) => String(x.code));
    assert.ok(!after.includes('duplicate-key') && !after.includes('json-syntax'), `${after.join()}\n${fixed}`);
    assert.ok(!after.includes('condition-forallvalues-single'), fixed);
    assert.ok(!after.includes('condition-wildcard-no-like'), fixed);
    assert.doesNotThrow(() => JSON.parse(fixed));
  });

  it('returns one minimal edit and nothing for a clean policy', () => {
    const clean = doc('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}');
    assert.deepEqual(service.fixAll(clean), []);
    const d = doc('{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}');
    const edits = service.fixAll(d);
    assert.equal(edits.length, 1);
    assert.equal(edits[0].newText, 'A');
  });
});
