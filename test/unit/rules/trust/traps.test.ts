// The catalogue's trap cases: each must give no security warning from any trust rule (at most the noted information).
import { checkDiagnostics } from '../../../support/fixture';
import { trustRules } from '../../../../server/src/service/rules/trust';

const ids = trustRules.map((r) => r.id);
const mine = { accounts: ['111122223333'] };

describe('trust rules on the trap cases', () => {
  it('a Deny guard rail with "*" and negated conditions gives nothing', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/Deploy"}, "Action": "sts:AssumeRole"},
  {"Effect": "Deny", "Principal": "*", "Action": "sts:*", "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123def4"}, "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}},
  {"Effect": "Deny", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringNotLike": {"token.actions.githubusercontent.com:sub": "repo:acme/*"}}},
  {"Effect": "Deny", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringNotEquals": {"aws:SourceAccount": "111122223333"}}}
]}
`, ids, mine);
  });

  it('an organization-narrowed wildcard is information only', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}}
                                           ^^^ principal-wildcard:information
]}
`, ids, mine);
  });

  it('a same-account root pinned by aws:PrincipalArn gives nothing', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole", "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/deploy-*"}}}
]}
`, ids, mine);
  });

  it('an organization-wide GitHub repo:ORG/* is a warning (any member can add a repository)', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}, "StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/*"}}}
                                                                                                                                                                                                                                                                                                                                      ^^^^^^^^^^^^^ github-sub-wildcard:warning
]}
`, ids, mine);
  });

  it('EC2 and Lambda roles without source keys give nothing', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Service": ["ec2.amazonaws.com", "lambda.amazonaws.com"]}, "Action": "sts:AssumeRole"}
]}
`, ids, mine);
  });

  it('a custom OIDC host with conditions on its own keys gives nothing', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/keycloak.example.com/realms/ci"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"keycloak.example.com/realms/ci:aud": "aws", "keycloak.example.com/realms/ci:sub": "pipeline-runner"}}}
]}
`, ids, mine);
  });

  it('assumed-role principals in the own account give nothing; in another account only the cross-account warning', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:sts::111122223333:assumed-role/Deploy/ci-run"}, "Action": "sts:AssumeRole"},
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws:sts::444455556666:assumed-role/Deploy/ci-run"}, "Action": "sts:AssumeRole"}
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cross-account-trust:warning
]}
`, ids, mine);
  });

  it('aws-iso partitions are read like aws', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws-iso:iam::111122223333:role/Ops"}, "Action": "sts:AssumeRole"},
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws-iso-b:iam::111122223333:root"}, "Action": "sts:AssumeRole"},
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ account-root-trust:information
  {"Effect": "Allow", "Principal": {"AWS": "arn:aws-iso:iam::444455556666:role/Vendor"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "vendor-issued-42"}}},
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws-iso:iam::111122223333:saml-provider/Corp"}, "Action": "sts:AssumeRoleWithSAML", "Condition": {"StringEquals": {"SAML:aud": "https://signin.c2shome.ic.gov/saml"}}}
]}
`, ids, mine);
  });

  it('a policy without Version is analysed the same: no extra trust finding, real problems still found', () => {
    checkDiagnostics(`
{"Statement": [
  {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"},
  {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}
                                           ^^^ principal-wildcard:error
]}
`, ids, mine);
  });
});

describe('condition values written as numbers', () => {
  it('count like their text: a numeric aws:SourceAccount still guards the service', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:SourceAccount": 111122223333}}}
]}
`, ids, mine);
  });
});
