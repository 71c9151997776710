// github-sub-wildcard: a GitHub `sub` pattern that admits any repository, or starts with a claim other than `repo`.
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { isAllow } from './guards';
import { githubPrincipals, subReach, subValues } from './github';

export const githubSubWildcard: Rule = {
  id: 'github-sub-wildcard',
  defaultSeverity: 'warning',
  description: 'A GitHub Actions sub condition is too broad: "*", repo:*, no claims, a first claim other than repo, or a whole organization.',
  docsUrl: docs.oidc,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of ctx.policy.statements) {
      if (!isAllow(s)) continue;
      const hosts = new Set(githubPrincipals(s, ctx).map((p) => p.host));
      for (const host of hosts) {
        for (const v of subValues(s, host)) {
          const reach = subReach(v.value, v.like);
          const q = JSON.stringify(v.value);
          let message: string | undefined;
          let severity: 'information' | undefined;
          switch (reach) {
            case 'any': message = `${q} matches workflows of every repository on GitHub. Name the repository: repo:ORG/REPO:ref:refs/heads/BRANCH.`; break;
            case 'any-org': message = `${q} does not fix the organization, so repositories of other owners match. Use repo:ORG/REPO:... .`; break;
            case 'no-repository': message = `${q} names no repository (repo:ORG/REPO), so it never matches a GitHub subject.`; break;
            case 'no-claims': message = `${q} has no claim names: a GitHub subject looks like repo:ORG/REPO:ref:refs/heads/BRANCH, so this value never matches${v.like ? ' or matches far more than intended' : ''}.`; break;
            case 'other-claim': message = `${q} starts with "${v.value.split(':')[0]}" instead of repo: unless your organization customised the subject template, this never matches; if it did, the value must still pin the repository.`; break;
            case 'org-wide':
              severity = 'information';
              message = `${q} trusts every repository of the organization, including ones created later. AWS treats this as the minimum; prefer one repository and branch or environment.`;
              break;
            default: break;
          }
          if (message) findings.push({ node: v.node, message, ...(severity ? { severity } : {}) });
        }
      }
    }
    return findings;
  },
};
