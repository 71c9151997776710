import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics, doc, service } from '../../../support/fixture';

const EKS = 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';
const EKS_HOST = 'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';

describe('eks-irsa-conditions', () => {
  it('warns for a missing or open sub, notes a namespace-wide sub and a missing aud', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud": "sts.amazonaws.com"}}},
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ eks-irsa-conditions:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud": "sts.amazonaws.com"}, "StringLike": {"oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub": [ "system:serviceaccount:*:*", "system:serviceaccount:payments:*", "payments-api"]}}},
                                                                                                                                                                                                                                                                                                                                                                                                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^ eks-irsa-conditions:warning
                                                                                                                                                                                                                                                                                                                                                                                                                                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ eks-irsa-conditions:information
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                            ^^^^^^^^^^^^^^ eks-irsa-conditions:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub": "system:serviceaccount:payments:api"}}}
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ eks-irsa-conditions:information
]}
`, 'eks-irsa-conditions');
  });

  it('accepts aud sts.amazonaws.com with one service account, and ignores Deny', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "${EKS}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"${EKS_HOST}:aud": "sts.amazonaws.com", "${EKS_HOST}:sub": "system:serviceaccount:payments:api"}}},
  {"Effect": "Deny", "Principal": {"Federated": "${EKS}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"${EKS_HOST}:sub": "*"}}}
]}
`, 'eks-irsa-conditions');
  });

  it('fixes a missing aud', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "${EKS}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"${EKS_HOST}:sub": "system:serviceaccount:payments:api"}}}]}`, 'eks-irsa-conditions');
    assert.ok(fixed.includes(`"${EKS_HOST}:sub": "system:serviceaccount:payments:api", "${EKS_HOST}:aud": "sts.amazonaws.com"`), fixed);
  });
});

describe('cognito-aud and cognito-amr', () => {
  it('requires aud (error) and amr (warning) once the pool has some condition', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}}},
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cognito-aud:error
  {"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": "us-east-1:12345678-1234-1234-1234-123456789012"}}},
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cognito-amr:warning
  {"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": "us-east-1:12345678-1234-1234-1234-123456789012"}, "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "unauthenticated"}}},
  {"Effect": "Deny", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:sub": "x"}}}
]}
`, ['cognito-aud', 'cognito-amr']);
  });

  it('counts a Deny of guest identities (amr "unauthenticated") as the limit, unless another condition could let it lapse', () => {
    const AUD = '"StringEquals": {"cognito-identity.amazonaws.com:aud": "us-east-1:12345678-1234-1234-1234-123456789012"}';
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {${AUD}}},
  {"Effect": "Deny", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "unauthenticated"}}}
]}
`, 'cognito-amr');
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {${AUD}}},
  {"Effect": "Deny", "Principal": "*", "Action": "sts:*", "Condition": {"ForAnyValue:StringEquals": {"cognito-identity.amazonaws.com:amr": ["unauthenticated"]}}}
]}
`, 'cognito-amr');
    // The Deny also needs a source IP: a guest from elsewhere is not refused.
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {${AUD}}},
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cognito-amr:warning
  {"Effect": "Deny", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "unauthenticated"}, "IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}},
  {"Effect": "Deny", "Principal": {"Federated": "accounts.google.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "unauthenticated"}}},
  {"Effect": "Deny", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}}}
]}
`, 'cognito-amr');
  });

  it('fixes aud with a pool-id placeholder and amr with authenticated', () => {
    const aud = applyFix('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}}}]}', 'cognito-aud');
    assert.match(aud, /"StringEquals": \{"cognito-identity.amazonaws.com:aud": "us-east-1:00000000-0000-0000-0000-000000000000"\}/);
    const amr = applyFix('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": "us-east-1:12345678-1234-1234-1234-123456789012"}}}]}', 'cognito-amr');
    assert.match(amr, /"ForAnyValue:StringLike": \{"cognito-identity.amazonaws.com:amr": "authenticated"\}/);
  });
});

describe('google-aud', () => {
  it('warns when a Google principal has conditions but no aud', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "accounts.google.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"accounts.google.com:sub": "1234567890"}}},
                                                 ^^^^^^^^^^^^^^^^^^^^^ google-aud:warning
  {"Effect": "Allow", "Principal": {"Federated": "accounts.google.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"accounts.google.com:aud": "123-abc.apps.googleusercontent.com"}}}
]}
`, 'google-aud');
  });

  it('fixes with a client id placeholder', () => {
    const fixed = applyFix('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "accounts.google.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"accounts.google.com:sub": "1234567890"}}}]}', 'google-aud');
    assert.match(fixed, /"accounts.google.com:sub": "1234567890", "accounts.google.com:aud": "CLIENT_ID.apps.googleusercontent.com"/);
  });
});

describe('saml-aud', () => {
  it('warns for a SAML provider without SAML:aud; key case does not matter; Deny is ignored', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}, "Action": "sts:AssumeRoleWithSAML"},
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ saml-aud:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws-us-gov:iam::111122223333:saml-provider/Okta"}, "Action": ["sts:AssumeRoleWithSAML", "sts:TagSession"], "Condition": {"StringNotEquals": {"SAML:aud": "https://example.com"}}},
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ saml-aud:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}, "Action": "sts:AssumeRoleWithSAML", "Condition": {"StringEquals": {"saml:aud": "https://signin.aws.amazon.com/saml"}}},
  {"Effect": "Deny", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}, "Action": "sts:AssumeRoleWithSAML"}
]}
`, 'saml-aud');
  });

  it('fixes with the AWS sign-in endpoint, keeping a multi-line layout', () => {
    const fixed = applyFix(`{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": {
                "Federated": "arn:aws:iam::111122223333:saml-provider/Okta"
            },
            "Action": "sts:AssumeRoleWithSAML"
        }
    ]
}`, 'saml-aud');
    assert.ok(fixed.includes(`"Action": "sts:AssumeRoleWithSAML",
            "Condition": {
                "StringEquals": {
                    "SAML:aud": "https://signin.aws.amazon.com/saml"
                }
            }
        }`), fixed);
  });
});

describe('gitlab-conditions', () => {
  it('warns for a missing or open sub, notes a group-wide sub and a missing aud', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/gitlab.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"gitlab.com:aud": "https://gitlab.com"}}},
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gitlab-conditions:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/gitlab.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"gitlab.com:aud": "https://gitlab.com"}, "StringLike": {"gitlab.com:sub": [ "*", "project_path:*", "mygroup/app", "project_path:mygroup/*", "project_path:mygroup/app:ref_type:branch:ref:main"]}}},
                                                                                                                                                                                                                                                              ^^^ gitlab-conditions:warning
                                                                                                                                                                                                                                                                   ^^^^^^^^^^^^^^^^ gitlab-conditions:warning
                                                                                                                                                                                                                                                                                     ^^^^^^^^^^^^^ gitlab-conditions:warning
                                                                                                                                                                                                                                                                                                    ^^^^^^^^^^^^^^^^^^^^^^^^ gitlab-conditions:information
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/gitlab.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"gitlab.com:sub": "project_path:mygroup/app:ref_type:branch:ref:main"}}}
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ gitlab-conditions:information
]}
`, 'gitlab-conditions');
  });

  it('fixes a missing sub', () => {
    const fixed = applyFix('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/gitlab.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"gitlab.com:aud": "https://gitlab.com"}}}]}', 'gitlab-conditions');
    assert.match(fixed, /"StringLike": \{"gitlab.com:sub": "project_path:GROUP\/PROJECT:ref_type:branch:ref:main"\}/);
  });
});

describe('terraform-cloud-conditions', () => {
  it('warns for a missing or open sub, notes an organization-wide sub and a missing aud', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/app.terraform.io"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"app.terraform.io:aud": "aws.workload.identity"}}},
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ terraform-cloud-conditions:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/app.terraform.io"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"app.terraform.io:aud": "aws.workload.identity"}, "StringLike": {"app.terraform.io:sub": [ "organization:*", "organization:acme:*", "organization:acme:project:infra:workspace:network:run_phase:*"]}}},
                                                                                                                                                                                                                                                                                   ^^^^^^^^^^^^^^^^ terraform-cloud-conditions:warning
                                                                                                                                                                                                                                                                                                     ^^^^^^^^^^^^^^^^^^^^^ terraform-cloud-conditions:information
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/app.terraform.io"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"app.terraform.io:sub": "organization:acme:project:infra:workspace:network:run_phase:*"}}}
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ terraform-cloud-conditions:information
]}
`, 'terraform-cloud-conditions');
  });

  it('fixes a missing aud', () => {
    const fixed = applyFix('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/app.terraform.io"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"app.terraform.io:sub": "organization:acme:project:infra:workspace:network:run_phase:*"}}}]}', 'terraform-cloud-conditions');
    assert.match(fixed, /"StringEquals": \{"app.terraform.io:aud": "aws.workload.identity"\}/);
  });
});

describe('saml-aud and Deny guards', () => {
  it('is silent when a Deny refuses assertions for any other endpoint', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Corp"}, "Action": "sts:AssumeRoleWithSAML"},
  {"Effect": "Deny", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Corp"}, "Action": "sts:AssumeRoleWithSAML", "Condition": {"StringNotEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml"}}}
]}
`, 'saml-aud');
  });
});

describe('EKS, GitLab and HCP Terraform subjects narrowed by a Deny', () => {
  const statements = (allow: object, deny: object) => JSON.stringify({ Version: '2012-10-17', Statement: [allow, deny] });
  const ids = (text: string, rule: string) => service.validate(doc(text)).filter((d) => d.code === rule).map((d) => String(d.message));
  it('eks-irsa-conditions accepts a namespace-wide sub when a Deny refuses every other service account, not when the Deny is broad too', () => {
    const allow = { Effect: 'Allow', Principal: { Federated: EKS }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { [`${EKS_HOST}:aud`]: 'sts.amazonaws.com' }, StringLike: { [`${EKS_HOST}:sub`]: 'system:serviceaccount:*:api' } } };
    const deny = (sub: string) => ({ Effect: 'Deny', Principal: { Federated: EKS }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringNotLike: { [`${EKS_HOST}:sub`]: sub } } });
    assert.deepEqual(ids(statements(allow, deny('system:serviceaccount:payments:api')), 'eks-irsa-conditions'), []);
    assert.equal(ids(statements(allow, deny('system:serviceaccount:payments:*')), 'eks-irsa-conditions').length, 1);
  });
  it('gitlab-conditions accepts a group-wide sub under a Deny that names one project, but still reports a value that never matches', () => {
    const GL = 'arn:aws:iam::111122223333:oidc-provider/gitlab.com';
    const allow = (sub: string) => ({ Effect: 'Allow', Principal: { Federated: GL }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'gitlab.com:aud': 'https://gitlab.com' }, StringLike: { 'gitlab.com:sub': sub } } });
    const deny = { Effect: 'Deny', Principal: { Federated: GL }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringNotLike: { 'gitlab.com:sub': 'project_path:acme/app:ref_type:branch:ref:main' } } };
    assert.deepEqual(ids(statements(allow('project_path:*'), deny), 'gitlab-conditions'), []);
    assert.match(ids(statements(allow('acme/app'), deny), 'gitlab-conditions')[0], /never matches/);
    assert.equal(ids(statements(allow('project_path:*'), { ...deny, Condition: { StringNotLike: { 'gitlab.com:sub': 'project_path:acme/*' } } }), 'gitlab-conditions').length, 1);
  });
});

describe('subjects that never match', () => {
  const ids = (text: string, rule: string) => service.validate(doc(text)).filter((d) => d.code === rule).map((d) => d.severity);
  it('eks-irsa-conditions: an error when no value can match, a warning beside one that can', () => {
    const t = (sub: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: EKS }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { [`${EKS_HOST}:aud`]: 'sts.amazonaws.com', [`${EKS_HOST}:sub`]: JSON.parse(sub) } } }] });
    assert.deepEqual(ids(t('"payments:api"'), 'eks-irsa-conditions'), [1]);
    assert.deepEqual(ids(t('["payments:api", "system:serviceaccount:payments:api"]'), 'eks-irsa-conditions'), [2]);
  });
  it('gitlab-conditions: an error when no value starts with project_path:, and no never-match claim for a wildcard claim name', () => {
    const GL = 'arn:aws:iam::111122223333:oidc-provider/gitlab.com';
    const t = (sub: unknown) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: GL }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'gitlab.com:aud': 'https://gitlab.com' }, StringLike: { 'gitlab.com:sub': sub } } }] });
    assert.deepEqual(ids(t('acme/app:ref_type:branch:ref:main'), 'gitlab-conditions'), [1]);
    assert.deepEqual(ids(t(['acme/app', 'project_path:acme/app:ref_type:branch:ref:main']), 'gitlab-conditions'), [2]);
    assert.deepEqual(ids(t('*:acme/app:ref_type:branch:ref:main'), 'gitlab-conditions'), []);
  });
});
