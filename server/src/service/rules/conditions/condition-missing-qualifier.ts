// condition-missing-qualifier: a multi-valued key (Cognito amr, aws:TagKeys) tested without ForAnyValue:/ForAllValues:.
import { isDeny } from '../../document';
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { moveEntry } from './edits';
import { conditionEntries, locate } from './walk';

export const conditionMissingQualifier: Rule = {
  id: 'condition-missing-qualifier',
  defaultSeverity: 'warning',
  description: 'A key that carries a list of values needs ForAnyValue: or ForAllValues: to say how the list is compared.',
  docsUrl: docs.conditionOperators,
  check({ policy, data }) {
    const findings: RuleFinding[] = [];
    for (const visit of conditionEntries(policy, data)) {
      const op = visit.operator;
      if (visit.block.parsed.qualifier !== undefined || !visit.key?.multivalued || !op || !op.supportsSetQualifiers) continue;
      findings.push({
        node: visit.entry.property.keyNode,
        // A Deny that compares badly denies less, but never grants anything: worth knowing, not a risk.
        severity: isDeny(visit.statement) ? 'information' : undefined,
        message: `${visit.entry.key} is a list in the request; without a set qualifier the comparison is not a clear any/all test. Use ForAnyValue:${visit.block.operator} (at least one value matches) or ForAllValues:${visit.block.operator} (every value matches).`,
        data: { path: visit.path },
      });
    }
    return findings;
  },
  fix(finding, { policy }) {
    const found = locate(policy, finding.data);
    if (!found?.entry) return [];
    const operator = `ForAnyValue:${found.block.operator}`;
    const edits = moveEntry(policy.text, found.condition, found.block, found.entry, operator);
    return edits ? [{ title: `Use ${operator}`, isPreferred: true, edits }] : [];
  },
};
