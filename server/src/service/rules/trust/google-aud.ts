// google-aud: an accounts.google.com principal must pin the app's client id in accounts.google.com:aud.
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { isAllow } from './guards';
import { addConditionFix } from './edits';
import { audAddition, claimOf, deniedClaims, hostEntries } from './federation';
import { webIdentityPrincipals } from './providers';

export const googleAud: Rule = {
  id: 'google-aud',
  defaultSeverity: 'warning',
  description: 'An accounts.google.com principal without accounts.google.com:aud admits tokens Google issued to any app.',
  docsUrl: docs.iamConditionKeys,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of ctx.policy.statements) {
      if (!isAllow(s)) continue;
      for (const p of webIdentityPrincipals(s, ctx)) {
        if (p.kind !== 'google' || hostEntries(s, p.host).length === 0) continue;
        if (claimOf(s, p.host, 'aud').length || claimOf(s, p.host, 'oaud').length || deniedClaims(ctx.policy, p, ['aud', 'oaud']).length) continue;
        findings.push({ node: p.node, data: { statement: s.index, host: p.host }, message: 'Nothing tests accounts.google.com:aud, so a Google token issued to any application can assume this role. Set it to your OAuth client id.' });
      }
    }
    return findings;
  },
  fix(finding, ctx): Fix[] {
    const s = ctx.policy.statements[finding.data?.statement as number];
    const p = s && webIdentityPrincipals(s, ctx).find((x) => x.host === finding.data?.host);
    if (!s || !p) return [];
    return addConditionFix(ctx.policy, s, 'Require your client id (aud)', [audAddition(p, 1)], { snippet: true });
  },
};
