// cognito-aud: a Cognito identity-pool principal must test cognito-identity.amazonaws.com:aud (IAM and Cognito require it).
import type { Fix, Rule, RuleFinding } from '../../types';
import { isAllow } from './guards';
import { addConditionFix } from './edits';
import { audAddition, claimOf, deniedClaims, hostEntries } from './federation';
import { webIdentityPrincipals } from './providers';

export const cognitoAud: Rule = {
  id: 'cognito-aud',
  defaultSeverity: 'error',
  description: 'A Cognito identity-pool principal without an aud condition naming the identity pool; AWS refuses such trust for Cognito.',
  docsUrl: 'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of ctx.policy.statements) {
      if (!isAllow(s)) continue;
      for (const p of webIdentityPrincipals(s, ctx)) {
        if (p.kind !== 'cognito' || hostEntries(s, p.host).length === 0 || claimOf(s, p.host, 'aud').length || deniedClaims(ctx.policy, p, ['aud']).length) continue;
        findings.push({ node: p.node, data: { statement: s.index, host: p.host }, message: `Nothing tests ${p.host}:aud, so identities of any identity pool could assume this role; AWS requires this key for Cognito. Set it to your identity pool id.` });
      }
    }
    return findings;
  },
  fix(finding, ctx): Fix[] {
    const s = ctx.policy.statements[finding.data?.statement as number];
    const p = s && webIdentityPrincipals(s, ctx).find((x) => x.host === finding.data?.host);
    if (!s || !p) return [];
    return addConditionFix(ctx.policy, s, 'Require the identity pool id (aud)', [audAddition(p, 1)], { snippet: true });
  },
};
