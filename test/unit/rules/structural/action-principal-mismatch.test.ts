import assert from 'node:assert/strict';
import { applyFix } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('action-principal-mismatch', () => {
  it('reports assume actions that no principal of the statement can use', () => {
    checkDiagnostics(`
{"Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRole"},
                                                                                              ^^^^^^^^^^^^^^^^ action-principal-mismatch:error
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}, "Action": "sts:AssumeRoleWithWebIdentity"},
                                                                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ action-principal-mismatch
  {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRoleWithSAML"},
                                                                               ^^^^^^^^^^^^^^^^^^^^^^^^ action-principal-mismatch
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": ["sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML"]}
                                                                                                                                                                             ^^^^^^^^^^^^^^^^^^^^^^^^ action-principal-mismatch
]}
`, 'action-principal-mismatch');
  });
  it('accepts matching pairs, "*" principals, and statements whose Federated value is malformed', () => {
    checkDiagnostics(`
{"Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "111122223333", "Service": "ec2.amazonaws.com"}, "Action": ["sts:AssumeRole", "sts:TagSession"]},
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}, "Action": ["sts:AssumeRoleWithSAML", "sts:TagSession"]},
  {"Effect": "Allow", "Principal": {"Federated": "graph.facebook.com"}, "Action": "sts:AssumeRoleWithWebIdentity"},
  {"Effect": "Deny", "Principal": "*", "Action": ["sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity"]},
  {"Effect": "Allow", "Principal": {"Federated": "token.actions.githubusercontent.com"}, "Action": "sts:AssumeRole"}
]}
`, 'action-principal-mismatch');
  });
  it('fix: replaces the action with the one the principal needs', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml"}}}]}`, 'action-principal-mismatch');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}, "Action": "sts:AssumeRoleWithSAML", "Condition": {"StringEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml"}}}]}`);
  });
  it('fix: removes the action when the right one is already listed', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": ["sts:AssumeRole", "sts:AssumeRoleWithSAML"]}]}`, 'action-principal-mismatch');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": ["sts:AssumeRole"]}]}`);
  });
});
