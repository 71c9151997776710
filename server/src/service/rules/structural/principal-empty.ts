// principal-empty: "Principal": {} or an empty principal list names no one, so the statement does nothing.
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { objectStatements } from './util';

export const principalEmpty: Rule = {
  id: 'principal-empty',
  defaultSeverity: 'information',
  description: 'An empty Principal object or principal list names no one: a statement with no principal left applies to no one.',
  docsUrl: docs.principal,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const s of objectStatements(policy)) {
      const value = s.principal?.property.valueNode;
      if (value?.type === 'object' && (value.children ?? []).length === 0) {
        findings.push({ node: value, message: 'Principal is empty, so this statement applies to no one. Name who may assume the role.', tags: ['unnecessary'] });
        continue;
      }
      const groups = s.principal?.groups ?? [];
      // With other principals beside it an empty list is only clutter; when every list is empty the statement applies to no one.
      const anyNamed = groups.some((g) => g.values.length > 0);
      for (const g of groups) {
        const v = g.property.valueNode;
        if (v?.type === 'array' && (v.children ?? []).length === 0) {
          findings.push({
            node: v, tags: ['unnecessary'], ...(anyNamed ? { severity: 'hint' as const } : {}),
            message: anyNamed ? `The ${g.type} list is empty and names no one; add principals or remove "${g.type}".` : `The ${g.type} list is empty, so this statement applies to no one. Name who may assume the role.`,
          });
        }
      }
    }
    return findings;
  },
};
