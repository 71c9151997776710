// multiple-principal-types: one statement mixes principals that need different assume actions (e.g. Service and SAML).
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { neededAssumeActions, objectStatements, principalNeeds } from './util';

export const multiplePrincipalTypes: Rule = {
  id: 'multiple-principal-types',
  defaultSeverity: 'hint',
  description: 'Principals that assume the role in different ways (AWS/Service, SAML, web identity) are clearer in separate statements, each with its own action.',
  docsUrl: docs.principal,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const s of objectStatements(policy)) {
      if (!s.principal) continue;
      const needed = neededAssumeActions(principalNeeds(s));
      if (needed.length < 2) continue;
      findings.push({
        node: s.principal.property.keyNode,
        message: `This statement mixes principals that assume the role with different actions (${needed.join(', ')}), and its Action and Condition apply to all of them. Split it into one statement per kind of principal.`,
      });
    }
    return findings;
  },
};
