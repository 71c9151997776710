// principal-missing: a statement without Principal (a trust policy must say who may assume the role).
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { hasMisspelt, objectStatements, openBrace, STATEMENT_KEYS } from './util';

export const principalMissing: Rule = {
  id: 'principal-missing',
  defaultSeverity: 'error',
  description: 'Every statement of a trust policy names who it applies to in Principal.',
  docsUrl: docs.principal,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    // A statement with NotPrincipal is reported once, by notprincipal-forbidden.
    for (const s of objectStatements(policy)) {
      // A misspelt "Principals" is reported once, by statement-unknown-key with its rename fix.
      if (s.principal || s.notPrincipal || hasMisspelt(s.properties, 'Principal', STATEMENT_KEYS)) continue;
      findings.push({ range: openBrace(s.node), message: 'This statement has no Principal; say who may assume the role, e.g. "Principal": {"Service": "ec2.amazonaws.com"}.' });
    }
    return findings;
  },
};
