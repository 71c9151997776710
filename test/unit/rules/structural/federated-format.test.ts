import assert from 'node:assert/strict';
import { applyFix, messageOf } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('federated-format', () => {
  it('reports hosts without the provider ARN, wildcards and malformed provider ARNs', () => {
    const diagnostics = checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"Federated": [
  "token.actions.githubusercontent.com",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ federated-format:error
  "*",
  ^^^ federated-format
  "arn:aws:iam::111122223333:oidc-provider/https://token.actions.githubusercontent.com",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ federated-format
  "arn:aws:iam::111122223333:identity-provider/Okta",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ federated-format
  "arn:aws:iam::1111:saml-provider/Okta"
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ federated-format
]}, "Action": "sts:AssumeRoleWithWebIdentity"}]}
`, 'federated-format');
    assert.match(messageOf(diagnostics[0]), /oidc-provider\/token\.actions\.githubusercontent\.com/);
  });
  it('accepts SAML and OIDC provider ARNs and the built-in web identity providers', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"Federated": [
  "arn:aws:iam::111122223333:saml-provider/Okta",
  "arn:aws-us-gov:iam::111122223333:oidc-provider/oidc.eks.us-gov-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE",
  "cognito-identity.amazonaws.com",
  "accounts.google.com",
  "graph.facebook.com",
  "www.amazon.com"
]}, "Action": "sts:AssumeRoleWithWebIdentity"}]}
`, 'federated-format');
  });
  it('fix: drops the https:// scheme from an OIDC provider ARN', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/https://token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:example-org/app:ref:refs/heads/main"}}}]}`, 'federated-format');
    assert.match(fixed, /"Federated": "arn:aws:iam::111122223333:oidc-provider\/token\.actions\.githubusercontent\.com"/);
  });
  it('fix: turns a bare OIDC host into a provider ARN with an account placeholder', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:example-org/app:ref:refs/heads/main"}}}]}`, 'federated-format', /Use the OIDC provider ARN/);
    assert.match(fixed, /"Federated": "arn:aws:iam::111122223333:oidc-provider\/token\.actions\.githubusercontent\.com"/);
  });
});
