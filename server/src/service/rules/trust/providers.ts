// Classifies the web-identity principals of a statement (GitHub, EKS, Cognito, Google, GitLab, Terraform Cloud, other OIDC).
import type { Node } from 'jsonc-parser';
import type { Statement } from '../../document';
import { parseFederatedPrincipal } from '../../principals';
import type { RuleContext } from '../../types';
import { knowledgeFor } from '../../knowledge';

export type ProviderKind = 'github' | 'eks' | 'cognito' | 'google' | 'gitlab' | 'terraform' | 'oidc';

export interface WebIdentityPrincipal {
  /** The Federated value as written. */
  value: string;
  node: Node;
  /** Prefix of its condition keys: the provider URL without scheme. */
  host: string;
  kind: ProviderKind;
  /** Human name of the provider, from the reference data when known. */
  name: string;
}

export const GITHUB_HOST = 'token.actions.githubusercontent.com';

/** GitHub's OIDC issuer, with or without an enterprise slug, or a GHE.com data-residency issuer. */
export function isGitHubHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === GITHUB_HOST || /^token\.actions\.githubusercontent\.com\/[a-z0-9_-]+$/.test(h) || /^token\.actions\.[a-z0-9-]+\.ghe\.com$/.test(h);
}

export function providerKind(host: string): ProviderKind {
  const h = host.toLowerCase();
  if (isGitHubHost(h)) return 'github';
  if (/^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/id\/[a-z0-9]+$/.test(h)) return 'eks';
  if (h === 'cognito-identity.amazonaws.com' || h === 'cognito-identity-us-gov.amazonaws.com') return 'cognito';
  if (h === 'accounts.google.com') return 'google';
  if (h === 'gitlab.com') return 'gitlab';
  if (h === 'app.terraform.io') return 'terraform';
  return 'oidc';
}

const FALLBACK_NAMES: Record<ProviderKind, string> = {
  github: 'GitHub Actions', eks: 'Amazon EKS', cognito: 'Amazon Cognito', google: 'Google', gitlab: 'GitLab', terraform: 'HCP Terraform (Terraform Cloud)', oidc: 'OIDC provider',
};

// Eight rules ask for the same statement's web-identity principals: classified once per statement model and data.
const principalCache = new WeakMap<Statement, { data: RuleContext['data']; list: readonly WebIdentityPrincipal[] }>();

/** Web identity (OIDC and built-in) principals of a statement, in source order. */
export function webIdentityPrincipals(statement: Statement, ctx: Pick<RuleContext, 'data'>): readonly WebIdentityPrincipal[] {
  const hit = principalCache.get(statement);
  if (hit && hit.data === ctx.data) return hit.list;
  const list = classify(statement, ctx);
  principalCache.set(statement, { data: ctx.data, list });
  return list;
}

function classify(statement: Statement, ctx: Pick<RuleContext, 'data'>): WebIdentityPrincipal[] {
  const knowledge = knowledgeFor(ctx.data);
  const out: WebIdentityPrincipal[] = [];
  for (const g of statement.principal?.groups ?? []) {
    if (g.type !== 'Federated') continue;
    for (const v of g.values) {
      const parsed = parseFederatedPrincipal(v.value);
      if ((parsed.kind !== 'oidc' && parsed.kind !== 'builtin') || !parsed.host) continue;
      const kind = providerKind(parsed.host);
      const name = kind === 'oidc' || kind === 'github' ? (knowledge.webIdentityProvider(parsed.host)?.name ?? FALLBACK_NAMES[kind]) : FALLBACK_NAMES[kind];
      out.push({ value: v.value, node: v.node, host: parsed.host, kind, name: kind === 'github' ? 'GitHub Actions' : name });
    }
  }
  return out;
}

/** SAML provider principals of a statement. */
export function samlPrincipals(statement: Statement): { value: string; node: Node; name: string }[] {
  const out: { value: string; node: Node; name: string }[] = [];
  for (const g of statement.principal?.groups ?? []) {
    if (g.type !== 'Federated') continue;
    for (const v of g.values) {
      const parsed = parseFederatedPrincipal(v.value);
      if (parsed.kind === 'saml') out.push({ value: v.value, node: v.node, name: parsed.name ?? v.value });
    }
  }
  return out;
}
