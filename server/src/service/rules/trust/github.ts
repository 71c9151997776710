// Reading GitHub Actions `sub` values: the claims a subject names and how far a pattern reaches.
import type { Statement } from '../../document';
import type { RuleContext } from '../../types';
import { claimOf } from './federation';
import { webIdentityPrincipals, type WebIdentityPrincipal } from './providers';
import type { GuardEntry } from './guards';

/** GitHub principals of a statement that also has some condition on their host (the no-condition case is oidc-no-condition's). */
export function githubPrincipals(statement: Statement, ctx: Pick<RuleContext, 'data'>): WebIdentityPrincipal[] {
  return webIdentityPrincipals(statement, ctx).filter((p) => p.kind === 'github');
}

export type SubReach = 'any' | 'no-claims' | 'no-repository' | 'other-claim' | 'any-org' | 'org-wide' | 'repo-pattern' | 'repo';

/**
 * How far a `sub` value reaches. Wildcards count only under Like operators (under StringEquals `*` is literal
 * and the conditions rules report it).
 */
export function subReach(value: string, like: boolean): SubReach {
  const wild = (s: string) => like && /[*?]/.test(s);
  if (like && /^[*?]+$/.test(value)) return 'any';
  if (!value.includes(':')) return 'no-claims';
  const first = value.slice(0, value.indexOf(':'));
  if (wild(first)) return 'any';
  if (first !== 'repo') return 'other-claim';
  const rest = value.slice(5);
  const slash = rest.indexOf('/');
  const org = slash < 0 ? rest.split(':')[0] : rest.slice(0, slash);
  if (like && /^[*?]/.test(org)) return 'any';
  // `repo:acme*` under a Like operator also matches `repo:acme-other/app:...`.
  if (slash < 0) return wild(org) ? 'any-org' : 'no-repository';
  if (org === '' || wild(org)) return 'any-org';
  const repo = rest.slice(slash + 1).split(':')[0];
  if (like && /^[*?]+$/.test(repo)) return 'org-wide';
  // `repo:ORG/app-*`: a name pattern whose `*` also runs on over every ref.
  if (like && repo.includes('*') && !rest.slice(slash + 1).includes(':')) return 'repo-pattern';
  return 'repo';
}

export interface SubValue {
  guard: GuardEntry;
  value: string;
  node: GuardEntry['entry']['values'][number]['node'];
  like: boolean;
}

/** Every string value of the positive `sub` conditions for a GitHub host. */
export function subValues(statement: Statement, host: string): SubValue[] {
  const out: SubValue[] = [];
  for (const guard of claimOf(statement, host, 'sub', true)) {
    const like = /Like$/.test(guard.block.parsed.base);
    for (const v of guard.entry.values) if (typeof v.value === 'string') out.push({ guard, value: v.value, node: v.node, like });
  }
  return out;
}

/** Other claims that pin the workflow's repository without `sub` (GitHub keys AWS accepts). */
export const REPOSITORY_CLAIMS = ['repository', 'repository_id', 'job_workflow_ref'];
