// Condition keys that do not exist: in aws: / sts: / SAML: every key is known; for known OIDC providers most are.
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { changeToFixes } from './candidates';
import { keyCandidates, keyStatus } from './keys';

export const conditionKeyUnknown: Rule = {
  id: 'condition-key-unknown',
  defaultSeverity: 'error',
  description: 'A condition key that does not exist in the aws:, sts: or SAML: namespaces, or a claim a known OIDC provider does not send.',
  docsUrl: docs.conditionKeys,
  check({ policy, data, options }) {
    const findings: RuleFinding[] = [];
    for (const statement of policy.statements) {
      for (const block of statement.condition?.blocks ?? []) {
        for (const entry of block.entries) {
          const status = keyStatus(entry.key, data, options.extraOidcProviders);
          if (status.kind === 'unknown-closed') {
            const candidates = keyCandidates(entry.key, data);
            const hint = candidates.length ? ` Did you mean ${candidates.map((c) => `"${c}"`).join(' or ')}?` : '';
            findings.push({
              node: entry.property.keyNode, data: { candidates },
              message: `"${entry.key}" is not a condition key. A key that is never in the request makes this condition fail for every caller (or pass for every caller with IfExists or a negated operator).${hint}`,
            });
          } else if (status.kind === 'unknown-oidc') {
            const candidates = keyCandidates(entry.key, data, status.host);
            const hint = candidates.length ? ` Did you mean ${candidates.map((c) => `"${c}"`).join(' or ')}?` : '';
            findings.push({
              node: entry.property.keyNode, severity: 'information', data: { candidates },
              message: `${status.provider} is not known to send the claim "${entry.key.slice(status.host.length + 1)}" as a condition key; check the provider's token claims.${hint}`,
            });
          }
        }
      }
    }
    return findings;
  },
  fix: (finding) => changeToFixes(finding),
};
