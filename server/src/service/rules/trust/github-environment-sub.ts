// github-environment-sub: a branch-pinned GitHub `sub` does not match jobs that declare `environment:`.
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { isAllow } from './guards';
import { githubPrincipals, subValues } from './github';

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
        for (const v of values) {
          if (!/^repo:[^:]+:ref:refs\/heads\//.test(v.value)) continue;
          findings.push({ node: v.node, message: `Jobs that declare an environment: get the subject repo:${v.value.split(':')[1]}:environment:NAME instead of the branch, so ${JSON.stringify(v.value)} does not match them. Add that value if a deploy job uses an environment.` });
        }
      }
    }
    return findings;
  },
};
