// Trap cases of the reference rules: correct policies that a naive name or key lookup would flag.
import { referenceRules } from '../../../../server/src/service/rules/reference';
import { allowWith, describeTraps, type Trap } from '../trap-table';

const service = (principal: string | string[], extra: object = {}) => ({ Effect: 'Allow', Principal: { Service: principal }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } }, ...extra });

const traps: Trap[] = [
  { rule: 'service-principal-unknown', naive: 'a regional or partition form of a known service is not literally in the list', statements: [service(['logs.eu-west-1.amazonaws.com', 'ec2.amazonaws.com.cn'])] },
  { rule: 'service-principal-unknown', naive: 'eks.amazonaws.com is also what people write for Pod Identity, but alone it is the cluster role', statements: [{ Effect: 'Allow', Principal: { Service: 'eks.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
  { rule: 'service-principal-resource-only', naive: 'cognito-identity.amazonaws.com is a provider, but under Federated it is right', statements: [{ Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:12345678-90ab-cdef-1234-567890abcdef' }, 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } } }] },
  { rule: 'condition-operator-unknown', naive: 'a qualifier, a negated base and IfExists together look like a made-up name', statements: [allowWith({ 'ForAnyValue:StringNotEqualsIfExists': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/' } })] },
  { rule: 'condition-key-unknown', naive: 'keys are case-insensitive and tag keys take any tag name', statements: [allowWith({ StringEquals: { 'aws:principalorgid': 'o-a1b2c3d4e5', 'AWS:PrincipalTag/Cost-Center': '42' } })] },
  { rule: 'condition-key-unknown', naive: 'a claim of an OIDC host we do not know cannot be judged', statements: [{ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/keycloak.example.com/realms/ci' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'keycloak.example.com/realms/ci:aud': 'aws', 'keycloak.example.com/realms/ci:groups': 'deployers' } } }] },
  { rule: 'condition-key-not-for-trust', naive: 'sts: keys such as sts:RoleSessionName and sts:SourceIdentity are set on AssumeRole', statements: [allowWith({ StringEquals: { 'sts:RoleSessionName': 'deploy' }, StringLike: { 'sts:SourceIdentity': 'alice*' } }, { Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'] })] },
  { rule: 'condition-key-action', naive: 'a Null test that refuses session tags needs no sts:TagSession', statements: [allowWith({ Null: { 'aws:RequestTag/team': 'true' } })] },
  { rule: 'condition-key-action', naive: 'a Deny on tags refuses less without sts:TagSession, but grants nothing', statements: [allowWith({ StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }), { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:RequestTag/admin': 'true' } } }] },
];

describeTraps('reference', referenceRules, traps);
