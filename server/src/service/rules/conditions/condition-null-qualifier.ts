// condition-null-qualifier: `Null` only tests whether a key is present, so a set qualifier on it means nothing.
import { isDeny } from '../../document';
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { renameBlock } from './edits';
import { conditionBlocks, locate } from './walk';

export const conditionNullQualifier: Rule = {
  id: 'condition-null-qualifier',
  defaultSeverity: 'hint',
  description: 'Null checks whether a key is present; ForAllValues:/ForAnyValue: do not apply to it.',
  docsUrl: docs.conditionOperators,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const { statement, block, path } of conditionBlocks(policy)) {
      const { qualifier, base, ifExists } = block.parsed;
      if (base !== 'Null' || ifExists || (qualifier !== 'ForAllValues' && qualifier !== 'ForAnyValue')) continue;
      // ForAllValues: can be vacuously true, which in an Allow is a loosening nobody intends.
      const risky = qualifier === 'ForAllValues' && !isDeny(statement);
      findings.push({
        node: block.property.keyNode,
        severity: risky ? 'warning' : undefined,
        message: `Null only asks whether a key is present; the ${qualifier}: qualifier does not apply to it${risky ? ' and may make this Allow match when it should not' : ''}. Use plain Null.`,
        data: { path },
      });
    }
    return findings;
  },
  fix(finding, { policy }) {
    const found = locate(policy, finding.data);
    if (!found) return [];
    const edits = renameBlock(policy.text, found.condition, found.block, 'Null');
    return edits ? [{ title: 'Use Null without a qualifier', isPreferred: true, edits }] : [];
  },
};
