// Seed documents for the robustness tests: hand-written policies, the bundled examples and every test fixture.
import fs from 'node:fs';
import path from 'node:path';
import { parseAnnotated } from '../../support/fixture';

const ROOT = path.resolve(__dirname, '../../..');

/** Policies covering every element the model reads (principal kinds, conditions, Deny, NotAction, odd shapes). */
export const SEED_POLICIES: readonly string[] = [
  `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowEc2",
      "Effect": "Allow",
      "Principal": { "Service": "ec2.amazonaws.com" },
      "Action": "sts:AssumeRole"
    }
  ]
}`,
  `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "AWS": ["arn:aws:iam::123456789012:root", "arn:aws:iam::210987654321:role/Deploy", "*"] },
      "Action": ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"],
      "Condition": {
        "StringEquals": { "sts:ExternalId": "abc-123", "aws:PrincipalOrgID": ["o-abcdefghij"] },
        "ForAnyValue:StringLike": { "aws:PrincipalArn": "arn:aws:iam::*:role/ci-*" },
        "BoolIfExists": { "aws:MultiFactorAuthPresent": true },
        "NumericLessThan": { "aws:MultiFactorAuthAge": 3600 }
      }
    },
    { "Effect": "Deny", "Principal": "*", "NotAction": "sts:AssumeRole", "Resource": "*" }
  ]
}`,
  `{
  "Version": "2012-10-17",
  "Statement": {
    "Effect": "Allow",
    "Principal": { "Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" },
    "Action": "sts:AssumeRoleWithWebIdentity",
    "Condition": {
      "StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
      "StringLike": { "token.actions.githubusercontent.com:sub": "repo:octo/app:ref:refs/heads/main" }
    }
  }
}`,
  `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::123456789012:saml-provider/Okta"},"Action":"sts:AssumeRoleWithSAML","Condition":{"StringEquals":{"SAML:aud":"https://signin.aws.amazon.com/saml"}}}]}`,
  `{"Version":"2008-10-17","Id":"x","Statement":[{"Sid":"a b","Effect":"allow","Principal":{"CanonicalUser":"abc","AWS":"AIDAEXAMPLE"},"NotPrincipal":{"AWS":"*"},"Action":"s3:GetObject","NotAction":"sts:*","Resource":"*","Condition":{"Foo":{"k":[{"x":1}]}}},3,"s",null]}`,
  `{"Statement":[{"Effect":"Allow","Principal":{"Service":["rolesanywhere.amazonaws.com"]},"Action":["sts:AssumeRole","sts:TagSession","sts:SetSourceIdentity"],"Condition":{"ArnEquals":{"aws:SourceArn":"arn:aws:rolesanywhere:us-east-1:123456789012:trust-anchor/abc"}}}],"Version":"2012-10-17","Version":"2012-10-17"}`,
  '',
  '[]',
  '{}',
  'null',
  // Half-typed documents: found by the long fuzz run (an unclosed `{` once produced an inverted fix range).
  '{',
  '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {',
  '{"Statement": [{"Effect": "Allow", "Principal": {',
  '{"Statement": {"Effect": "Allow", "Principal": {"AWS": [',
  '[{',
  '[/*', // jsonc-parser once let the array reach past the end of the text
  '{"Statement": [{"Action": "sts:AssumeRole" /*',
];

/** The example policies shipped in examples/ (none yet is fine). */
export function examplePolicies(): string[] {
  const dir = path.join(ROOT, 'examples');
  const result: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }) : []) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.json')) result.push(fs.readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return result;
}

/** Every template-literal fixture in the unit tests that mentions a statement, with its annotations stripped. */
export function testFixtures(): string[] {
  const result = new Set<string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'robustness') walk(full);
      } else if (e.name.endsWith('.test.ts')) {
        const source = fs.readFileSync(full, 'utf8');
        for (const m of source.matchAll(/`([^`]*)`/g)) {
          if (!m[1].includes('Statement') || m[1].includes('${')) continue;
          result.add(parseAnnotated(m[1]).text.replace(/\|/g, ''));
        }
      }
    }
  };
  walk(path.join(ROOT, 'test', 'unit'));
  return [...result];
}

export function allSeeds(): string[] {
  return [...SEED_POLICIES, ...examplePolicies(), ...testFixtures()];
}
