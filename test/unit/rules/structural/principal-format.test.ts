import assert from 'node:assert/strict';
import { applyFix, messagesOf } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('principal-format', () => {
  it('reports a Principal that is neither "*" nor an object', () => {
    checkDiagnostics(`
{"Statement": [
  {"Effect": "Allow", "Principal": ["*"], "Action": "sts:AssumeRole"},
                                   ^^^^^ principal-format:error
  {"Effect": "Allow", "Principal": "arn:aws:iam::111122223333:root", "Action": "sts:AssumeRole"}
                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ principal-format
]}
`, 'principal-format');
  });
  it('reports unknown principal types, CanonicalUser and values that are not strings', () => {
    const diagnostics = checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {
  "IAM": "arn:aws:iam::111122223333:role/X",
  ^^^^^ principal-format
  "CanonicalUser": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be",
  ^^^^^^^^^^^^^^^ principal-format
  "service": "ec2.amazonaws.com",
  ^^^^^^^^^ principal-format
  "AWS": ["111122223333", 42, ["x"]]
                          ^^ principal-format
                              ^^^^^ principal-format
}, "Action": "sts:AssumeRole"}]}
`, 'principal-format');
    const messages = messagesOf(diagnostics);
    assert.match(messages, /CanonicalUser is an Amazon S3 principal/);
    assert.match(messages, /Did you mean "Service"\?/);
  });
  it('accepts "*" and AWS, Service and Federated lists', () => {
    checkDiagnostics(`
{"Statement": [
  {"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole"},
  {"Effect": "Allow", "Principal": {"AWS": ["111122223333"], "Service": "ec2.amazonaws.com", "Federated": []}, "Action": "sts:AssumeRole"}
]}
`, 'principal-format');
  });
  it('fix: renames a case typo of a principal type', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`, 'principal-format');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
  it('fix: wraps a bare ARN in an AWS object', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "arn:aws:iam::111122223333:role/Ci", "Action": "sts:AssumeRole"}]}`, 'principal-format');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/Ci"}, "Action": "sts:AssumeRole"}]}`);
  });
  it('fix: wraps a bare service name in a Service object', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "ec2.amazonaws.com", "Action": "sts:AssumeRole"}]}`, 'principal-format');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
});
