import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics, doc, service } from '../../../support/fixture';
import { applyFixReport } from './helpers';

const GH = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';

describe('oidc-no-condition', () => {
  it('warns for any web identity provider, custom hosts included, with no condition on its own keys', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.example.com"}, "Action": "sts:AssumeRoleWithWebIdentity"},
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ oidc-no-condition:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/login.example.org/realms/ci"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}},
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ oidc-no-condition:warning
  {"Effect": "Allow", "Principal": {"Federated": "graph.facebook.com"}, "Action": "sts:AssumeRoleWithWebIdentity"},
                                                 ^^^^^^^^^^^^^^^^^^^^ oidc-no-condition:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringNotLike": {"token.actions.githubusercontent.com:sub": "repo:evil/*"}}}
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ oidc-no-condition:warning
]}
`, 'oidc-no-condition');
  });

  it('is satisfied by any positive condition on the provider\'s keys (key names are case-insensitive); ignores Deny and SAML', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.example.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"oidc.example.com:aud": "my-client"}}},
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/login.example.org/realms/ci"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"LOGIN.EXAMPLE.ORG/realms/ci:sub": "pipeline"}}},
  {"Effect": "Deny", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.example.com"}, "Action": "sts:AssumeRoleWithWebIdentity"},
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}, "Action": "sts:AssumeRoleWithSAML", "Condition": {"StringEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml"}}}
]}
`, 'oidc-no-condition');
  });

  it('reports a bare GitHub principal once (not also as github-sub-missing or github-aud)', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity"}
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ oidc-no-condition:warning
]}
`, ['oidc-no-condition', 'github-sub-missing', 'github-aud']);
  });

  it('fixes a custom provider with aud and sub placeholders', () => {
    const fixed = applyFix('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.example.com"}, "Action": "sts:AssumeRoleWithWebIdentity"}]}', 'oidc-no-condition');
    assert.match(fixed, /"Condition": \{"StringEquals": \{"oidc.example.com:aud": "CLIENT_ID", "oidc.example.com:sub": "SUBJECT"\}\}/);
  });

  it('fixes GitHub with aud sts.amazonaws.com and a repository/branch sub (the branch hint is the only new note)', () => {
    const { fixed, added } = applyFixReport(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity"}]}`, 'oidc-no-condition', /GitHub Actions/);
    assert.match(fixed, /"StringEquals": \{"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"\}, "StringLike": \{"token.actions.githubusercontent.com:sub": "repo:ORG\/REPO:ref:refs\/heads\/main"\}/);
    assert.deepEqual(added, ['github-environment-sub']);
  });

  it('fixes Cognito with aud and amr, EKS with aud and sub', () => {
    const cognito = applyFix('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity"}]}', 'oidc-no-condition');
    assert.match(cognito, /"ForAnyValue:StringLike": \{"cognito-identity.amazonaws.com:amr": "authenticated"\}/);
    const eks = applyFix('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789"}, "Action": "sts:AssumeRoleWithWebIdentity"}]}', 'oidc-no-condition');
    assert.match(eks, /"oidc.eks.eu-west-1.amazonaws.com\/id\/ABCDEF0123456789:aud": "sts.amazonaws.com", "oidc.eks.eu-west-1.amazonaws.com\/id\/ABCDEF0123456789:sub": "system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT"/);
  });
});

describe('oidc-no-condition with weak operators', () => {
  const policy = (condition: string) => `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": ${condition}}]}`;
  const findings = (condition: string) => service.validate(doc(policy(condition))).filter((d) => d.code === 'oidc-no-condition').map((d) => String(d.message));

  it('leaves ForAllValues: on the claims to condition-forallvalues-single instead of saying there is no condition', () => {
    const text = policy('{"ForAllValues:StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main"}}');
    const codes = service.validate(doc(text)).map((d) => String(d.code));
    assert.ok(!codes.includes('oidc-no-condition'), codes.join());
    assert.ok(codes.includes('condition-forallvalues-single'), codes.join());
  });

  it('names the operators when the only conditions are negated or IfExists', () => {
    const [message] = findings('{"StringNotEquals": {"token.actions.githubusercontent.com:sub": "repo:evil/x:ref:refs/heads/main"}}');
    assert.match(message, /use StringNotEquals, which also pass/);
    const [ifExists] = findings('{"StringEqualsIfExists": {"token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main"}}');
    assert.match(ifExists, /use StringEqualsIfExists/);
  });
});

describe('oidc-key-host-mismatch', () => {
  it('reports keys of another OIDC host than the Federated provider', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "oidc.eks.us-east-1.amazonaws.com/id/ABC:sub": "repo:acme/app:*"}}},
                                                                                                                                                                                                                                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ oidc-key-host-mismatch:error
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com/acme"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/app:*", "token.actions.githubusercontent.com/acme:aud": "sts.amazonaws.com"}}}
                                                                                                                                                                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ oidc-key-host-mismatch:error
]}
`, 'oidc-key-host-mismatch');
  });

  it('accepts the provider\'s own keys in any case, global keys, GHE slug keys with the slug provider, and multiple providers', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"Token.Actions.GitHubUserContent.com:aud": "sts.amazonaws.com", "aws:SourceIp": "203.0.113.7", "sts:RoleSessionName": "ci"}}},
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com/acme"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com/acme:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com/acme:sub": "repo:acme/app:ref:refs/heads/main"}}},
  {"Effect": "Allow", "Principal": {"Federated": ["arn:aws:iam::111122223333:oidc-provider/gitlab.com", "arn:aws:iam::111122223333:oidc-provider/oidc.example.com"]}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"gitlab.com:aud": "https://gitlab.com", "oidc.example.com:aud": "x"}}}
]}
`, 'oidc-key-host-mismatch');
  });

  it('fixes the key to the provider\'s host', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}, "StringLike": {"oidc.eks.us-east-1.amazonaws.com/id/ABC:sub": "repo:acme/app:*"}}}]}`, 'oidc-key-host-mismatch');
    assert.match(fixed, /"StringLike": \{"token.actions.githubusercontent.com:sub": "repo:acme\/app:\*"\}/);
  });
});

describe('web identity rules and Deny guards', () => {
  it('oidc-no-condition and github-sub-missing accept a Deny that refuses every other subject', () => {
    const deny = `{"Effect": "Deny", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringNotLike": {"token.actions.githubusercontent.com:sub": "repo:acme/app:*"}}}`;
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity"},
  ${deny}
]}
`, ['oidc-no-condition', 'github-sub-missing']);
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}},
  ${deny}
]}
`, ['oidc-no-condition', 'github-sub-missing']);
  });
  it('a Deny on another claim does not stand for the missing sub', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}},
                                                 ^... github-sub-missing:warning
  {"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringNotEquals": {"token.actions.githubusercontent.com:actor": "octocat"}}}
]}
`, ['oidc-no-condition', 'github-sub-missing']);
  });
});
