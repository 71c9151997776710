// Trap cases of the conditions rules: correct conditions that a naive shape, type or pattern check would flag.
import { conditionsRules } from '../../../../server/src/service/rules/conditions';
import { allowWith, describeTraps, type Trap } from '../trap-table';

const cognito = (condition: object) => ({ Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:12345678-90ab-cdef-1234-567890abcdef' }, ...condition } });
const vendor = (condition: object) => ({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:role/VendorScanner' }, Action: 'sts:AssumeRole', Condition: condition });

const traps: Trap[] = [
  { rule: 'condition-shape', naive: 'numbers and booleans are values too, not only strings', statements: [allowWith({ NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 }, Bool: { 'aws:MultiFactorAuthPresent': true } })] },
  { rule: 'condition-empty', naive: 'an empty string is a value, not an empty list', statements: [allowWith({ StringEquals: { 'aws:PrincipalTag/suffix': '' } })] },
  { rule: 'condition-type-mismatch', naive: 'aws:EpochTime is a date that numeric operators may compare; epoch seconds are a date', statements: [allowWith({ NumericLessThan: { 'aws:EpochTime': '1798761600' }, DateLessThan: { 'aws:CurrentTime': '1798761600' } })] },
  { rule: 'condition-wildcard-no-like', naive: 'ArnEquals matches wildcards, and ${*} is an escaped literal', statements: [allowWith({ ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/deploy-*' }, StringEquals: { 'aws:PrincipalTag/pattern': 'a${*}b' } })] },
  { rule: 'condition-forallvalues-single', naive: 'ForAllValues: is right on multi-valued keys and harmless in a Deny', statements: [allowWith({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'project'] } }, { Action: ['sts:AssumeRole', 'sts:TagSession'] }), { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Condition: { 'ForAllValues:StringNotEquals': { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }] },
  { rule: 'condition-missing-qualifier', naive: 'Null on a multi-valued key takes no qualifier, and amr with ForAnyValue: is complete', statements: [allowWith({ Null: { 'aws:TagKeys': 'true' } }), cognito({ 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } })] },
  { rule: 'condition-null-qualifier', naive: 'plain Null next to qualified string operators', statements: [allowWith({ Null: { 'aws:PrincipalOrgID': 'false' }, 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/*' } })] },
  { rule: 'condition-mfa-ifexists', naive: 'BoolIfExists "false" in a Deny, and IfExists with the key required present', statements: [allowWith({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' }, Null: { 'aws:MultiFactorAuthPresent': 'false' } }), { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }] },
  { rule: 'condition-variables', naive: 'a $ without a brace is text, and a variable may carry a default', statements: [allowWith({ StringEquals: { 'aws:PrincipalTag/note': 'costs $5', 'sts:RoleSessionName': "${aws:PrincipalTag/team, 'none'}" } })] },
  { rule: 'condition-redundant', naive: 'values that differ in case are different under StringEquals; app:* does not cover app-*', statements: [allowWith({ StringEquals: { 'aws:PrincipalTag/team': ['Dev', 'dev'] }, StringLike: { 'aws:PrincipalTag/repo': ['acme/app:*', 'acme/app-*'] } })] },
  { rule: 'condition-private-ip', naive: 'a range wider than a private block is not private; aws:VpcSourceIp is private on purpose', statements: [allowWith({ IpAddress: { 'aws:SourceIp': '10.0.0.0/7', 'aws:VpcSourceIp': '10.0.1.0/24' }, StringEquals: { 'aws:SourceVpc': 'vpc-1a2b3c4d' } })] },
  { rule: 'condition-vpc-ip-unpaired', naive: 'the endpoint id pairs it as well as the VPC id, and a Deny is never a risk', statements: [allowWith({ IpAddress: { 'aws:VpcSourceIp': '10.0.1.0/24' }, StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }), { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', Condition: { NotIpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' } } }] },
  { rule: 'external-id-format', naive: 'a short pattern under StringLike can match a long id; : / = @ are allowed characters', statements: [vendor({ StringLike: { 'sts:ExternalId': 'v*' } }), vendor({ StringEquals: { 'sts:ExternalId': 'acme:prod/scanner=1@vendor' } })] },
];

describeTraps('conditions', conditionsRules, traps);
