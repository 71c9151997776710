import assert from 'node:assert/strict';
import { applyFix, messagesOf } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('aws-principal-format', () => {
  it('reports malformed AWS principals', () => {
    const diagnostics = checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"AWS": [
  "arn:aws:iam::1234567890:root",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws-principal-format:error
  "arn:aws:iam::123456789012:role/*",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws-principal-format
  "arn:aws:iam::123456789012:group/devs",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws-principal-format
  "arn:aws:sts::123456789012:role/Deploy",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws-principal-format
  "arn:aws:iam:us-east-1:123456789012:root",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws-principal-format
  "arn:aws-moon:iam::123456789012:root",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws-principal-format
  "12345678901",
  ^^^^^^^^^^^^^ aws-principal-format
  "AKIAIOSFODNN7EXAMPLE",
  ^^^^^^^^^^^^^^^^^^^^^^ aws-principal-format
  ""
  ^^ aws-principal-format
]}, "Action": "sts:AssumeRole"}]}
`, 'aws-principal-format');
    const messages = messagesOf(diagnostics);
    assert.match(messages, /groups cannot be principals/);
    assert.match(messages, /wildcards cannot match part of a principal/);
    assert.match(messages, /access key/);
  });
  it('accepts accounts, root, users, roles with paths, sessions, federated users and "*" in every partition', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"AWS": [
  "*",
  "111122223333",
  "arn:aws:iam::111122223333:root",
  "arn:aws-cn:iam::111122223333:user/alice",
  "arn:aws-us-gov:iam::111122223333:role/service-role/Deploy",
  "arn:aws-iso:iam::111122223333:role/Ops",
  "arn:aws-iso-b:iam::111122223333:root",
  "arn:aws:sts::111122223333:assumed-role/Ops/alice",
  "arn:aws:sts::111122223333:federated-user/bob",
  "AROAEXAMPLEID12345678"
]}, "Action": "sts:AssumeRole"}]}
`, 'aws-principal-format');
  });
  it('fix: moves a role ARN from sts to iam', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:sts::111122223333:role/Deploy"}, "Action": "sts:AssumeRole"}]}`, 'aws-principal-format');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/Deploy"}, "Action": "sts:AssumeRole"}]}`);
  });
  it('fix: drops a region from a principal ARN', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam:us-east-1:111122223333:role/Deploy"}, "Action": "sts:AssumeRole"}]}`, 'aws-principal-format');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/Deploy"}, "Action": "sts:AssumeRole"}]}`);
  });
});
