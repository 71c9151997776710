// Fast lookups over the reference data (principals, condition keys, operators, actions), built once per table set.
import type {
  ConditionKeyEntry, ConditionOperatorEntry, ConfusedDeputyEntry, ReferenceData, ServicePrincipalEntry, TrustActionEntry, WebIdentityProviderEntry,
} from '../data/types';
import type { ServiceOptions } from './types';

export interface KeyMatch {
  entry: ConditionKeyEntry;
  /** The key in the data was written with other capitalisation (keys are case-insensitive in IAM). */
  caseDiffers: boolean;
  /** Matched a template such as `${OidcProviderHost}:sub` rather than a concrete key. */
  template: boolean;
  /** Matched only the generic `${OidcProviderHost}:…` template (any OIDC provider). */
  generic: boolean;
}

export interface Knowledge {
  readonly data: ReferenceData;
  servicePrincipal(name: string, options?: Pick<ServiceOptions, 'extraServicePrincipals'>): ServicePrincipalEntry | undefined;
  readonly servicePrincipals: readonly ServicePrincipalEntry[];
  conditionKey(key: string): KeyMatch | undefined;
  operator(base: string): ConditionOperatorEntry | undefined;
  action(name: string): TrustActionEntry | undefined;
  /** The action whose name differs only in case, if any. */
  actionIgnoringCase(name: string): TrustActionEntry | undefined;
  confusedDeputy(principal: string): ConfusedDeputyEntry | undefined;
  /** Extra actions a service principal needs besides sts:AssumeRole (EKS Pod Identity, Roles Anywhere). */
  serviceExtraActions(principal: string): readonly string[];
  /** The web identity provider whose key prefix matches an OIDC host (GitHub, GitLab, EKS, Cognito...). */
  webIdentityProvider(host: string): WebIdentityProviderEntry | undefined;
}

function templateRegExp(template: string): RegExp {
  const parts = template.split(/(\$\{[^}]+\})/);
  const body = parts.map((p) => (p.startsWith('${') ? (p === '${OidcProviderHost}' ? '[^:]+' : '[^:]+?') : p.replace(/[.*+?^$()|[\]\\/]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`, 'i');
}

const cache = new WeakMap<ReferenceData, Knowledge>();

export function knowledgeFor(data: ReferenceData): Knowledge {
  const hit = cache.get(data);
  if (hit) return hit;
  const principals = new Map<string, ServicePrincipalEntry>();
  for (const p of data.servicePrincipals) {
    if (!principals.has(p.principal)) principals.set(p.principal, p);
    for (const v of p.variants ?? []) if (!principals.has(v.principal)) principals.set(v.principal, { ...p, principal: v.principal, partitions: [v.partition] });
  }
  const exactKeys = new Map<string, ConditionKeyEntry>();
  const lowerKeys = new Map<string, ConditionKeyEntry>();
  const templates: { re: RegExp; entry: ConditionKeyEntry; generic: boolean }[] = [];
  for (const k of data.conditionKeys) {
    if (k.key.includes('${')) templates.push({ re: templateRegExp(k.key), entry: k, generic: k.key.startsWith('${OidcProviderHost}') });
    else {
      exactKeys.set(k.key, k);
      lowerKeys.set(k.key.toLowerCase(), k);
    }
  }
  // Specific templates (a named provider) win over the generic any-provider template.
  templates.sort((a, b) => Number(a.generic) - Number(b.generic));
  const operators = new Map(data.conditionOperators.operators.map((o) => [o.operator, o]));
  const actions = new Map(data.trustActions.actions.map((a) => [a.action, a]));
  const actionsLower = new Map(data.trustActions.actions.map((a) => [a.action.toLowerCase(), a]));
  const deputies = new Map(data.confusedDeputy.map((d) => [d.principal, d]));
  const extraActions = new Map(data.trustActions.serviceExtraActions.map((e) => [e.principal, e.actions]));
  const providers = data.trustActions.webIdentityProviders.map((p) => ({ entry: p, re: templateRegExp(p.keyPrefix) }));

  function lookupKey(key: string): KeyMatch | undefined {
    const exact = exactKeys.get(key);
    if (exact) return { entry: exact, caseDiffers: false, template: false, generic: false };
    const lower = lowerKeys.get(key.toLowerCase());
    if (lower) return { entry: lower, caseDiffers: true, template: false, generic: false };
    for (const t of templates) if (t.re.test(key)) return { entry: t.entry, caseDiffers: false, template: true, generic: t.generic };
    return undefined;
  }
  // Rules ask about the same few keys again and again; null records "not a known key".
  const keyCache = new Map<string, KeyMatch | null>();

  const knowledge: Knowledge = {
    data,
    servicePrincipals: [...principals.values()],
    servicePrincipal(name, options) {
      const found = principals.get(name);
      if (found) return found;
      if (options?.extraServicePrincipals.includes(name)) return { principal: name, service: 'Added in settings', sources: ['user settings'], principalElement: 'Service' };
      return undefined;
    },
    conditionKey(key) {
      const cached = keyCache.get(key);
      if (cached !== undefined) return cached ?? undefined;
      if (keyCache.size > 5000) keyCache.clear();
      const found = lookupKey(key);
      keyCache.set(key, found ?? null);
      return found;
    },
    operator: (base) => operators.get(base),
    action: (name) => actions.get(name),
    actionIgnoringCase: (name) => actionsLower.get(name.toLowerCase()),
    confusedDeputy: (principal) => deputies.get(principal),
    serviceExtraActions: (principal) => extraActions.get(principal) ?? [],
    webIdentityProvider(host) {
      return providers.find((p) => p.re.test(host))?.entry;
    },
  };
  cache.set(data, knowledge);
  return knowledge;
}

// Did-you-mean lives in nearest.ts; re-exported here where the reference rules have always found it.
export { closest, editDistance } from './nearest';
