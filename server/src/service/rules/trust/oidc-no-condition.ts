// oidc-no-condition: a web-identity principal with no condition on its own provider's keys trusts every token it issues.
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { isAllow, keyHost } from './guards';
import type { ConditionBlock, Statement } from '../../document';
import { deniedClaims, hostEntries, recommendedAdditions } from './federation';
import { webIdentityPrincipals } from './providers';
import { addConditionFix } from './edits';

const WHO: Record<string, string> = {
  github: 'any workflow in any GitHub repository',
  eks: 'any service account in the cluster',
  cognito: 'any identity of any Cognito identity pool',
  google: 'anyone with a Google token for any app',
  gitlab: 'any GitLab CI job of any project',
  terraform: 'any run of any HCP Terraform organization',
};

const POSITIVE = /^(StringEquals|StringEqualsIgnoreCase|StringLike)$/;

/** Operator blocks that test this provider's keys without requiring a match (negated, IfExists or set-qualified). */
function weakBlocks(statement: Statement, host: string): ConditionBlock[] {
  return (statement.condition?.blocks ?? []).filter((b) => b.entries.some((e) => keyHost(e.key)?.host.toLowerCase() === host.toLowerCase()));
}

export const oidcNoCondition: Rule = {
  id: 'oidc-no-condition',
  defaultSeverity: 'warning',
  description: 'A web identity (OIDC) principal is trusted with no condition on its own keys, so every token the provider issues can assume the role.',
  docsUrl: docs.oidc,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of ctx.policy.statements) {
      if (!isAllow(s)) continue;
      for (const p of webIdentityPrincipals(s, ctx)) {
        if (hostEntries(s, p.host, p.kind !== 'oidc').length || deniedClaims(ctx.policy, p, 'any').length) continue;
        const who = WHO[p.kind] ?? `anyone holding a token from ${p.host}`;
        const weak = weakBlocks(s, p.host);
        // ForAllValues: on these single-valued claims has its own finding (condition-forallvalues-single) and fix.
        if (weak.length && weak.every((b) => b.parsed.qualifier === 'ForAllValues' && !b.parsed.ifExists && POSITIVE.test(b.parsed.base))) continue;
        findings.push({
          node: p.node,
          data: { statement: s.index, host: p.host },
          message: weak.length
            ? `The conditions on ${p.host} keys use ${[...new Set(weak.map((b) => b.operator))].join(', ')}, which also pass for tokens you did not list (or without the claim), so ${who} can assume this role. Require the token's audience and subject with StringEquals or StringLike.`
            : `No condition tests a ${p.host} key (such as ${p.host}:aud or :sub), so ${who} can assume this role. Add conditions on the token's audience and subject.`,
        });
      }
    }
    return findings;
  },
  fix(finding, ctx): Fix[] {
    const s = ctx.policy.statements[finding.data?.statement as number];
    const p = s && webIdentityPrincipals(s, ctx).find((x) => x.host === finding.data?.host);
    if (!s || !p) return [];
    const additions = recommendedAdditions(p);
    const title = `Add ${additions.map((a) => a.key.slice(a.key.lastIndexOf(':') + 1)).join(' and ')} conditions for ${p.name}`;
    return addConditionFix(ctx.policy, s, title, additions, { snippet: additions.some((a) => a.valueJson.includes('${')) });
  },
};
