// github-sub-wildcard: a GitHub `sub` pattern that admits any repository, or starts with a claim other than `repo`.
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { isAllow } from './guards';
import { deniedClaims } from './federation';
import { githubPrincipals, subReach, subValues, type SubReach, type SubValue } from './github';

const orgOf = (value: string) => value.slice(5, value.indexOf('/'));

/** Reaches that admit repositories the author did not name (as opposed to values that never match). */
const BROAD = new Set(['any', 'any-org', 'org-wide', 'repo-pattern']);

export const githubSubWildcard: Rule = {
  id: 'github-sub-wildcard',
  defaultSeverity: 'warning',
  description: 'A GitHub Actions sub condition is too broad or never matches: "*", repo:*, no claims, a first claim other than repo, a whole organization or a repository name pattern.',
  docsUrl: docs.oidc,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of ctx.policy.statements) {
      if (!isAllow(s)) continue;
      const seen = new Set<string>();
      for (const p of githubPrincipals(s, ctx)) {
        if (seen.has(p.host)) continue;
        seen.add(p.host);
        // A Deny that refuses every subject but named repositories narrows a broad pattern here.
        const denied = deniedClaims(ctx.policy, p, ['sub']);
        const pinnedByDeny = denied.length > 0 && denied.every((g) => g.values.every((value) => subReach(value, /Like$/.test(g.block.parsed.base)) === 'repo'));
        const values = subValues(s, p.host);
        // When no value of a condition can match, the statement can never be used: that is an error, not a risk.
        const reaches = values.map((v) => subReach(v.value, v.like));
        const neverMatches = (v: SubValue, r: SubReach) => r === 'no-repository' || (r === 'no-claims' && !v.like);
        // One pass: a condition (guard) is dead when all of its values never match.
        const alive = new Set<SubValue['guard']>();
        values.forEach((v, i) => { if (!neverMatches(v, reaches[i])) alive.add(v.guard); });
        for (const [i, v] of values.entries()) {
          const reach = reaches[i];
          const dead = !alive.has(v.guard);
          if (pinnedByDeny && BROAD.has(reach)) continue;
          const q = JSON.stringify(v.value);
          let message: string | undefined;
          switch (reach) {
            case 'any': message = `${q} matches workflows of every repository on GitHub. Name the repository: repo:ORG/REPO:ref:refs/heads/BRANCH.`; break;
            case 'any-org': message = `${q} does not fix the organization, so repositories of other owners match. Use repo:ORG/REPO:... .`; break;
            case 'no-repository': message = `${q} names no repository (repo:ORG/REPO), so it never matches a GitHub subject.`; break;
            case 'no-claims': message = `${q} has no claim names: a GitHub subject looks like repo:ORG/REPO:ref:refs/heads/BRANCH, so this value never matches${v.like ? ' or matches far more than intended' : ''}.`; break;
            case 'other-claim': message = `${q} starts with "${v.value.split(':')[0]}" instead of repo: unless your organization customised the subject template, this never matches; if it did, the value must still pin the repository.`; break;
            case 'org-wide':
              message = `${q} trusts every repository of ${orgOf(v.value)}, including ones any member creates later${v.value.split(':').length > 2 ? '' : ', on any branch or environment'}: whoever can push a workflow to one of them can assume this role. Name the repository.`;
              break;
            case 'repo-pattern':
              message = `${q} trusts every repository of ${orgOf(v.value)} whose name matches the pattern, including ones created later, on any branch or environment: whoever can create such a repository can assume this role. Name the repository and branch or environment.`;
              break;
            default: break;
          }
          if (message && dead) findings.push({ node: v.node, severity: 'error', message: `${message} No value of this condition can match, so the role cannot be assumed through this statement.` });
          else if (message) findings.push({ node: v.node, message });
        }
      }
    }
    return findings;
  },
};
