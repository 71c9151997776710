import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics, doc, service } from '../../../support/fixture';

const mine = { accounts: ['111122223333'] };

describe('cross-account-trust', () => {
  it('warns for principals of other accounts with no ExternalId, MFA or principal guard', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sts:AssumeRole"},
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cross-account-trust:warning
  {"Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "sts:AssumeRole"},
                                           ^^^^^^^^^^^^^^ cross-account-trust:warning
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:role/VendorScanner"}, "Action": "sts:AssumeRole"},
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cross-account-trust:warning
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:sts::444455556666:assumed-role/Deploy/ci-run"}, "Action": "sts:AssumeRole"},
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cross-account-trust:warning
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws-iso:iam::444455556666:user/alice"}, "Action": "sts:AssumeRole", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "true"}}},
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cross-account-trust:warning
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/SameAccount"}, "Action": "sts:AssumeRole"}
]}
`, ['cross-account-trust', 'account-root-trust'], mine);
  });

  it('accepts ExternalId, MFA, principal ARN and organization guards; ignores Deny', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:role/VendorScanner"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "vendor-issued-42"}}},
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:user/alice"}, "Action": "sts:AssumeRole", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}},
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:user/bob"}, "Action": "sts:AssumeRole", "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": "3600"}}},
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:role/Deploy"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}},
  {"Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::444455556666:role/Deploy"}, "Action": "sts:AssumeRole"}
]}
`, 'cross-account-trust', mine);
  });

  it('says nothing without configured accounts: same or cross account cannot be told', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:role/VendorScanner"}, "Action": "sts:AssumeRole"}
]}
`, 'cross-account-trust');
  });

  it('fixes by requiring an ExternalId or MFA', () => {
    const text = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::444455556666:role/VendorScanner"},
      "Action": "sts:AssumeRole"
    }
  ]
}`;
    const external = applyFix(text, 'cross-account-trust', 'Require an sts:ExternalId', mine);
    assert.equal(external, `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::444455556666:role/VendorScanner"},
      "Action": "sts:AssumeRole",
      "Condition": {
        "StringEquals": {
          "sts:ExternalId": "external-id-from-the-third-party"
        }
      }
    }
  ]
}`);
    const mfa = applyFix(text, 'cross-account-trust', 'Require MFA (aws:MultiFactorAuthPresent)', mine);
    assert.match(mfa, /"Bool": \{\n {10}"aws:MultiFactorAuthPresent": "true"\n {8}\}/);
  });
});

describe('account-root-trust', () => {
  it('notes that an account id or root trusts the whole account, in any partition', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole"},
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ account-root-trust:information
  {"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "sts:AssumeRole"},
                                           ^^^^^^^^^^^^^^ account-root-trust:information
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws-iso-b:iam::111122223333:root"}, "Action": "sts:AssumeRole"},
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ account-root-trust:information
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/Deploy"}, "Action": "sts:AssumeRole"},
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:sts::111122223333:assumed-role/Deploy/session-1"}, "Action": "sts:AssumeRole"}
]}
`, 'account-root-trust');
  });

  it('is silent when aws:PrincipalArn pins the role, and for Deny', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole", "Condition": {"ArnEquals": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/Deploy"}}},
  {"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "sts:AssumeRole", "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/ci-*"}}},
  {"Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole"}
]}
`, 'account-root-trust', mine);
  });

  it('leaves an unguarded cross-account root to cross-account-trust, and notes it once guarded by ExternalId', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sts:AssumeRole"},
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cross-account-trust:warning
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "vendor-issued-42"}}}
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ account-root-trust:information
]}
`, ['cross-account-trust', 'account-root-trust'], mine);
  });

  it('fixes by pinning one role with aws:PrincipalArn', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:RoleSessionName": "deploy"}}}]}`, 'account-root-trust', 'Allow only one role of that account (aws:PrincipalArn)');
    assert.match(fixed, /"Condition": \{"StringEquals": \{"sts:RoleSessionName": "deploy"\}, "ArnEquals": \{"aws:PrincipalArn": "arn:aws:iam::111122223333:role\/ROLE_NAME"\}\}/);
  });
});

describe('cross-account-trust and Deny guards', () => {
  it('counts a Deny that refuses callers outside the organization, an account list or an ARN list as a limit', () => {
    for (const guard of [
      '{"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}',
      '{"ForAnyValue:StringNotLike": {"aws:PrincipalOrgPaths": "o-abc123def4/r-ab12/ou-ab12-11111111/*"}}'.replace('ForAnyValue:', ''),
      '{"StringNotEquals": {"aws:PrincipalAccount": ["111122223333", "444455556666"]}}',
      '{"ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::444455556666:role/Vendor"}}',
      '{"StringNotEqualsIfExists": {"aws:PrincipalOrgID": "o-abc123def4"}}',
      '{"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}',
    ]) {
      checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:role/Vendor"}, "Action": "sts:AssumeRole"},
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sts:AssumeRole"},
  {"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole", "Condition": ${guard}}
]}
`, 'cross-account-trust', mine);
    }
  });

  it('does not count a Deny that also needs another condition, tests with a positive operator, uses "*", or covers other principals or actions', () => {
    for (const deny of [
      '{"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole", "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123def4"}, "Bool": {"aws:SecureTransport": "false"}}}',
      '{"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}}',
      '{"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole", "Condition": {"StringNotLike": {"aws:PrincipalOrgID": "*"}}}',
      '{"Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::444455556666:role/Other"}, "Action": "sts:AssumeRole", "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}}',
      '{"Effect": "Deny", "Principal": "*", "Action": "sts:TagSession", "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}}',
      '{"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole"}',
      '{"Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::999988887777:root"}, "Action": "sts:AssumeRole", "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}}',
    ]) {
      checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:role/Vendor"}, "Action": "sts:AssumeRole"},
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cross-account-trust:warning
  ${deny}
]}
`, 'cross-account-trust', mine);
    }
  });

  it('counts a Deny on the whole account of the principal (its id or root) as covering the principal', () => {
    for (const denied of ['444455556666', 'arn:aws:iam::444455556666:root']) {
      checkDiagnostics(`{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:role/Vendor"}, "Action": "sts:AssumeRole"},
  {"Effect": "Deny", "Principal": {"AWS": "${denied}"}, "Action": "sts:AssumeRole", "Condition": {"StringNotEquals": {"sts:ExternalId": "vendor-issued-7f3a9c"}}}
]}`, 'cross-account-trust', mine);
    }
  });

  it('says which conditions the statement has instead of "nothing limits the trust"', () => {
    const [d] = checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:role/Vendor"}, "Action": "sts:AssumeRole", "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cross-account-trust:warning
]}
`, 'cross-account-trust', mine);
    assert.match(String(d.message), /its conditions \(on aws:SourceIp\) do not pin the caller/);
    assert.doesNotMatch(String(d.message), /nothing limits/);
    const [bare] = service.validate(doc(`{"Version": "2012-10-17", "Statement": [${'{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:role/Vendor"}, "Action": "sts:AssumeRole"}'}]}`), mine).filter((x) => x.code === 'cross-account-trust');
    assert.match(String(bare.message), /no condition limits the trust/);
  });

  it('account-root-trust notes a root guarded by a Deny on the organization, and is silent when a Deny pins aws:PrincipalArn', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sts:AssumeRole"},
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ account-root-trust:information
  {"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole", "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}}
]}
`, ['cross-account-trust', 'account-root-trust'], mine);
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sts:AssumeRole"},
  {"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole", "Condition": {"ArnNotEquals": {"aws:PrincipalArn": "arn:aws:iam::444455556666:role/Vendor"}}}
]}
`, ['cross-account-trust', 'account-root-trust'], mine);
  });
});
