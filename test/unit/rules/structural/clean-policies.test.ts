import assert from 'node:assert/strict';
import { doc, service } from '../../../support/fixture';
import { structuralRules } from '../../../../server/src/service/rules/structural';
import { messageOf } from './support';

const structuralIds = new Set(structuralRules.map((r) => r.id));

/** Realistic, correct trust policies: none may get an error-severity structural finding. */
const policies: Record<string, string> = {
  'EC2 instance role': `{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}
  ]
}`,
  'Lambda with source account': `{
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "LambdaExecution",
    "Effect": "Allow",
    "Principal": {"Service": "lambda.amazonaws.com"},
    "Action": "sts:AssumeRole",
    "Condition": {"StringEquals": {"aws:SourceAccount": "111122223333"}}
  }]
}`,
  'GitHub Actions OIDC': `{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
    "Action": "sts:AssumeRoleWithWebIdentity",
    "Condition": {
      "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
      "StringLike": {"token.actions.githubusercontent.com:sub": "repo:example-org/app:ref:refs/heads/main"}
    }
  }]
}`,
  'SAML federation with session tags': `{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/Okta"},
    "Action": ["sts:AssumeRoleWithSAML", "sts:TagSession"],
    "Condition": {"StringEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml"}}
  }]
}`,
  'cross-account vendor with ExternalId': `{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
    "Action": "sts:AssumeRole",
    "Condition": {"StringEquals": {"sts:ExternalId": "4f1c2a9e-vendor-7d3b"}}
  }]
}`,
  'EKS IAM roles for service accounts': `{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"},
    "Action": "sts:AssumeRoleWithWebIdentity",
    "Condition": {"StringEquals": {
      "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub": "system:serviceaccount:payments:api",
      "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud": "sts.amazonaws.com"
    }}
  }]
}`,
  'EKS Pod Identity': `{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Principal": {"Service": "pods.eks.amazonaws.com"}, "Action": ["sts:AssumeRole", "sts:TagSession"]}]
}`,
  'IAM Roles Anywhere': `{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": {"Service": "rolesanywhere.amazonaws.com"},
    "Action": ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"],
    "Condition": {"ArnEquals": {"aws:SourceArn": "arn:aws:rolesanywhere:eu-west-1:111122223333:trust-anchor/0123abcd-4567-89ef-0123-456789abcdef"}}
  }]
}`,
  'Allow with a Deny guard rail': `{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "AllowOps", "Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:role/Ops", "arn:aws:sts::111122223333:assumed-role/Break/glass"]}, "Action": ["sts:AssumeRole", "sts:SetSourceIdentity"]},
    {"Sid": "DenyOutsideOrg", "Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole", "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}
  ]
}`,
  'GovCloud (aws-us-gov)': `{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws-us-gov:iam::111122223333:role/service-role/Deployer"}, "Action": "sts:AssumeRole"}]
}`,
  'isolated regions (aws-iso, aws-iso-b)': `{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Principal": {"AWS": ["arn:aws-iso:iam::111122223333:user/ops", "arn:aws-iso-b:iam::111122223333:root"]}, "Action": "sts:AssumeRole"}]
}`,
  'China (aws-cn) service principal': `{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com.cn", "AWS": "arn:aws-cn:iam::111122223333:role/Admin"}, "Action": "sts:AssumeRole"}]
}`,
  'no Version, single statement object': `{
  "Statement": {"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}
}`,
  'Cognito identity pool (with an empty Sid, as AWS samples have)': `{
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "",
    "Effect": "Allow",
    "Principal": {"Federated": "cognito-identity.amazonaws.com"},
    "Action": "sts:AssumeRoleWithWebIdentity",
    "Condition": {
      "StringEquals": {"cognito-identity.amazonaws.com:aud": "eu-west-1:12345678-1234-1234-1234-123456789012"},
      "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}
    }
  }]
}`,
  'old Version, account id and Id': `{
  "Version": "2008-10-17",
  "Id": "LegacyTrust",
  "Statement": [{"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "sts:AssumeRole"}]
}`,
};

describe('clean policies (structural rules)', () => {
  for (const [name, text] of Object.entries(policies)) {
    it(`${name}: no structural errors`, () => {
      const errors = service.validate(doc(text)).filter((d) => (d.code === 'json-syntax' || structuralIds.has(String(d.code))) && d.severity === 1);
      assert.deepEqual(errors.map((d) => `${String(d.code)}: ${messageOf(d)}`), []);
    });
  }
  it('checks at least a dozen policies', () => {
    assert.ok(Object.keys(policies).length >= 12);
  });
});
