// action-missing: a statement with neither Action nor NotAction, with both, or with an empty Action list.
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { objectStatements, openBrace } from './util';

export const actionMissing: Rule = {
  id: 'action-missing',
  defaultSeverity: 'error',
  description: 'Every statement needs exactly one of Action or NotAction, with at least one action.',
  docsUrl: docs.action,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const s of objectStatements(policy)) {
      if (!s.action && !s.notAction) {
        findings.push({ range: openBrace(s.node), message: 'This statement has no Action; add the action the principal uses, e.g. "Action": "sts:AssumeRole".' });
        continue;
      }
      if (s.action && s.notAction) {
        findings.push({ node: s.notAction.property.keyNode, message: 'A statement has either Action or NotAction, not both; remove one of them.' });
        continue;
      }
      const element = s.action ?? s.notAction;
      const value = element?.property.valueNode;
      if (element && value?.type === 'array' && (value.children ?? []).length === 0) {
        findings.push({ node: value, message: `${element.property.key} is empty; list at least one action, e.g. "sts:AssumeRole".` });
      }
    }
    return findings;
  },
};
