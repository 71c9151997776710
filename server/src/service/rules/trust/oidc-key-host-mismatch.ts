// oidc-key-host-mismatch: a condition key names a different OIDC host than the statement's provider, so it never matches.
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { keyHost } from './guards';
import { webIdentityPrincipals } from './providers';

export const oidcKeyHostMismatch: Rule = {
  id: 'oidc-key-host-mismatch',
  defaultSeverity: 'error',
  description: 'A condition key is prefixed with an OIDC host that is not the statement\'s Federated provider; IAM never sets it, so the test never matches.',
  docsUrl: docs.iamConditionKeys,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of ctx.policy.statements) {
      if (!s.isObject) continue;
      const hosts = webIdentityPrincipals(s, ctx).map((p) => p.host);
      if (hosts.length === 0) continue;
      for (const block of s.condition?.blocks ?? []) {
        for (const entry of block.entries) {
          const parsed = keyHost(entry.key);
          if (!parsed || hosts.some((h) => h.toLowerCase() === parsed.host.toLowerCase())) continue;
          const provider = hosts.length === 1 ? `the provider ${hosts[0]}` : `the providers ${hosts.join(', ')}`;
          findings.push({
            node: entry.property.keyNode,
            data: { statement: s.index, ...(hosts.length === 1 ? { host: hosts[0], claim: parsed.claim } : {}) },
            message: `${entry.key} belongs to ${parsed.host}, but this statement trusts ${provider}; tokens from it never carry this key, so the condition never matches. Condition keys start with the provider URL of the Federated principal.`,
          });
        }
      }
    }
    return findings;
  },
  fix(finding): Fix[] {
    const node = finding.node;
    const host = finding.data?.host;
    if (!node || typeof host !== 'string') return [];
    const key = `${host}:${String(finding.data?.claim)}`;
    return [{ title: `Use the provider's key ${key}`, edits: [{ offset: node.offset, length: node.length, newText: JSON.stringify(key) }], isPreferred: true }];
  },
};
