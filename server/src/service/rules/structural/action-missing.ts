// action-missing: a statement with neither Action nor NotAction, with both, or with an empty Action list.
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { insertProperty } from './edits';
import { hasMisspelt, neededAssumeActions, objectStatements, openBrace, principalNeeds, STATEMENT_KEYS } from './util';

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
        if (hasMisspelt(s.properties, 'Action', STATEMENT_KEYS) || hasMisspelt(s.properties, 'NotAction', STATEMENT_KEYS)) continue; // statement-unknown-key renames it
        const needs = principalNeeds(s);
        const needed = needs.unknownFederated ? [] : neededAssumeActions(needs);
        findings.push({
          range: openBrace(s.node),
          message: `This statement has no Action; add the action the principal uses, e.g. "Action": "${needed.length === 1 ? needed[0] : 'sts:AssumeRole'}".`,
          data: { statement: s.index, ...(needed.length === 1 ? { needed: needed[0] } : {}) },
        });
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
  fix(finding, { policy }) {
    const needed = finding.data?.needed as string | undefined;
    const s = policy.statements[finding.data?.statement as number];
    if (!needed || !s || s.action || s.notAction) return [];
    const after = s.principal?.property.node;
    return [{ title: `Add "Action": "${needed}"`, edits: [insertProperty(policy.text, s.node, 'Action', JSON.stringify(needed), after ? { after } : 'last')], isPreferred: true }];
  },
};
