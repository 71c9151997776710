// Condition keys that exist but are never set when a role is assumed (they belong to other STS calls).
import { knowledgeFor } from '../../knowledge';
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';

export const conditionKeyNotForTrust: Rule = {
  id: 'condition-key-not-for-trust',
  defaultSeverity: 'error',
  description: 'A condition key that belongs to other STS calls and is never present when a role is assumed.',
  docsUrl: docs.iamConditionKeys,
  check({ policy, data }) {
    const knowledge = knowledgeFor(data);
    const findings: RuleFinding[] = [];
    for (const statement of policy.statements) {
      for (const block of statement.condition?.blocks ?? []) {
        for (const entry of block.entries) {
          const match = knowledge.conditionKey(entry.key);
          if (!match || match.entry.validInTrustPolicy) continue;
          const calls = match.entry.appliesTo.map((a) => `sts:${a}`).join(' and ');
          findings.push({
            node: entry.property.keyNode, data: { candidates: [], appliesTo: match.entry.appliesTo },
            message: `${match.entry.key} is only set by ${calls}, never when a role is assumed, so in a trust policy this condition cannot match as intended.`,
          });
        }
      }
    }
    return findings;
  },
};
