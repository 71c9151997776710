// principal-empty: "Principal": {} or an empty principal list names no one, so the statement does nothing.
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { objectStatements } from './util';

export const principalEmpty: Rule = {
  id: 'principal-empty',
  defaultSeverity: 'hint',
  description: 'An empty Principal object or principal list names no one, so it adds nothing to the statement.',
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
      for (const g of s.principal?.groups ?? []) {
        const v = g.property.valueNode;
        if (v?.type === 'array' && (v.children ?? []).length === 0) {
          findings.push({ node: v, message: `The ${g.type} list is empty and names no one; add principals or remove "${g.type}".`, tags: ['unnecessary'] });
        }
      }
    }
    return findings;
  },
};
