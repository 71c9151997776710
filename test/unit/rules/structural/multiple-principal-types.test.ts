import assert from 'node:assert/strict';
import { checkDiagnostics } from '../../../support/fixture';
import { applyFix } from './support';

describe('multiple-principal-types', () => {
  it('gives a hint when one statement mixes principals that need different assume actions', () => {
    checkDiagnostics(`
{"Statement": [
  {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com", "Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}, "Action": ["sts:AssumeRole", "sts:AssumeRoleWithSAML"]},
                      ^^^^^^^^^^^ multiple-principal-types:hint
  {"Effect": "Allow", "Principal": {"Federated": ["arn:aws:iam::111122223333:saml-provider/Okta", "accounts.google.com"]}, "Action": ["sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity"]}
                      ^^^^^^^^^^^ multiple-principal-types
]}
`, 'multiple-principal-types');
  });
  it('accepts AWS and Service together (both use sts:AssumeRole) and single types', () => {
    checkDiagnostics(`
{"Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "111122223333", "Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"},
  {"Effect": "Allow", "Principal": {"Federated": "accounts.google.com"}, "Action": "sts:AssumeRoleWithWebIdentity"},
  {"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole"}
]}
`, 'multiple-principal-types');
  });
});

describe('multiple-principal-types fix', () => {
  it('splits a one-line statement, moving each action and provider condition to its own statement', () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Sid": "Mixed", "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com", "Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}, "Action": ["sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:TagSession"], "Condition": {"StringEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml", "aws:SourceAccount": "111122223333"}}}]}';
    const fixed = applyFix(text, 'multiple-principal-types');
    const statements = (JSON.parse(fixed) as { Statement: Record<string, unknown>[] }).Statement;
    assert.deepEqual(statements, [
      { Sid: 'Mixed', Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: ['sts:AssumeRole', 'sts:TagSession'], Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } },
      { Sid: 'MixedSaml', Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/Okta' }, Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'], Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml', 'aws:SourceAccount': '111122223333' } } },
    ]);
    assert.ok(!fixed.includes('\n'), 'one-line layout kept');
  });

  it('splits an indented statement in the document layout, and a single statement object into an array', () => {
    const text = `{
  "Version": "2012-10-17",
  "Statement": {
    "Effect": "Allow",
    "Principal": {
      "Federated": ["arn:aws:iam::111122223333:saml-provider/Okta", "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"]
    },
    "Action": ["sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity"],
    "Condition": {
      "StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "SAML:aud": "https://signin.aws.amazon.com/saml" }
    }
  }
}`;
    const fixed = applyFix(text, 'multiple-principal-types');
    const statements = (JSON.parse(fixed) as { Statement: { Action: unknown; Condition: Record<string, Record<string, string>> }[] }).Statement;
    assert.equal(statements.length, 2);
    assert.deepEqual(statements.map((s) => s.Action), ['sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity']);
    assert.deepEqual(Object.keys(statements[1].Condition.StringEquals), ['token.actions.githubusercontent.com:aud']);
    assert.match(fixed, /\n {4}"Effect": "Allow",\n/);
  });
});
