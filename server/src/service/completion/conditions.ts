// Condition keys that fit a statement (its principals and actions) and the values known for a key.
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { ConditionKeyEntry, ReferenceData } from '../../data/types';
import type { Statement } from '../document';
import { knowledgeFor } from '../knowledge';
import { statementActions, statementPrincipals } from '../statement-kinds';
import type { ServiceOptions } from '../types';
import { conditionKeyMarkdown } from '../hover/describe';
import { keyNamespace, providerKeys } from '../rules/reference/keys';
import type { CatalogItem } from './catalog';

const useRank: Record<string, number> = { common: 0, possible: 1, rare: 2 };

/** The assume actions a statement uses, from its Action or else from its kinds of principal. */
export function assumeActions(statement: Statement | undefined, data: ReferenceData): string[] {
  const knowledge = knowledgeFor(data);
  const named = statement ? statementActions(statement).map((a) => knowledge.actionIgnoringCase(a)?.action).filter((a): a is string => !!a) : [];
  if (named.length) return named;
  if (!statement) return data.trustActions.actions.map((a) => a.action);
  const p = statementPrincipals(statement);
  const result = new Set<string>();
  if (p.aws.length || p.service.length || p.wildcard) result.add('sts:AssumeRole');
  if (p.saml) result.add('sts:AssumeRoleWithSAML');
  if (p.oidcHosts.length) result.add('sts:AssumeRoleWithWebIdentity');
  return result.size ? [...result] : data.trustActions.actions.map((a) => a.action);
}

/** Turns `${Name}` parts of a key into snippet placeholders; the label keeps the plain name. */
function templated(key: string, first = 1): { insert: string; label: string; snippet: boolean } {
  let n = first;
  const insert = key.replace(/[$}\\]/g, (c) => `\\${c}`).replace(/\\\$\{([^}]+)\\\}/g, (_m, name: string) => `\${${n++}:${name}}`);
  return { insert, label: key.replace(/\$\{([^}]+)\}/g, '$1'), snippet: n > first };
}

// Items (with their markdown) are built once per key, name and rank; completion runs on every keystroke.
const keyItems = new WeakMap<ConditionKeyEntry, Map<string, CatalogItem>>();

function keyItem(name: string, entry: ConditionKeyEntry, boost: number): CatalogItem {
  let byName = keyItems.get(entry);
  if (!byName) keyItems.set(entry, (byName = new Map()));
  const id = `${boost}|${name}`;
  let item = byName.get(id);
  if (!item) {
    if (byName.size > 1000) byName.clear();
    item = buildKeyItem(name, entry, boost);
    byName.set(id, item);
  }
  return item;
}

function buildKeyItem(name: string, entry: ConditionKeyEntry, boost: number): CatalogItem {
  const t = templated(name);
  return {
    label: t.label, insert: t.insert, snippet: t.snippet, value: name, kind: CompletionItemKind.Field,
    detail: `${entry.type}${entry.multivalued ? ' (multi-valued)' : ''}`, documentation: conditionKeyMarkdown(name, entry),
    sortText: `${boost}${useRank[entry.trustPolicyUse] ?? 3}${name}`,
  };
}

/** Keys that stand out for a kind of principal (confused-deputy keys for services, ExternalId for accounts). */
const FAVOURITES: Record<string, string[]> = {
  service: ['aws:SourceArn', 'aws:SourceAccount', 'aws:SourceOrgID'],
  aws: ['sts:ExternalId', 'aws:PrincipalOrgID', 'aws:PrincipalArn', 'aws:MultiFactorAuthPresent'],
};

export function conditionKeyItems(statement: Statement | undefined, data: ReferenceData): CatalogItem[] {
  const actions = assumeActions(statement, data);
  const byName = new Map(data.trustActions.actions.map((a) => [a.action, a]));
  const allowed = new Set(actions.flatMap((a) => byName.get(a)?.conditionKeys ?? []));
  const p = statement ? statementPrincipals(statement) : undefined;
  const favourites = new Set([...(p?.service.length ? FAVOURITES.service : []), ...(p?.aws.length ? FAVOURITES.aws : [])]);
  const items = new Map<string, CatalogItem>();
  for (const entry of data.conditionKeys) {
    if (!entry.validInTrustPolicy || !allowed.has(entry.key) || entry.category === 'web-identity') continue;
    items.set(entry.key, keyItem(entry.key, entry, favourites.has(entry.key) ? 0 : 1));
  }
  // Web identity keys are offered for the statement's own providers, with the real host in place of the template.
  for (const host of p?.oidcHosts ?? []) {
    for (const { name, entry } of providerKeys(data, host)) {
      if (!keyNamespace(name).includes('${')) items.set(name, keyItem(name, entry, 0));
    }
  }
  return [...items.values()];
}

function value(v: string, detail: string, rank = 0, snippet = false): CatalogItem {
  const label = v.replace(/\$\{\d+:([^}]+)\}/g, '$1');
  return { label, insert: v, snippet, value: label, kind: CompletionItemKind.Value, detail, sortText: `${rank}${label}` };
}

/** Values known for a key under an operator: booleans, audiences, subject shapes, account ids, source ARNs. */
export function conditionValueItems(statement: Statement | undefined, operator: string, key: string, data: ReferenceData, options: ServiceOptions): CatalogItem[] {
  const knowledge = knowledgeFor(data);
  const base = operator.replace(/^[^:]*:/, '').replace(/IfExists$/, '');
  const match = knowledge.conditionKey(key);
  if (base === 'Null' || match?.entry.type === 'Bool' || base === 'Bool') return [value('true', 'boolean'), value('false', 'boolean', 1)];
  const ns = keyNamespace(key);
  const claim = key.slice(ns.length + 1);
  const provider = knowledge.webIdentityProvider(ns)?.name ?? '';
  const items: CatalogItem[] = [];
  const lower = key.toLowerCase();
  if (lower === 'saml:aud') items.push(value('https://signin.aws.amazon.com/saml', 'AWS sign-in SAML endpoint'));
  if (/GitHub|EKS/.test(provider) && claim === 'aud') items.push(value('sts.amazonaws.com', `audience ${provider} tokens carry for AWS`));
  if (/GitHub/.test(provider) && claim === 'sub') {
    items.push(value('repo:${1:OWNER}/${2:REPO}:ref:refs/heads/${3:main}', 'a branch of one repository', 0, true));
    items.push(value('repo:${1:OWNER}/${2:REPO}:environment:${3:production}', 'jobs that use a GitHub environment', 1, true));
    items.push(value('repo:${1:OWNER}/${2:REPO}:pull_request', 'pull request workflows', 2, true));
    items.push(value('repo:${1:OWNER}/${2:REPO}:ref:refs/tags/${3:v1.0.0}', 'a tag of one repository', 3, true));
  }
  if (/EKS/.test(provider) && claim === 'sub') items.push(value('system:serviceaccount:${1:NAMESPACE}:${2:SERVICE_ACCOUNT}', 'one Kubernetes service account', 0, true));
  if (/GitLab/.test(provider) && claim === 'aud') items.push(value('https://gitlab.com', 'the audience configured in the GitLab job'));
  if (/GitLab/.test(provider) && claim === 'sub') items.push(value('project_path:${1:GROUP}/${2:PROJECT}:ref_type:branch:ref:${3:main}', 'a branch of one project', 0, true));
  if (/Cognito/.test(provider) && claim === 'amr') {
    items.push(value('authenticated', 'signed-in identities'));
    items.push(value('unauthenticated', 'guest identities', 1));
  }
  if (/Cognito/.test(provider) && claim === 'aud') items.push(value('${1:us-east-1}:${2:00000000-0000-0000-0000-000000000000}', 'identity pool id', 0, true));
  if (['aws:sourceaccount', 'aws:principalaccount', 'aws:resourceaccount'].includes(lower)) {
    options.accounts.forEach((a, i) => items.push(value(a, 'account from settings', i)));
  }
  if (lower === 'aws:sourcearn' && statement) {
    for (const service of statementPrincipals(statement).service) {
      const format = knowledge.confusedDeputy(service)?.sourceArnFormat;
      if (!format) continue;
      let n = 1;
      const account = options.accounts[0];
      items.push(value(format.replace(/\b[A-Z][A-Z_]+\b/g, (w) => (w === 'ACCOUNT' && account ? account : `\${${n++}:${w}}`)), `source ARN of ${service}`, 0, true));
    }
  }
  if (lower === 'aws:principalarn') items.push(value('arn:aws:iam::${1:111122223333}:role/${2:ROLE_NAME}', 'a role', 0, true));
  return items;
}
