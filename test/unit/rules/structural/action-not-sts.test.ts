import assert from 'node:assert/strict';
import { applyFix, messagesOf } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('action-not-sts', () => {
  it('reports non-STS actions, STS actions that a trust policy cannot grant, and wildcards that match none', () => {
    const diagnostics = checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": [
  "s3:GetObject",
  ^^^^^^^^^^^^^^ action-not-sts:error
  "sts:GetCallerIdentity",
  ^^^^^^^^^^^^^^^^^^^^^^^ action-not-sts
  "iam:*",
  ^^^^^^^ action-not-sts
  "sts:AssumeRoleWithWebIdentiy",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ action-not-sts
  "AssumeRole",
  ^^^^^^^^^^^^ action-not-sts
  7
  ^ action-not-sts
]}]}
`, 'action-not-sts');
    const messages = messagesOf(diagnostics);
    assert.match(messages, /sts:GetCallerIdentity is an STS action, but not one a role trust policy can grant/);
    assert.match(messages, /Did you mean "sts:AssumeRoleWithWebIdentity"\?/);
    assert.match(messages, /"AssumeRole".*Did you mean "sts:AssumeRole"\?/);
  });
  it('accepts the six trust actions in any case, matching wildcards, and anything in NotAction', () => {
    checkDiagnostics(`
{"Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity", "sts:SetContext", "sts:assumerole", "sts:*", "*"]},
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}, "Action": "sts:AssumeRoleWithSAML"},
  {"Effect": "Allow", "Principal": {"Federated": "accounts.google.com"}, "Action": "sts:AssumeRoleWithWebIdentity"},
  {"Effect": "Deny", "Principal": "*", "NotAction": "s3:GetObject"}
]}
`, 'action-not-sts');
  });
  it('fix: replaces a misspelt action with the suggestion', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AsumeRole"}]}`, 'action-not-sts');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
  it('fix: removes a foreign action from a list', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": ["sts:AssumeRole", "s3:GetObject"]}]}`, 'action-not-sts');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": ["sts:AssumeRole"]}]}`);
  });
});
