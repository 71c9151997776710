// saml-aud: a SAML provider trust without SAML:aud accepts assertions posted to any endpoint.
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { denyGuards, grantsAction, isAllow, keyIn, positiveEntries } from './guards';
import { addConditionFix, placeholder } from './edits';
import { samlPrincipals } from './providers';

export const samlAud: Rule = {
  id: 'saml-aud',
  defaultSeverity: 'warning',
  description: 'A SAML provider is trusted without a SAML:aud condition naming the AWS sign-in endpoint the assertion must be posted to.',
  docsUrl: docs.saml,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const s of policy.statements) {
      if (!isAllow(s) || !grantsAction(s, 'sts:AssumeRoleWithSAML') || positiveEntries(s, ['SAML:aud']).length) continue;
      for (const p of samlPrincipals(s)) {
        if (denyGuards(policy, { type: 'Federated', value: p.value }, 'sts:AssumeRoleWithSAML', keyIn(['SAML:aud'])).length) continue;
        findings.push({ node: p.node, data: { statement: s.index }, message: `Nothing tests SAML:aud, so an assertion from ${p.name} meant for another endpoint is accepted too. Require the AWS sign-in SAML endpoint, usually https://signin.aws.amazon.com/saml.` });
      }
    }
    return findings;
  },
  fix(finding, { policy }): Fix[] {
    const s = policy.statements[finding.data?.statement as number];
    if (!s) return [];
    return addConditionFix(policy, s, 'Require SAML:aud (the AWS sign-in endpoint)', [{ operator: 'StringEquals', key: 'SAML:aud', valueJson: placeholder(1, 'https://signin.aws.amazon.com/saml') }], { snippet: true });
  },
};
