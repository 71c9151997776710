import { checkDiagnostics } from '../../../support/fixture';

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
