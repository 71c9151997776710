// The catalogue's trap cases: each must give no security warning from any trust rule (at most the noted information).
import { checkDiagnostics } from '../../../support/fixture';
import { trustRules } from '../../../../server/src/service/rules/trust';
import { describeTraps, type Trap } from '../trap-table';

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

const GH = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
const GHH = 'token.actions.githubusercontent.com';
const WI = 'sts:AssumeRoleWithWebIdentity';
const EKS_HOST = 'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';
const POOL = 'us-east-1:12345678-90ab-cdef-1234-567890abcdef';
const orgDeny = { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } };
const github = (condition: object, federated = GH) => ({ Effect: 'Allow', Principal: { Federated: federated }, Action: WI, Condition: condition });
const oidc = (federated: string, condition: object) => ({ Effect: 'Allow', Principal: { Federated: federated }, Action: WI, Condition: condition });

const trustTraps: Trap[] = [
  { rule: 'principal-wildcard', naive: '"*" in a Deny is a guard rail', statements: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/Deploy' }, Action: 'sts:AssumeRole' }, orgDeny] },
  { rule: 'cross-account-trust', naive: 'a role of another account guarded by a Deny on the organization', statements: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:role/Deploy' }, Action: 'sts:AssumeRole' }, orgDeny] },
  { rule: 'account-root-trust', naive: 'a root narrowed to one role by a Deny on aws:PrincipalArn', statements: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }, { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Condition: { ArnNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Deploy' } } }] },
  { rule: 'confused-deputy', naive: 'a Deny that refuses the service for other accounts is a source condition', statements: [{ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }, { Effect: 'Deny', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringNotEquals: { 'aws:SourceAccount': '111122223333' } } }] },
  { rule: 'service-key-unsupported', naive: 'IfExists passes for a service that lacks the key, and a mixed statement may mean the AWS principal', statements: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }, { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com', AWS: 'arn:aws:iam::111122223333:role/Ops' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }] },
  { rule: 'oidc-no-condition', naive: 'the Allow has no condition, but a Deny refuses every other subject', statements: [{ Effect: 'Allow', Principal: { Federated: GH }, Action: WI }, { Effect: 'Deny', Principal: { Federated: GH }, Action: WI, Condition: { StringNotLike: { [`${GHH}:sub`]: 'repo:acme/app:*' } } }] },
  { rule: 'oidc-key-host-mismatch', naive: 'keys are case-insensitive, and an enterprise slug is part of the host', statements: [github({ StringEquals: { 'Token.Actions.GitHubUserContent.com:aud': 'sts.amazonaws.com', [`${GHH}:sub`]: 'repo:acme/app:environment:prod' } }), github({ StringEquals: { [`${GHH}/acme:aud`]: 'sts.amazonaws.com', [`${GHH}/acme:sub`]: 'repo:acme/app:environment:prod' } }, `${GH}/acme`)] },
  { rule: 'github-sub-missing', naive: 'the repository claim pins the repository without sub', statements: [github({ StringEquals: { [`${GHH}:aud`]: 'sts.amazonaws.com', [`${GHH}:repository`]: 'acme/app' } })] },
  { rule: 'github-sub-wildcard', naive: 'repo:ORG/REPO:* is one repository with any ref, not a wildcard trust', statements: [github({ StringEquals: { [`${GHH}:aud`]: 'sts.amazonaws.com' }, StringLike: { [`${GHH}:sub`]: 'repo:acme/app:*' } })] },
  { rule: 'github-aud', naive: 'an aud list that includes sts.amazonaws.com', statements: [github({ StringEquals: { [`${GHH}:aud`]: ['sts.amazonaws.com', 'https://github.com/acme'] }, StringLike: { [`${GHH}:sub`]: 'repo:acme/app:*' } })] },
  { rule: 'github-environment-sub', naive: 'a branch next to a value that admits environment jobs', statements: [github({ StringEquals: { [`${GHH}:aud`]: 'sts.amazonaws.com', [`${GHH}:sub`]: ['repo:acme/app:ref:refs/heads/main', 'repo:acme/app:environment:prod'] } })] },
  { rule: 'eks-irsa-conditions', naive: 'StringLike with no wildcard is as exact as StringEquals', statements: [oidc(`arn:aws:iam::111122223333:oidc-provider/${EKS_HOST}`, { StringLike: { [`${EKS_HOST}:aud`]: 'sts.amazonaws.com', [`${EKS_HOST}:sub`]: 'system:serviceaccount:payments:api' } })] },
  { rule: 'cognito-aud', naive: 'aud tested under StringEqualsIgnoreCase is still tested', statements: [oidc('cognito-identity.amazonaws.com', { StringEqualsIgnoreCase: { 'cognito-identity.amazonaws.com:aud': POOL }, 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } })] },
  { rule: 'cognito-amr', naive: 'a guest role says "unauthenticated" on purpose', statements: [oidc('cognito-identity.amazonaws.com', { StringEquals: { 'cognito-identity.amazonaws.com:aud': POOL }, 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' } })] },
  { rule: 'google-aud', naive: 'oaud pins the client as well as aud', statements: [oidc('accounts.google.com', { StringEquals: { 'accounts.google.com:oaud': '123456789012-abc.apps.googleusercontent.com' } })] },
  { rule: 'saml-aud', naive: 'SAML:aud in other letter case, with a partition endpoint', statements: [{ Effect: 'Allow', Principal: { Federated: 'arn:aws-us-gov:iam::111122223333:saml-provider/Corp' }, Action: 'sts:AssumeRoleWithSAML', Condition: { StringEquals: { 'saml:aud': 'https://signin.amazonaws-us-gov.com/saml' } } }] },
  { rule: 'gitlab-conditions', naive: 'a wildcard on the ref only still pins the project', statements: [oidc('arn:aws:iam::111122223333:oidc-provider/gitlab.com', { StringEquals: { 'gitlab.com:aud': 'https://gitlab.com' }, StringLike: { 'gitlab.com:sub': 'project_path:acme/app:ref_type:branch:ref:release-*' } })] },
  { rule: 'terraform-cloud-conditions', naive: 'run_phase:* is every phase of one workspace', statements: [oidc('arn:aws:iam::111122223333:oidc-provider/app.terraform.io', { StringEquals: { 'app.terraform.io:aud': 'aws.workload.identity' }, StringLike: { 'app.terraform.io:sub': 'organization:acme:project:infra:workspace:prod:run_phase:*' } })] },
];

describeTraps('trust', trustRules, trustTraps);
