// statement-shape: Statement must be an object or a non-empty array of objects (IAM rejects anything else).
import type { RuleFinding, Rule } from '../../types';
import { docs } from '../docs';

function kind(type: string): string {
  return type === 'array' ? 'an array' : type === 'object' ? 'an object' : type === 'null' ? 'null' : `a ${type}`;
}

export const statementShape: Rule = {
  id: 'statement-shape',
  defaultSeverity: 'error',
  description: 'Statement is an array of statement objects (or a single statement object).',
  docsUrl: docs.statement,
  structural: true,
  check({ policy }) {
    const value = policy.statement?.valueNode;
    if (!value) return [];
    if (value.type === 'object') return [];
    if (value.type !== 'array') {
      return [{ node: value, message: `Statement must be an array of statement objects, not ${kind(value.type)}.` }];
    }
    const items = value.children ?? [];
    if (items.length === 0) return [{ node: value, message: 'Statement is empty, so the role trusts no one; add at least one statement object.' }];
    const findings: RuleFinding[] = [];
    for (const item of items) {
      if (item.type !== 'object') findings.push({ node: item, message: `Each statement is an object with Effect, Principal and Action; this one is ${kind(item.type)}.` });
    }
    return findings;
  },
};
