import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics } from '../../../support/fixture';

const head = (principal: string, action: string) => `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": ${principal}, "Action": ${action}, "Condition": {`;
const aws = head('{"AWS": "arn:aws:iam::111122223333:role/Deployer"}', '"sts:AssumeRole"');
const github = head('{"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}', '"sts:AssumeRoleWithWebIdentity"');

describe('condition-operator-unknown', () => {
  it('reports typos, wrong qualifiers, wrong case and Null with IfExists, with candidates', () => {
    const found = checkDiagnostics(`
${aws}
  "StringEqual": {"sts:ExternalId": "abc"},
  ^^^^^^^^^^^^^ condition-operator-unknown:error
  "ForAnyValues:StringLike": {"aws:PrincipalOrgPaths": "o-a1b2c3d4e5/*"},
  ^^^^^^^^^^^^^^^^^^^^^^^^^ condition-operator-unknown:error
  "NullIfExists": {"aws:PrincipalArn": "false"},
  ^^^^^^^^^^^^^^ condition-operator-unknown:error
  "stringequals": {"aws:PrincipalAccount": "111122223333"},
  ^^^^^^^^^^^^^^ condition-operator-unknown:error
  "StringEqualsIfExists": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"},
  "ForAllValues:StringLike": {"aws:PrincipalOrgPaths": "o-a1b2c3d4e5/*"},
  "Bool": {"aws:MultiFactorAuthPresent": "true"}
}}]}
`, 'condition-operator-unknown');
    assert.deepEqual(found.map((d) => (d.data as { candidates: string[] }).candidates[0]), ['StringEquals', 'ForAnyValue:StringLike', 'Null', 'StringEquals']);
  });
  it('fixes the operator in place', () => {
    const fixed = applyFix(`${aws}"StringEqual": {"sts:ExternalId": "abc"}}}]}`, 'condition-operator-unknown', 'Change to "StringEquals"');
    assert.equal(fixed, `${aws}"StringEquals": {"sts:ExternalId": "abc"}}}]}`);
  });
});

describe('condition-key-unknown', () => {
  it('reports unknown keys in aws:, sts: and SAML: as errors with candidates', () => {
    const found = checkDiagnostics(`
${aws}
  "StringEquals": {
    "sts:ExternalID2": "abc",
    ^^^^^^^^^^^^^^^^^ condition-key-unknown:error
    "aws:PrincipalOrgId": "o-a1b2c3d4e5",
    "aws:PrinciplTag/team": "platform",
    ^^^^^^^^^^^^^^^^^^^^^^ condition-key-unknown:error
    "aws:PrincipalTag/team": "platform"
  },
  "Bool": {"aws:MFAPresent": "true"}
           ^^^^^^^^^^^^^^^^ condition-key-unknown:error
}}]}
`, 'condition-key-unknown');
    assert.deepEqual(found.map((d) => (d.data as { candidates: string[] }).candidates[0]), ['sts:ExternalId', 'aws:PrincipalTag/team', 'aws:MultiFactorAuthPresent']);
  });
  it('is information for an unknown claim of a known OIDC provider and quiet for unknown hosts', () => {
    checkDiagnostics(`
${github}
  "StringEquals": {
    "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
    "token.actions.githubusercontent.com:sbu": "repo:octo-org/octo-repo:ref:refs/heads/main",
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ condition-key-unknown:information
    "token.actions.githubusercontent.com:repository": "octo-org/octo-repo",
    "sso.example.com:group": "admins"
  }
}}]}
`, 'condition-key-unknown');
  });
  it('checks only aud, sub and amr for extra OIDC providers from the settings', () => {
    checkDiagnostics(`
${github}
  "StringEquals": {
    "gitlab.example.com:aud": "https://gitlab.example.com",
    "gitlab.example.com:project": "x"
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ condition-key-unknown:information
  }
}}]}
`, 'condition-key-unknown', { extraOidcProviders: ['gitlab.example.com'] });
  });
  it('fixes a key with the best candidate', () => {
    const fixed = applyFix(`${aws}"StringEquals": {"sts:ExternalID2": "abc"}}}]}`, 'condition-key-unknown');
    assert.equal(fixed, `${aws}"StringEquals": {"sts:ExternalId": "abc"}}}]}`);
  });
});

describe('condition-key-not-for-trust', () => {
  it('reports keys of other STS calls', () => {
    checkDiagnostics(`
${aws}
  "NumericLessThan": {"sts:DurationSeconds": "3600"},
                      ^^^^^^^^^^^^^^^^^^^^^ condition-key-not-for-trust:error
  "StringEquals": {"sts:ExternalId": "abc"}
}}]}
`, 'condition-key-not-for-trust');
  });
});

describe('condition-key-action', () => {
  it('reports keys whose setting action is missing', () => {
    checkDiagnostics(`
${aws}
  "StringEquals": {
    "sts:SourceIdentity": "alice",
    ^^^^^^^^^^^^^^^^^^^^ condition-key-action:error
    "aws:RequestTag/team": "platform"
    ^^^^^^^^^^^^^^^^^^^^^ condition-key-action:error
  },
  "ForAllValues:StringEquals": {"sts:TransitiveTagKeys": ["team"]},
                                ^^^^^^^^^^^^^^^^^^^^^^^ condition-key-action:error
  "Null": {"aws:RequestTag/cost": "true"}
}}]}
`, 'condition-key-action');
  });
  it('accepts the keys when the setting action is there', () => {
    checkDiagnostics(`${head('{"AWS": "arn:aws:iam::111122223333:role/Deployer"}', '["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"]')}
  "StringEquals": {"sts:SourceIdentity": "alice", "aws:RequestTag/team": "platform"}
}}]}`, 'condition-key-action');
  });
  it('reports keys that none of the statement\'s actions carry', () => {
    checkDiagnostics(`
${head('{"AWS": "arn:aws:iam::111122223333:role/Deployer"}', '"sts:AssumeRole"')}
  "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "sts:ExternalId": "abc"}
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ condition-key-action:error
}}]}
`, 'condition-key-action');
    checkDiagnostics(`
${github}
  "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "aws:PrincipalOrgID": "o-a1b2c3d4e5"}
                                                                                   ^^^^^^^^^^^^^^^^^^^^ condition-key-action:error
}}]}
`, 'condition-key-action');
  });
  it('adds the missing action', () => {
    const fixed = applyFix(`${aws}"StringEquals": {"aws:RequestTag/team": "platform"}}}]}`, 'condition-key-action', 'Add "sts:TagSession" to Action');
    assert.equal(fixed, `${head('{"AWS": "arn:aws:iam::111122223333:role/Deployer"}', '["sts:AssumeRole", "sts:TagSession"]')}"StringEquals": {"aws:RequestTag/team": "platform"}}}]}`);
  });
});

describe('condition-key-unknown candidates', () => {
  it('suggests keys spelt quite differently: aws:ARN, saml:audience, aws:MFAAge', () => {
    const found = checkDiagnostics(`
${aws}
  "ArnLike": {"aws:ARN": "arn:aws:iam::111122223333:role/Deployer"},
              ^^^^^^^^^ condition-key-unknown
  "NumericLessThan": {"aws:MFAAge": "3600"},
                      ^^^^^^^^^^^^ condition-key-unknown
  "StringEquals": {"saml:audience": "https://signin.aws.amazon.com/saml"}
                   ^^^^^^^^^^^^^^^ condition-key-unknown
}}]}
`, 'condition-key-unknown');
    assert.deepEqual(found.map((d) => (d.data as { candidates: string[] }).candidates[0]), ['aws:PrincipalArn', 'aws:MultiFactorAuthAge', 'SAML:aud']);
  });
  it('accepts keys written with other capitalisation (IAM compares keys without case)', () => {
    checkDiagnostics(`${aws}"StringEquals": {"STS:EXTERNALID": "abc", "aws:sourceaccount": "111122223333"}}}]}`, 'condition-key-unknown');
  });
});

describe('condition-key-action: when it stays quiet', () => {
  it('skips wildcard actions, Deny statements and conditions a missing key satisfies', () => {
    checkDiagnostics(`${head('{"AWS": "arn:aws:iam::111122223333:role/Deployer"}', '"sts:*"')}"StringEquals": {"sts:SourceIdentity": "alice"}}}]}`, 'condition-key-action');
    checkDiagnostics(`{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:RequestTag/team": "x"}}}]}`, 'condition-key-action');
    checkDiagnostics(`${aws}"StringNotEquals": {"sts:SourceIdentity": "mallory"}, "StringLikeIfExists": {"aws:RequestTag/team": "x"}}}]}`, 'condition-key-action');
  });
});
