import assert from 'node:assert/strict';
import { explainPolicy, explainStatement } from '../../server/src/service/explain';
import { parseTrustPolicy } from '../../server/src/service/document';
import { bundledReferenceData } from '../../server/src/data';
import { DEFAULT_OPTIONS, type ServiceOptions } from '../../server/src/service/types';

const explain = (statement: string, options: Partial<ServiceOptions> = {}) => {
  const policy = parseTrustPolicy(`{"Version": "2012-10-17", "Statement": [${statement}]}`);
  return explainStatement(policy.statements[0], policy, bundledReferenceData, { ...DEFAULT_OPTIONS, ...options });
};

describe('explain', () => {
  it('tells a GitHub Actions trust by repository and branch, environment, or organization', () => {
    assert.equal(explain('{"Sid": "Deploy", "Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main"}}}'),
      'Statement 1 (Deploy): Any GitHub Actions workflow in repository acme/app on branch main can assume this role.');
    assert.equal(explain('{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": ["repo:acme/app:environment:prod", "repo:acme/*"]}}}'),
      'Statement 1: Any GitHub Actions workflow in repository acme/app running in environment prod or in any repository of acme (any audience) can assume this role.');
    assert.equal(explain('{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity"}'),
      'Statement 1: Any GitHub Actions workflow in any repository on GitHub (any audience) can assume this role.');
    assert.equal(explain('{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:*"}}}'),
      'Statement 1: Any GitHub Actions workflow in any repository on GitHub (subject "repo:*") (any audience) can assume this role.');
  });

  it('tells whole-account trust with its ExternalId and MFA conditions, and whose account it is', () => {
    assert.equal(explain('{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": ["sts:AssumeRole", "sts:TagSession"], "Condition": {"StringEquals": {"sts:ExternalId": "vendor-42"}, "Bool": {"aws:MultiFactorAuthPresent": "true"}}}', { accounts: ['111122223333'] }),
      'Statement 1: Any principal in account 444455556666 (another account) whose own policy allows it can assume and tag the session of this role, if it passes ExternalId "vendor-42" and the caller signed in with MFA.');
    assert.equal(explain('{"Effect": "Allow", "Principal": {"AWS": ["111122223333", "arn:aws:sts::111122223333:assumed-role/Deploy/ci"]}, "Action": "sts:AssumeRole", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "true"}}}'),
      'Statement 1: Any principal in account 111122223333 whose own policy allows it or session ci of role Deploy in account 111122223333 can assume this role, if the caller used MFA or signs with long-term access keys (BoolIfExists lets those through).');
  });

  it('tells services with their source conditions, and Deny guard rails', () => {
    assert.equal(explain('{"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:SourceAccount": "111122223333"}}}'),
      'Statement 1: The AWS service AWS CodeBuild (codebuild.amazonaws.com) can assume this role, if the service acts for a resource in account "111122223333".');
    assert.equal(explain('{"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole", "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}}'),
      'Statement 1: Denies: Anyone (any AWS principal in any account) cannot assume this role, if aws:PrincipalOrgID is not "o-abc123def4", whatever other statements allow.');
  });

  it('tells EKS, Cognito, SAML and custom OIDC trust', () => {
    assert.equal(explain('{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"oidc.eks.us-east-1.amazonaws.com/id/ABC:aud": "sts.amazonaws.com", "oidc.eks.us-east-1.amazonaws.com/id/ABC:sub": "system:serviceaccount:payments:api"}}}'),
      'Statement 1: Kubernetes service account api in namespace payments of the EKS cluster with OIDC issuer oidc.eks.us-east-1.amazonaws.com/id/ABC can assume this role.');
    assert.equal(explain('{"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": "us-east-1:pool"}}}'),
      'Statement 1: Signed-in and guest identities of Cognito identity pool us-east-1:pool can assume this role.');
    assert.equal(explain('{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"}, "Action": "sts:AssumeRoleWithSAML", "Condition": {"StringEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml"}}}'),
      'Statement 1: Users signed in through SAML provider Okta can assume this role, if the SAML assertion is posted to "https://signin.aws.amazon.com/saml".');
    assert.equal(explain('{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.example.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"oidc.example.com:sub": "team-*"}, "DateLessThan": {"aws:CurrentTime": "2027-01-01T00:00:00Z"}}}'),
      'Statement 1: Holders of a token from oidc.example.com with subject matching "team-*" can assume this role, if aws:CurrentTime is before "2027-01-01T00:00:00Z".');
  });

  it('gives one line per statement and a line for an empty policy', () => {
    const options = DEFAULT_OPTIONS;
    const two = parseTrustPolicy('{"Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}, "oops"]}');
    assert.deepEqual(explainPolicy(two, bundledReferenceData, options), [
      'Statement 1: The AWS service Amazon EC2 (ec2.amazonaws.com) can assume this role.',
      'Statement 2: not an object; IAM rejects it.',
    ]);
    assert.deepEqual(explainPolicy(parseTrustPolicy('{"Statement": []}'), bundledReferenceData, options), ['No statements: nobody can assume this role.']);
  });
});
