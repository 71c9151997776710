// condition-forallvalues-single: `ForAllValues:` on a single-valued key in an Allow is true when the key is absent.
import { isDeny } from '../../document';
import type { Rule, RuleFinding } from '../../types';
import { knowledgeFor } from '../../knowledge';
import { docs } from '../docs';
import { moveEntry } from './edits';
import { conditionEntries, locate } from './walk';

export const conditionForAllValuesSingle: Rule = {
  id: 'condition-forallvalues-single',
  defaultSeverity: 'warning',
  description: 'ForAllValues: on a single-valued key matches requests that lack the key altogether; drop the qualifier.',
  docsUrl: docs.conditionOperators,
  check({ policy, data }) {
    const findings: RuleFinding[] = [];
    for (const visit of conditionEntries(policy, data)) {
      if (visit.block.parsed.qualifier !== 'ForAllValues' || !visit.key || visit.key.multivalued || isDeny(visit.statement)) continue;
      findings.push({
        node: visit.entry.property.keyNode,
        message: `${visit.entry.key} has a single value, and ForAllValues: is also true when the request has no ${visit.entry.key} at all, so this Allow can match more than intended; remove the ForAllValues: qualifier.`,
        data: { path: visit.path },
      });
    }
    return findings;
  },
  fix(finding, { policy, data }) {
    const found = locate(policy, finding.data);
    if (!found?.entry) return [];
    const operator = found.block.operator.slice(found.block.operator.indexOf(':') + 1);
    const knowledge = knowledgeFor(data);
    const whole = found.block.entries.every((e) => knowledge.conditionKey(e.key)?.entry.multivalued === false);
    const edits = moveEntry(policy.text, found.condition, found.block, found.entry, operator, whole);
    return edits ? [{ title: `Use ${operator} (drop ForAllValues:)`, isPreferred: true, edits }] : [];
  },
};
