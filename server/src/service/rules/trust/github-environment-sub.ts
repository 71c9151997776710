// github-environment-sub: a branch-pinned GitHub `sub` does not match jobs that declare `environment:`.
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { isAllow, type GuardEntry } from './guards';
import { githubPrincipals, subValues, type SubValue } from './github';

export const githubEnvironmentSub: Rule = {
  id: 'github-environment-sub',
  defaultSeverity: 'hint',
  description: 'A sub pinned to a branch does not match jobs that use a GitHub environment: their subject is repo:ORG/REPO:environment:NAME.',
  docsUrl: docs.oidc,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of ctx.policy.statements) {
      if (!isAllow(s)) continue;
      for (const host of new Set(githubPrincipals(s, ctx).map((p) => p.host))) {
        const values = subValues(s, host);
        // Another value already admits environment jobs (explicitly or with a trailing wildcard).
        if (values.some((v) => v.value.includes(':environment:') || (v.like && /:\*$/.test(v.value)))) continue;
        // One hint per condition, naming its branch values (a role trusting 30 branches gets one note, not 30).
        const byEntry = new Map<GuardEntry, SubValue[]>();
        for (const v of values) {
          if (!/^repo:[^:]+:ref:refs\/heads\//.test(v.value)) continue;
          const list = byEntry.get(v.guard);
          if (list) list.push(v);
          else byEntry.set(v.guard, [v]);
        }
        for (const [guard, branches] of byEntry) {
          const repos = [...new Set(branches.map((v) => v.value.split(':')[1]))];
          const node = branches.length === 1 || !guard.entry.property.valueNode ? branches[0].node : guard.entry.property.valueNode;
          const listed = branches.length === 1 ? JSON.stringify(branches[0].value) : `these ${branches.length} branch subjects`;
          findings.push({ node, message: `Jobs that declare an environment: get the subject repo:ORG/REPO:environment:NAME instead of the branch, so ${listed} ${branches.length === 1 ? 'does' : 'do'} not match them. Add ${repos.slice(0, 3).map((r) => `repo:${r}:environment:NAME`).join(', ')}${repos.length > 3 ? ', ...' : ''} if a deploy job uses an environment.` });
        }
      }
    }
    return findings;
  },
};
