// principal-format: Principal is not "*" or an object of AWS / Service / Federated lists of strings (IAM rejects it).
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { replaceNode, replaceString } from './edits';
import { objectStatements, PRINCIPAL_TYPES, suggestName } from './util';

const TYPES = PRINCIPAL_TYPES as readonly string[];

export const principalFormat: Rule = {
  id: 'principal-format',
  defaultSeverity: 'error',
  description: 'Principal is "*" or an object whose keys are AWS, Service or Federated, each a string or an array of strings.',
  docsUrl: docs.principal,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const s of objectStatements(policy)) {
      const principal = s.principal;
      const value = principal?.property.valueNode;
      if (!principal || !value) continue;
      if (value.type === 'string') {
        if (value.value === '*') continue;
        findings.push({
          node: value,
          message: `Principal must be "*" or an object such as {"AWS": "${String(value.value)}"}; a bare string other than "*" is not valid.`,
          data: { wrap: 'string' },
        });
        continue;
      }
      if (value.type !== 'object') {
        findings.push({ node: value, message: `Principal must be "*" or an object with AWS, Service or Federated keys, not ${value.type === 'array' ? 'an array' : value.type === 'null' ? 'null' : `a ${value.type}`}.` });
        continue;
      }
      const present = new Set(principal.groups.map((g) => g.type));
      for (const g of principal.groups) {
        if (!TYPES.includes(g.type)) {
          const suggestion = suggestName(g.type, TYPES);
          const usable = suggestion && !present.has(suggestion) ? suggestion : undefined;
          const message = g.type === 'CanonicalUser'
            ? 'CanonicalUser is an Amazon S3 principal and cannot assume a role; use AWS, Service or Federated.'
            : `"${g.type}" is not a principal type; use AWS, Service or Federated (case-sensitive).${usable ? ` Did you mean "${usable}"?` : ''}`;
          findings.push({ node: g.property.keyNode, message, data: usable ? { rename: usable } : {} });
        }
        for (const bad of g.invalidValues) {
          findings.push({ node: bad, message: `${g.type} principals are strings (or an array of strings); ${bad.type === 'array' ? 'nested arrays are' : `a ${bad.type} is`} not valid here.` });
        }
      }
    }
    return findings;
  },
  fix(finding, { policy }) {
    const node = finding.node;
    if (!node) return [];
    const fixes: Fix[] = [];
    const rename = finding.data?.rename as string | undefined;
    if (rename) fixes.push({ title: `Rename "${String(node.value)}" to "${rename}"`, edits: [replaceString(node, rename)], isPreferred: true });
    if (finding.data?.wrap === 'string' && node.type === 'string') {
      const raw = policy.text.slice(node.offset, node.offset + node.length);
      const value = node.value as string;
      const type = value.endsWith('.amazonaws.com') ? 'Service' : /^arn:[^:]*:iam::\d*:(saml|oidc)-provider\//.test(value) ? 'Federated' : 'AWS';
      fixes.push({ title: `Write it as {"${type}": ${raw}}`, edits: [replaceNode(node, `{${JSON.stringify(type)}: ${raw}}`)], isPreferred: true });
    }
    return fixes;
  },
};
