import assert from 'node:assert/strict';
import { applyFix, messageOf } from './support';
import { checkDiagnostics, doc, service } from '../../../support/fixture';

describe('root-unknown-key', () => {
  it('reports a top-level key other than Version, Id and Statement', () => {
    checkDiagnostics(`
{
  "Version": "2012-10-17",
  "Comment": "deploy role",
  ^^^^^^^^^ root-unknown-key:error
  "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
}
`, 'root-unknown-key');
  });
  it('reports a case typo of Statement and suggests the right name', () => {
    const [d] = checkDiagnostics(`
{"Version": "2012-10-17", "statement": []}
                          ^^^^^^^^^^^ root-unknown-key
`, 'root-unknown-key');
    assert.match(messageOf(d), /Did you mean "Statement"\?/);
  });
  it('accepts Version, Id and Statement', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Id": "TrustPolicy1", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
`, 'root-unknown-key');
  });
  it('fix: removes the key with its comma', () => {
    const fixed = applyFix(`{
  "Version": "2012-10-17",
  "Comment": "x",
  "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
}`, 'root-unknown-key', 'Remove "Comment"');
    assert.equal(fixed, `{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
}`);
  });
  it('fix: removes the last key without leaving a trailing comma', () => {
    const fixed = applyFix(`{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}],
  "Comment": "x"
}`, 'root-unknown-key');
    assert.equal(fixed, `{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
}`);
  });
  it('fix: renames a case typo (preferred)', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`, 'root-unknown-key');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
});

describe('root-unknown-key advice', () => {
  it('recognises a role description wrapping the policy, and notes', () => {
    const messages = (text: string) => service.validate(doc(text)).filter((d) => d.code === 'root-unknown-key').map((d) => String(d.message));
    const [wrapped] = messages('{"Role": {"RoleName": "x", "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": []}}}');
    assert.match(wrapped, /save the AssumeRolePolicyDocument object on its own/);
    const [note] = messages('{"Version": "2012-10-17", "Comment": "x", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}');
    assert.match(note, /no element for comments/);
    const [other] = messages('{"Version": "2012-10-17", "Foo": 1, "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}');
    assert.match(other, /Remove it\.$/);
  });
});
