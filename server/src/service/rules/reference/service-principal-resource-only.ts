// Known service principals that do not belong in a role trust policy: resource-policy-only, Federated-only or retired.
import { knowledgeFor } from '../../knowledge';
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { principalValues } from '../../statement-kinds';

export const servicePrincipalResourceOnly: Rule = {
  id: 'service-principal-resource-only',
  defaultSeverity: 'information',
  description: 'A Service principal that the reference data marks as used only in resource policies, as a Federated provider, or as retired.',
  docsUrl: docs.principal,
  check({ policy, data, options }) {
    const knowledge = knowledgeFor(data);
    const findings: RuleFinding[] = [];
    for (const { value: { value, node } } of principalValues(policy, 'Service')) {
      const entry = knowledge.servicePrincipal(value, options);
      if (!entry || entry.verified === false) continue;
      if (entry.principalElement === 'Federated') {
        findings.push({
          node, severity: 'error', data: { candidates: [], moveTo: 'Federated' },
          message: `"${value}" is a web identity provider, not a service: name it under "Federated" with the action sts:AssumeRoleWithWebIdentity. Under "Service" nothing can assume the role.`,
        });
      } else if (entry.usage === 'resource-policy') {
        findings.push({
          node, data: { candidates: [] },
          message: `${entry.service} (${value}) acts on resources through their resource policies (bucket, key or log policies) and does not assume roles, so this trust is probably never used.`,
        });
      } else if (entry.legacy) {
        findings.push({
          node, severity: 'hint', tags: ['deprecated'], data: { candidates: [] },
          message: `${entry.service} (${value}) is retired, closed to new customers, or its use today is unclear; check that the role is still needed.`,
        });
      }
    }
    return findings;
  },
};
