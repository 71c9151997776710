import assert from 'node:assert/strict';
import { checkDiagnostics } from '../../../support/fixture';
import { applyFix } from './support';

describe('aws-principal-account-id', () => {
  it('suggests the root ARN for a bare account id, in the policy partition', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": ["444455556666", "arn:aws:iam::111122223333:role/Ci"]}, "Action": "sts:AssumeRole"}]}
                                                                                  ^^^^^^^^^^^^^^ aws-principal-account-id:hint
`, 'aws-principal-account-id');
  });
  it('is quiet for ARNs, wildcards and malformed ids', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::444455556666:root", "*", "12345"]}, "Action": "sts:AssumeRole"}]}
`, 'aws-principal-account-id');
  });
  it('rewrites the id as the root ARN, keeping the partition of the other ARNs', () => {
    const fixed = applyFix('{"Statement": [{"Effect": "Allow", "Principal": {"AWS": ["444455556666", "arn:aws-us-gov:iam::111122223333:role/Ci"]}, "Action": "sts:AssumeRole"}]}', 'aws-principal-account-id');
    assert.match(fixed, /"arn:aws-us-gov:iam::444455556666:root"/);
  });
});
