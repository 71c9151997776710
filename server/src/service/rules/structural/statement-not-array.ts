// statement-not-array: a single statement object instead of an array (accepted by IAM; an array is the usual form).
import type { Rule } from '../../types';
import { docs } from '../docs';
import { wrapInArray } from './edits';

export const statementNotArray: Rule = {
  id: 'statement-not-array',
  defaultSeverity: 'hint',
  description: 'Statement holds a single object; IAM accepts it, but an array is the usual form and makes adding statements easy.',
  docsUrl: docs.statement,
  structural: true,
  check({ policy }) {
    if (!policy.statementIsObject || !policy.statement) return [];
    return [{ node: policy.statement.keyNode, message: 'Statement is a single object. IAM accepts this, but the usual form is an array of statements: [ { ... } ].' }];
  },
  fix(_finding, { policy }) {
    const value = policy.statement?.valueNode;
    if (!policy.statementIsObject || !value) return [];
    return [{ title: 'Wrap the statement in an array', edits: wrapInArray(value), isPreferred: true }];
  },
};
