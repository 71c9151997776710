// resource-forbidden: Resource or NotResource in a trust policy (the role itself is the resource; IAM rejects it).
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { removeElement } from './edits';
import { objectStatements, propertyOfKey } from './util';

export const resourceForbidden: Rule = {
  id: 'resource-forbidden',
  defaultSeverity: 'error',
  description: 'A trust policy applies to the role it is attached to, so statements have no Resource or NotResource.',
  docsUrl: docs.resource,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const s of objectStatements(policy)) {
      for (const p of s.properties) {
        if (p.key !== 'Resource' && p.key !== 'NotResource') continue;
        findings.push({
          node: p.keyNode,
          message: `${p.key} is not allowed in a trust policy: the resource is always the role the policy is attached to. Remove it.`,
          data: { key: p.key },
        });
      }
    }
    return findings;
  },
  fix(finding) {
    const property = propertyOfKey(finding.node);
    if (!property) return [];
    return [{ title: `Remove ${String(finding.data?.key)}`, edits: [removeElement(property)], isPreferred: true }];
  },
};
