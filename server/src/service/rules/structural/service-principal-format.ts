// service-principal-format: a Service principal that is not a lowercase service DNS name (no ARNs, no wildcards).
import type { Rule, RuleFinding } from '../../types';
import { knowledgeFor } from '../../knowledge';
import { docs } from '../docs';
import { principalValues } from '../../statement-kinds';
import { isServicePrincipalSyntax } from '../../principals';
import { replaceString } from './edits';
import { serviceAlias } from '../../service-aliases';
import type { ReferenceData } from '../../../data/types';

function problemOf(value: string): string {
  if (value === '') return 'it is empty';
  if (/[*?]/.test(value)) return 'wildcards are not allowed; name each service, e.g. "lambda.amazonaws.com"';
  if (value.startsWith('arn:')) return 'a service principal is a DNS name such as "lambda.amazonaws.com", not an ARN';
  if (/\s/.test(value)) return 'it contains whitespace';
  if (value !== value.toLowerCase()) return 'service principals are all lowercase';
  if (!value.includes('.')) return 'a service principal is the full name, e.g. "lambda.amazonaws.com"';
  return 'expected a name such as "ec2.amazonaws.com"';
}

/** The obvious correction (lowercase, trimmed, domain added; a service name people use mapped to its principal), when there is one. */
function corrected(value: string, data: ReferenceData): string | undefined {
  let candidate = serviceAlias(value, data)?.principal ?? value.trim().toLowerCase();
  if (/^[a-z0-9-]+$/.test(candidate)) candidate += '.amazonaws.com';
  return candidate !== value && isServicePrincipalSyntax(candidate) ? candidate : undefined;
}

export const servicePrincipalFormat: Rule = {
  id: 'service-principal-format',
  defaultSeverity: 'error',
  description: 'A Service principal is a lowercase service name such as ec2.amazonaws.com: no ARNs, no wildcards, no capitals.',
  docsUrl: docs.principal,
  structural: true,
  check({ policy, data, options }) {
    const knowledge = knowledgeFor(data);
    const findings: RuleFinding[] = [];
    for (const { value: v } of principalValues(policy, 'Service')) {
      // Names from the reference data or the settings are accepted as written (e.g. isolated-region domains).
      if (isServicePrincipalSyntax(v.value) || knowledge.servicePrincipal(v.value, options)) continue;
      const fix = corrected(v.value, data);
      findings.push({ node: v.node, message: `"${v.value}" is not a valid service principal: ${problemOf(v.value)}.${fix ? ` Did you mean "${fix}"?` : ''}`, data: fix ? { corrected: fix } : {} });
    }
    return findings;
  },
  fix(finding) {
    const fixed = finding.data?.corrected as string | undefined;
    if (!fixed || !finding.node) return [];
    return [{ title: `Change to "${fixed}"`, edits: [replaceString(finding.node, fixed)], isPreferred: true }];
  },
};
