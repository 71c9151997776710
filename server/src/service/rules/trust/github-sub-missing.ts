// github-sub-missing: a GitHub Actions principal with conditions, but none on `sub`: any repository's workflow can assume the role.
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { isAllow } from './guards';
import { claimOf, deniedClaims, hostEntries, subAddition } from './federation';
import { githubPrincipals, REPOSITORY_CLAIMS } from './github';
import { addConditionFix } from './edits';

/** Claims that pin the repository's owner or enterprise, not the repository. */
const OWNER_CLAIMS = ['repository_owner_id', 'repository_owner', 'enterprise_id', 'enterprise'];

export const githubSubMissing: Rule = {
  id: 'github-sub-missing',
  defaultSeverity: 'warning',
  description: 'A GitHub Actions principal has no condition on token.actions.githubusercontent.com:sub, so workflows of every repository on GitHub can assume the role.',
  docsUrl: docs.oidc,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of ctx.policy.statements) {
      if (!isAllow(s)) continue;
      for (const p of githubPrincipals(s, ctx)) {
        // No condition at all is oidc-no-condition's finding (its fix adds sub and aud together).
        if (hostEntries(s, p.host).length === 0 || claimOf(s, p.host, 'sub', true).length) continue;
        if (REPOSITORY_CLAIMS.some((c) => claimOf(s, p.host, c).length) || deniedClaims(ctx.policy, p, ['sub', ...REPOSITORY_CLAIMS]).length) continue;
        // An owner or enterprise claim narrows to one organization's repositories, not to one repository.
        const owner = OWNER_CLAIMS.find((c) => claimOf(s, p.host, c).length || deniedClaims(ctx.policy, p, [c]).length);
        const who = owner ? `a workflow in any repository that matches its ${owner} condition, including repositories created later,` : 'a workflow in any GitHub repository, including other people\'s,';
        findings.push({
          node: p.node,
          data: { statement: s.index, host: p.host },
          message: `Nothing tests ${p.host}:sub or the repository, so ${who} can assume this role. Add a StringLike condition on ${p.host}:sub such as repo:ORG/REPO:ref:refs/heads/main.`,
        });
      }
    }
    return findings;
  },
  fix(finding, ctx): Fix[] {
    const s = ctx.policy.statements[finding.data?.statement as number];
    const p = s && githubPrincipals(s, ctx).find((x) => x.host === finding.data?.host);
    if (!s || !p) return [];
    const branch = subAddition(p);
    const environment = subAddition(p, true);
    return [
      ...(branch ? addConditionFix(ctx.policy, s, 'Add a sub condition for one repository and branch', [branch], { snippet: true }) : []),
      ...(environment ? addConditionFix(ctx.policy, s, 'Add a sub condition for one repository and GitHub environment', [environment], { snippet: true }) : []),
    ];
  },
};
