import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics } from '../../../support/fixture';
import { applyFixReport } from './helpers';

describe('principal-wildcard', () => {
  it('is an error for "*" and {"AWS": "*"} without conditions', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"},
                                   ^^^ principal-wildcard:error
  {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"},
                                           ^^^ principal-wildcard:error
  {"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:role/Deploy", "*"]}, "Action": "sts:AssumeRole"}
                                                                                     ^^^ principal-wildcard:error
]}
`, 'principal-wildcard');
  });

  it('is information when aws:PrincipalOrgID, PrincipalOrgPaths, PrincipalArn, PrincipalAccount or ExternalId narrow it', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}},
                                           ^^^ principal-wildcard:information
  {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"ForAnyValue:StringLike": {"aws:PrincipalOrgPaths": "o-abc123def4/r-ab12/ou-ab12-11111111/*"}}},
                                           ^^^ principal-wildcard:information
  {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/ci-*"}}},
                                           ^^^ principal-wildcard:information
  {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalAccount": "111122223333"}}},
                                   ^^^ principal-wildcard:information
  {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "vendor-42"}}},
                                           ^^^ principal-wildcard:information
  {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"stringequals": {"AWS:PRINCIPALORGID": "o-abc123def4"}}}
                                           ^^^ principal-wildcard:information
]}
`.replace('"stringequals"', '"StringEquals"'), 'principal-wildcard');
  });

  it('stays an error when the condition does not really narrow: negated, IfExists, ForAllValues, "*" values, other keys', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}},
                                           ^^^ principal-wildcard:error
  {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"StringEqualsIfExists": {"aws:PrincipalOrgID": "o-abc123def4"}}},
                                           ^^^ principal-wildcard:error
  {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"ForAllValues:StringLike": {"aws:PrincipalOrgPaths": "o-abc123def4/*"}}},
                                           ^^^ principal-wildcard:error
  {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"ArnLike": {"aws:PrincipalArn": "*"}}},
                                           ^^^ principal-wildcard:error
  {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}
                                           ^^^ principal-wildcard:error
]}
`, 'principal-wildcard');
  });

  it('never reports a Deny guard rail', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/Deploy"}, "Action": "sts:AssumeRole"},
  {"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole", "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}},
  {"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}
]}
`, 'principal-wildcard');
  });

  it('fixes a narrowed wildcard to an account root without new findings', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"ArnEquals": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/Deploy"}}}]}`, 'principal-wildcard');
    assert.match(fixed, /"Principal": \{"AWS": "arn:aws:iam::111122223333:root"\}/);
  });

  it('fixes a bare "*" to {"AWS": root}, in the partition of the policy and the configured account', () => {
    const { fixed, added } = applyFixReport(`{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"},
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws-iso:iam::555566667777:role/Ops"}, "Action": "sts:AssumeRole"}
]}`, 'principal-wildcard', 'Replace "*" with an account root ARN', { accounts: ['555566667777'] });
    assert.match(fixed, /"Principal": \{"AWS": "arn:aws-iso:iam::555566667777:root"\}/);
    // Trusting a whole account is worth knowing, and said so: the only new finding is that note.
    assert.deepEqual(added, ['account-root-trust']);
  });
});

describe('principal-wildcard and Deny guards', () => {
  it('is information when a Deny refuses callers outside the organization, and stays an error when the Deny needs more', () => {
    const found = checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"},
                                   ^^^ principal-wildcard:information
  {"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "sts:*", "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}}
]}
`, 'principal-wildcard');
    assert.match(String(found[0].message), /a Deny statement refuses callers that do not match its aws:PrincipalOrgID values/);
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"},
                                   ^^^ principal-wildcard:error
  {"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "sts:*", "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123def4"}, "IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}
]}
`, 'principal-wildcard');
  });
});
