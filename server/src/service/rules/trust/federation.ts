// Shared pieces of the web-identity rules: which host keys a statement tests, and the conditions each provider needs.
import type { Statement, TrustPolicy } from '../../document';
import type { ConditionAddition } from './edits';
import { denyGuards, guardKeyTest, positiveEntries, keyHost, sameKey, type GuardEntry } from './guards';
import type { ProviderKind, WebIdentityPrincipal } from './providers';

/** Positive condition entries whose key belongs to this provider host (`keepWildcards`: count `"*"` patterns too). */
export function hostEntries(statement: Statement, host: string, keepWildcards = true): GuardEntry[] {
  const keys = (statement.condition?.blocks ?? []).flatMap((b) => b.entries.map((e) => e.key)).filter((k) => keyHost(k)?.host.toLowerCase() === host.toLowerCase());
  return positiveEntries(statement, keys, keepWildcards);
}

/** Positive entries for one claim of the host (`host:claim`); `"*"`-only patterns count when `keepWildcards` is set. */
export function claimOf(statement: Statement, host: string, claim: string, keepWildcards = false): GuardEntry[] {
  return positiveEntries(statement, [`${host}:${claim}`], keepWildcards);
}

/**
 * Entries of Deny statements in the policy that refuse the principal's tokens unless one of these claims matches
 * (`'any'`: any key of the provider's host); see denyGuards.
 */
export function deniedClaims(policy: TrustPolicy, p: { value: string; host: string }, claims: readonly string[] | 'any', action = 'sts:AssumeRoleWithWebIdentity'): GuardEntry[] {
  const isGuardKey = claims === 'any'
    ? guardKeyTest((key: string) => keyHost(key)?.host.toLowerCase() === p.host.toLowerCase(), `any:${p.host.toLowerCase()}`)
    : guardKeyTest((key: string) => claims.some((c) => sameKey(`${p.host}:${c}`, key)), `${p.host}:${claims.join('\u0000')}`);
  return denyGuards(policy, { type: 'Federated', value: p.value }, action, isGuardKey);
}

/** The audience AWS tooling requests for GitHub Actions and EKS service-account tokens. */
export const STS_AUDIENCE = 'sts.amazonaws.com';

const ph = (i: number, text: string) => `"\${${i}:${text}}"`;

/** The sub condition for a provider, as a snippet (tab stops from 1). */
export function subAddition(p: WebIdentityPrincipal, environment = false): ConditionAddition | undefined {
  const key = `${p.host}:sub`;
  switch (p.kind) {
    case 'github':
      return { operator: 'StringLike', key, valueJson: environment ? `"repo:\${1:ORG}/\${2:REPO}:environment:\${3:production}"` : `"repo:\${1:ORG}/\${2:REPO}:ref:refs/heads/\${3:main}"` };
    case 'eks':
      return { operator: 'StringEquals', key, valueJson: `"system:serviceaccount:\${1:NAMESPACE}:\${2:SERVICE_ACCOUNT}"` };
    case 'gitlab':
      return { operator: 'StringLike', key, valueJson: `"project_path:\${1:GROUP}/\${2:PROJECT}:ref_type:branch:ref:\${3:main}"` };
    case 'terraform':
      return { operator: 'StringLike', key, valueJson: `"organization:\${1:ORG}:project:\${2:PROJECT}:workspace:\${3:WORKSPACE}:run_phase:*"` };
    case 'oidc':
      return { operator: 'StringEquals', key, valueJson: ph(1, 'SUBJECT') };
    default:
      return undefined;
  }
}

/** The aud condition for a provider (tab stop `stop` for placeholders). */
export function audAddition(p: WebIdentityPrincipal, stop: number): ConditionAddition {
  const key = `${p.host}:aud`;
  const values: Record<ProviderKind, string> = {
    github: `"${STS_AUDIENCE}"`,
    eks: `"${STS_AUDIENCE}"`,
    cognito: ph(stop, 'us-east-1:00000000-0000-0000-0000-000000000000'),
    google: ph(stop, 'CLIENT_ID.apps.googleusercontent.com'),
    gitlab: ph(stop, 'https://gitlab.com'),
    terraform: ph(stop, 'aws.workload.identity'),
    oidc: ph(stop, 'CLIENT_ID'),
  };
  return { operator: 'StringEquals', key, valueJson: values[p.kind] };
}

/** Everything a provider needs when the statement has no condition on it at all. */
export function recommendedAdditions(p: WebIdentityPrincipal): ConditionAddition[] {
  if (p.kind === 'cognito') {
    return [audAddition(p, 1), { operator: 'ForAnyValue:StringLike', key: `${p.host}:amr`, valueJson: '"authenticated"' }];
  }
  if (p.kind === 'google') return [audAddition(p, 1)];
  const sub = subAddition(p);
  const subStops = p.kind === 'oidc' ? 1 : p.kind === 'eks' ? 2 : 3;
  return [audAddition(p, subStops + 1), ...(sub ? [sub] : [])];
}
