// principal-wildcard: "*" or {"AWS": "*"} in an Allow lets any AWS principal assume the role unless a condition narrows it.
import type { Node } from 'jsonc-parser';
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { denyGuards, guardKeyNames, isAllow, keyIn, PRINCIPAL_GUARD_KEYS, principalGuards } from './guards';
import { placeholder, policyPartition } from './edits';

export const principalWildcard: Rule = {
  id: 'principal-wildcard',
  defaultSeverity: 'error',
  description: 'An Allow statement whose principal is "*" lets any AWS principal assume the role unless conditions such as aws:PrincipalOrgID (in the statement or a Deny) narrow it.',
  docsUrl: docs.principal,
  check({ policy }) {
    // A Deny that refuses every caller outside an organization, account or ARN list narrows "*" as a condition would.
    const denied = guardKeyNames(denyGuards(policy, { type: 'AWS', value: '*' }, 'sts:AssumeRole', keyIn(PRINCIPAL_GUARD_KEYS)));
    const findings: RuleFinding[] = [];
    for (const s of policy.statements) {
      if (!isAllow(s) || !s.principal) continue;
      const nodes: { node: Node; bare: boolean }[] = [];
      if (s.principal.wildcard && s.principal.property.valueNode) nodes.push({ node: s.principal.property.valueNode, bare: true });
      for (const g of s.principal.groups) if (g.type === 'AWS') for (const v of g.values) if (v.value === '*') nodes.push({ node: v.node, bare: false });
      if (nodes.length === 0) continue;
      const guards = principalGuards(s);
      for (const { node, bare } of nodes) {
        const data = { statement: s.index, bare };
        if (guards.length) {
          findings.push({ node, severity: 'information', data, message: `Any AWS principal matches "*", but the condition on ${guards.join(', ')} narrows who can assume the role. Check that those values name only callers you trust.` });
        } else if (denied.length) {
          findings.push({ node, severity: 'information', data, message: `Any AWS principal matches "*", but a Deny statement refuses callers that do not match its ${denied.join(', ')} values, which narrows who can assume the role. Check that those values name only callers you trust.` });
        } else {
          findings.push({ node, data, message: 'Any AWS principal in any account can assume this role: "*" with no narrowing condition. Name the trusted account or role, or add a condition such as aws:PrincipalOrgID or aws:PrincipalArn.' });
        }
      }
    }
    return findings;
  },
  fix(finding, { policy, options }): Fix[] {
    const node = finding.node;
    if (!node) return [];
    const account = placeholder(1, options.accounts[0] ?? '111122223333').slice(1, -1);
    const arn = `"arn:${policyPartition(policy)}:iam::${account}:root"`;
    const bare = finding.data?.bare === true;
    return [{
      title: 'Replace "*" with an account root ARN',
      edits: [{ offset: node.offset, length: node.length, newText: bare ? `{"AWS": ${arn}}` : arn }],
      snippet: true,
    }];
  },
};
