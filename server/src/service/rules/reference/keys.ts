// Condition-key helpers shared by the reference rules, completion and hover: namespaces, providers, suggestions.
import type { ConditionKeyEntry, ReferenceData } from '../../../data/types';
import { closest, editDistance, knowledgeFor, type KeyMatch } from '../../knowledge';

/** Namespaces whose every key is listed in the data: an unknown key there is a mistake. */
export const CLOSED_NAMESPACES = ['aws', 'sts', 'saml'];
/** Claims every OIDC provider exposes, whatever its host. */
export const GENERIC_OIDC_CLAIMS = ['aud', 'sub', 'amr'];

/** The part before the first ':' (an OIDC provider host, or aws / sts / SAML...). */
export function keyNamespace(key: string): string {
  const colon = key.indexOf(':');
  return colon < 0 ? '' : key.slice(0, colon);
}

/** The text before the first `${` of a templated key, e.g. `aws:PrincipalTag/` (whole key when there is none). */
export function templatePrefix(key: string): string {
  const i = key.indexOf('${');
  return i < 0 ? key : key.slice(0, i);
}

export type KeyStatus =
  | { kind: 'known'; match: KeyMatch }
  | { kind: 'unknown-closed' }
  | { kind: 'unknown-oidc'; host: string; provider: string }
  | { kind: 'unknown-namespace' };

/** Classifies a condition key: known, unknown in a closed namespace, unknown claim of a known provider, or unknowable. */
export function keyStatus(key: string, data: ReferenceData, extraOidcProviders: readonly string[]): KeyStatus {
  const knowledge = knowledgeFor(data);
  const ns = keyNamespace(key);
  const closed = CLOSED_NAMESPACES.includes(ns.toLowerCase());
  const match = knowledge.conditionKey(key);
  // The generic `${OidcProviderHost}:aud` template matches any `x:aud`; in aws:/sts:/SAML: that is not a real key.
  if (match && !(closed && match.generic)) return { kind: 'known', match };
  if (closed) return { kind: 'unknown-closed' };
  const provider = knowledge.webIdentityProvider(ns);
  if (provider) return { kind: 'unknown-oidc', host: ns, provider: provider.name };
  if (ns && extraOidcProviders.includes(ns)) {
    const claim = key.slice(ns.length + 1);
    if (GENERIC_OIDC_CLAIMS.includes(claim)) return { kind: 'known', match: knowledge.conditionKey(`${ns}:${claim}`)! };
    return { kind: 'unknown-oidc', host: ns, provider: ns };
  }
  return { kind: 'unknown-namespace' };
}

function concreteKeysIn(data: ReferenceData, ns: string): { name: string; entry: ConditionKeyEntry }[] {
  const lower = ns.toLowerCase();
  return data.conditionKeys.filter((k) => keyNamespace(k.key).toLowerCase() === lower).map((k) => ({ name: k.key, entry: k }));
}

/** Names people write for a key that is spelt quite differently (aws:ARN was an old name for the caller's ARN). */
const KEY_ALIASES: Record<string, string> = { arn: 'PrincipalArn', audience: 'aud', mfa: 'MultiFactorAuthPresent', orgid: 'PrincipalOrgID', subject: 'sub' };

const candidateCache = new WeakMap<ReferenceData, Map<string, string[]>>();

/** Known keys that the unknown `key` probably meant, best first (typos, MFA for MultiFactorAuth, tag prefixes). */
export function keyCandidates(key: string, data: ReferenceData, host?: string): string[] {
  // Each distinct misspelling is compared with the namespace's keys once, not once per occurrence and edit.
  let cache = candidateCache.get(data);
  if (!cache) {
    cache = new Map();
    candidateCache.set(data, cache);
  }
  const cacheKey = `${host ?? ''}\u0000${key}`;
  const hit = cache.get(cacheKey);
  if (hit) return [...hit];
  if (cache.size > 2000) cache.clear();
  const result = computeKeyCandidates(key, data, host);
  cache.set(cacheKey, result);
  return [...result];
}

function computeKeyCandidates(key: string, data: ReferenceData, host?: string): string[] {
  const ns = host ?? keyNamespace(key);
  const rest = key.slice(ns.length + 1);
  const scored = new Map<string, number>();
  const add = (c: string, d: number) => { if (c !== key && (scored.get(c) ?? 99) > d) scored.set(c, d); };
  const keys = host ? providerKeys(data, host) : concreteKeysIn(data, ns);
  const expanded = rest.replace(/mfa/i, 'MultiFactorAuth');
  const alias = KEY_ALIASES[rest.toLowerCase()];
  if (alias) {
    const aliased = keys.find((k) => k.name.slice(ns.length + 1).toLowerCase() === alias.toLowerCase());
    if (aliased) add(aliased.name, 0);
  }
  for (const { name, entry } of keys) {
    const nameRest = name.slice(ns.length + 1);
    if (entry.key.includes('${') && !host) {
      // aws:PrinciplTag/team -> aws:PrincipalTag/team: compare the fixed prefix, keep what the user wrote after it.
      const fixed = templatePrefix(nameRest);
      const slash = rest.indexOf('/');
      if (slash >= 0) {
        const d = editDistance(rest.slice(0, slash + 1).toLowerCase(), fixed.toLowerCase(), 2);
        if (d <= 2) add(`${name.slice(0, ns.length + 1)}${fixed}${rest.slice(slash + 1)}`, d);
      }
      continue;
    }
    const d = Math.min(editDistance(rest.toLowerCase(), nameRest.toLowerCase(), 3), editDistance(expanded.toLowerCase(), nameRest.toLowerCase(), 3));
    if (d <= 3) add(name, d);
    else if (rest.length >= 4 && nameRest.toLowerCase().includes(rest.toLowerCase())) add(name, 4);
  }
  const ranked = [...scored.entries()].sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || a[0].localeCompare(b[0])).map(([c]) => c);
  // Keep the namespace as the user wrote it only when the data's own spelling is missing.
  return ranked.length ? ranked.slice(0, 3) : closest(key, keys.map((k) => k.name), 3, 3);
}

function templateMatches(template: string, value: string): boolean {
  const body = template.split(/(\$\{[^}]+\})/).map((p) => (p.startsWith('${') ? '[^:]+?' : p.replace(/[.*+?^$()|[\]\\/]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`, 'i').test(value);
}

/** The keys an OIDC provider host offers: its own claims from the data plus the generic aud / sub / amr. */
export function providerKeys(data: ReferenceData, host: string): { name: string; entry: ConditionKeyEntry }[] {
  const result = new Map<string, ConditionKeyEntry>();
  for (const k of data.conditionKeys) {
    const ns = keyNamespace(k.key);
    const generic = ns === '${OidcProviderHost}';
    if (!generic && k.category !== 'web-identity') continue;
    if (!generic && !(ns.includes('${') ? templateMatches(ns, host) : ns.toLowerCase() === host.toLowerCase())) continue;
    const name = `${host}:${k.key.slice(ns.length + 1)}`;
    // A provider's own entry wins over the generic template.
    if (!result.has(name) || !generic) result.set(name, k);
  }
  return [...result.entries()].map(([name, entry]) => ({ name, entry }));
}
