import assert from 'node:assert/strict';
import { applyFix, messageOf } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('duplicate-key', () => {
  it('reports a repeated statement key at the earlier occurrence', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole", "Action": "sts:TagSession"}]}
                                                     ^^^^^^^^ duplicate-key:error
`, 'duplicate-key');
  });
  it('reports duplicates in any object: top level, principal, condition', () => {
    checkDiagnostics(`
{
  "Version": "2012-10-17",
  ^^^^^^^^^ duplicate-key
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": {"Service": "ec2.amazonaws.com", "Service": "lambda.amazonaws.com"},
                  ^^^^^^^^^ duplicate-key
    "Action": "sts:AssumeRole",
    "Condition": {"StringEquals": {"aws:SourceAccount": "111122223333"}, "StringEquals": {"aws:SourceArn": "x"}}
                  ^^^^^^^^^^^^^^ duplicate-key
  }]
}
`, 'duplicate-key');
  });
  it('reports condition keys that differ only in case inside one operator block', () => {
    const [d] = checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:SourceAccount": "1", "AWS:SourceAccount": "2"}}}]}
                                                                                                                ^^^^^^^^^^^^^^^^^^^ duplicate-key
`, 'duplicate-key');
    assert.match(messageOf(d), /ignore case/);
  });
  it('accepts keys that differ in case outside condition blocks, and the same key in different objects', () => {
    checkDiagnostics(`
{"Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "a"}, "StringLike": {"sts:ExternalId": "b*"}}},
  {"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "sts:TagSession", "action": "x"}
]}
`, 'duplicate-key');
  });
  it('fix: removes the earlier duplicate', () => {
    const fixed = applyFix(`{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"Service": "ec2.amazonaws.com"},
      "Action": "sts:TagSession",
      "Action": "sts:AssumeRole"
    }
  ]
}`, 'duplicate-key');
    assert.equal(fixed, `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"Service": "ec2.amazonaws.com"},
      "Action": "sts:AssumeRole"
    }
  ]
}`);
  });
});
