// cognito-amr: without an amr condition a Cognito role is open to unauthenticated (guest) identities too.
import type { Fix, Rule, RuleFinding } from '../../types';
import { denyRefuses, isAllow, sameKey } from './guards';
import { addConditionFix } from './edits';
import { claimOf, hostEntries } from './federation';
import { webIdentityPrincipals } from './providers';

export const cognitoAmr: Rule = {
  id: 'cognito-amr',
  defaultSeverity: 'warning',
  description: 'A Cognito identity-pool principal without an amr condition also admits unauthenticated (guest) identities.',
  docsUrl: 'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of ctx.policy.statements) {
      if (!isAllow(s)) continue;
      for (const p of webIdentityPrincipals(s, ctx)) {
        if (p.kind !== 'cognito' || hostEntries(s, p.host).length === 0 || claimOf(s, p.host, 'amr').length) continue;
        // A Deny of the pool's guest identities (amr contains "unauthenticated") already keeps them out.
        const guestsDenied = denyRefuses(ctx.policy, { type: 'Federated', value: p.value }, 'sts:AssumeRoleWithWebIdentity', (block, entry, values) =>
          block.parsed.qualifier === 'ForAnyValue' && !block.parsed.ifExists && ['StringEquals', 'StringLike', 'StringEqualsIgnoreCase'].includes(block.parsed.base)
          && sameKey(entry.key, `${p.host}:amr`) && values.some((v) => v.toLowerCase() === 'unauthenticated'), `cognito-guests:${p.host.toLowerCase()}`);
        if (guestsDenied) continue;
        findings.push({ node: p.node, data: { statement: s.index, host: p.host }, message: `Nothing tests ${p.host}:amr, so guest (unauthenticated) identities of the pool can assume this role as well as signed-in users. Add ForAnyValue:StringLike amr "authenticated" (or "unauthenticated" for a guest role).` });
      }
    }
    return findings;
  },
  fix(finding, ctx): Fix[] {
    const s = ctx.policy.statements[finding.data?.statement as number];
    const host = finding.data?.host;
    if (!s || typeof host !== 'string') return [];
    return addConditionFix(ctx.policy, s, 'Allow only authenticated identities (amr)', [{ operator: 'ForAnyValue:StringLike', key: `${host}:amr`, valueJson: '"authenticated"' }], { isPreferred: true });
  },
};
