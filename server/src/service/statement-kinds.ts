// What kinds of principal a statement names: shared by rules, completion, hover and the policy explanation.
import type { Statement, StringValue, TrustPolicy } from './document';
import { parseFederatedPrincipal, type FederatedPrincipal } from './principals';

export interface StatementPrincipals {
  wildcard: boolean;
  aws: string[];
  service: string[];
  federated: { value: string; parsed: FederatedPrincipal }[];
  /** OIDC key prefixes (provider hosts) of the Federated OIDC principals and built-in web identity providers. */
  oidcHosts: string[];
  saml: boolean;
}

export function statementPrincipals(statement: Statement): StatementPrincipals {
  const result: StatementPrincipals = { wildcard: !!statement.principal?.wildcard, aws: [], service: [], federated: [], oidcHosts: [], saml: false };
  for (const g of statement.principal?.groups ?? []) {
    const values = g.values.map((v) => v.value);
    if (g.type === 'AWS') {
      result.aws.push(...values);
      if (values.includes('*')) result.wildcard = true;
    } else if (g.type === 'Service') result.service.push(...values);
    else if (g.type === 'Federated') {
      for (const value of values) {
        const parsed = parseFederatedPrincipal(value);
        result.federated.push({ value, parsed });
        if ((parsed.kind === 'oidc' || parsed.kind === 'builtin') && parsed.host) result.oidcHosts.push(parsed.host);
        if (parsed.kind === 'saml') result.saml = true;
      }
    }
  }
  return result;
}

/** The statement's action names (Action, or NotAction when there is no Action). */
export function statementActions(statement: Statement): string[] {
  return (statement.action ?? statement.notAction)?.values.map((v) => v.value) ?? [];
}

/** Every string value of one principal type (AWS, Service, Federated) in the policy, with its statement. */
export function principalValues(policy: TrustPolicy, type: string): { statement: Statement; value: StringValue }[] {
  const out: { statement: Statement; value: StringValue }[] = [];
  for (const statement of policy.statements) {
    for (const g of statement.principal?.groups ?? []) {
      if (g.type === type) for (const value of g.values) out.push({ statement, value });
    }
  }
  return out;
}
