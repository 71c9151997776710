// statement-missing: the document is not an object, or has no Statement (IAM rejects the policy).
import type { Rule } from '../../types';
import { docs } from '../docs';
import { hasMisspelt, openBrace, ROOT_KEYS } from './util';

export const statementMissing: Rule = {
  id: 'statement-missing',
  defaultSeverity: 'error',
  description: 'A trust policy is a JSON object with a Statement element.',
  docsUrl: docs.statement,
  structural: true,
  check({ policy }) {
    const root = policy.root;
    if (!root) return [];
    if (root.type !== 'object') {
      return [{ node: root, message: `A trust policy is a JSON object such as {"Version": "2012-10-17", "Statement": [...]}, not ${root.type === 'array' ? 'an array' : root.type === 'null' ? 'null' : `a ${root.type}`}.` }];
    }
    // A misspelt "statement" is reported once, by root-unknown-key with its rename fix.
    if (policy.statement || hasMisspelt(policy.properties, 'Statement', ROOT_KEYS)) return [];
    return [{ range: openBrace(root), message: 'This policy has no Statement, so it trusts no one; add "Statement": [ ... ] with at least one statement.' }];
  },
};
