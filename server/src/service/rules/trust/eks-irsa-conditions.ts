// eks-irsa-conditions: an EKS OIDC provider (IRSA) should pin aud sts.amazonaws.com and sub system:serviceaccount:NS:SA.
import type { Fix, Rule, RuleFinding } from '../../types';
import { isAllow } from './guards';
import { addConditionFix } from './edits';
import { audAddition, claimOf, deniedClaims, hostEntries, STS_AUDIENCE, subAddition } from './federation';
import { webIdentityPrincipals } from './providers';

const SUBJECT = /^system:serviceaccount:([^:]+):([^:]+)$/;

export const eksIrsaConditions: Rule = {
  id: 'eks-irsa-conditions',
  defaultSeverity: 'warning',
  description: 'An EKS IAM-roles-for-service-accounts trust should require aud sts.amazonaws.com and sub system:serviceaccount:NAMESPACE:NAME.',
  docsUrl: 'https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html',
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of ctx.policy.statements) {
      if (!isAllow(s)) continue;
      for (const p of webIdentityPrincipals(s, ctx)) {
        if (p.kind !== 'eks' || hostEntries(s, p.host).length === 0) continue;
        const data = { statement: s.index, host: p.host };
        const subs = claimOf(s, p.host, 'sub', true);
        if (subs.length === 0 && !deniedClaims(ctx.policy, p, ['sub']).length) {
          findings.push({ node: p.node, data: { ...data, add: 'sub' }, message: `Nothing tests ${p.host}:sub, so every service account in every namespace of the cluster can assume this role. Require system:serviceaccount:NAMESPACE:NAME.` });
        }
        // A Deny that refuses every subject but named service accounts limits broad patterns here.
        const denied = deniedClaims(ctx.policy, p, ['sub']);
        const pinnedByDeny = denied.length > 0 && denied.every((g) => g.values.every((value) => SUBJECT.test(value) && !(/Like$/.test(g.block.parsed.base) && /[*?]/.test(value))));
        for (const g of subs) {
          const like = /Like$/.test(g.block.parsed.base);
          const neverMatches = (value: unknown) => typeof value === 'string' && !SUBJECT.test(value) && !(like && /[*?]/.test(value));
          // When no value of the condition can match, the statement can never be used: an error.
          const dead = g.entry.values.every((v) => neverMatches(v.value));
          for (const v of g.entry.values) {
            if (typeof v.value !== 'string') continue;
            const m = SUBJECT.exec(v.value);
            if (!m) {
              if (pinnedByDeny && like && /[*?]/.test(v.value)) continue;
              findings.push({ node: v.node, ...(dead ? { severity: 'error' as const } : {}), message: `${JSON.stringify(v.value)} is not a service-account subject; EKS tokens carry system:serviceaccount:NAMESPACE:NAME${like && /[*?]/.test(v.value) ? ', and this pattern may match every service account' : ', so this never matches'}.${dead ? ' No value of this condition can match, so the role cannot be assumed through this statement.' : ''}` });
            } else if (pinnedByDeny) {
              continue;
            } else if (like && /[*?]/.test(m[1])) {
              findings.push({ node: v.node, message: `${JSON.stringify(v.value)} admits service accounts of any namespace; name the namespace.` });
            } else if (like && /[*?]/.test(m[2])) {
              findings.push({ node: v.node, severity: 'information', message: `${JSON.stringify(v.value)} admits every service account of namespace ${m[1]}, including ones created later.` });
            }
          }
        }
        const aud = claimOf(s, p.host, 'aud');
        if (aud.length === 0) {
          if (deniedClaims(ctx.policy, p, ['aud']).length) continue;
          findings.push({ node: p.node, severity: 'information', data: { ...data, add: 'aud' }, message: `Nothing tests ${p.host}:aud; EKS service-account tokens for AWS carry "${STS_AUDIENCE}". Requiring it keeps tokens minted for other audiences out.` });
        } else {
          for (const g of aud) {
            if (g.values.includes(STS_AUDIENCE)) continue;
            findings.push({ node: g.entry.property.valueNode, message: `${p.host}:aud is ${JSON.stringify(g.values)}; EKS service-account tokens carry "${STS_AUDIENCE}" unless the pod requests another audience, so this may never match.` });
          }
        }
      }
    }
    return findings;
  },
  fix(finding, ctx): Fix[] {
    const s = ctx.policy.statements[finding.data?.statement as number];
    const p = s && webIdentityPrincipals(s, ctx).find((x) => x.host === finding.data?.host);
    if (!s || !p) return [];
    if (finding.data?.add === 'aud') return addConditionFix(ctx.policy, s, `Require aud ${STS_AUDIENCE}`, [audAddition(p, 1)], { isPreferred: true });
    const sub = subAddition(p);
    if (finding.data?.add === 'sub' && sub) return addConditionFix(ctx.policy, s, 'Require one service account (sub)', [sub], { snippet: true });
    return [];
  },
};
