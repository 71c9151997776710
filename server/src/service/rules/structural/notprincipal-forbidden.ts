// notprincipal-forbidden: NotPrincipal in a trust policy (IAM rejects it; name the principals in Principal).
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { removeElement, replaceString } from './edits';
import { isDeny } from '../../document';
import { objectStatements, propertyOfKey } from './util';

export const notPrincipalForbidden: Rule = {
  id: 'notprincipal-forbidden',
  defaultSeverity: 'error',
  description: 'Role trust policies do not support NotPrincipal; list who may assume the role in Principal.',
  docsUrl: docs.notPrincipal,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const s of objectStatements(policy)) {
      if (!s.notPrincipal) continue;
      findings.push({
        node: s.notPrincipal.keyNode,
        message: 'NotPrincipal cannot be used in a role trust policy. Name the principals that may assume the role in Principal (in a Deny, use Principal "*" with a condition such as aws:PrincipalArn to make exceptions).',
        data: { statement: s.index, deny: isDeny(s), canRename: !s.principal },
      });
    }
    return findings;
  },
  fix(finding) {
    if (!finding.node) return [];
    if (finding.data?.canRename !== true) {
      const property = propertyOfKey(finding.node);
      return property ? [{ title: 'Remove NotPrincipal (the statement already has a Principal)', edits: [removeElement(property)] }] : [];
    }
    const deny = finding.data?.deny === true;
    return [{
      title: deny ? 'Rename NotPrincipal to Principal (changes the meaning: the Deny then applies only to these principals)' : 'Rename NotPrincipal to Principal (trust only these principals)',
      edits: [replaceString(finding.node, 'Principal')],
      isPreferred: !deny,
    }];
  },
};
