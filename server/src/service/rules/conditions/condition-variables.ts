// condition-variables: malformed `${...}` policy variables, variables under operators that do not substitute them, old Version.
import { stringOf } from '../../document';
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { conditionEntries } from './walk';

/** `${name}` or `${name, 'default'}`; `${*}`, `${?}` and `${$}` stand for the literal characters. */
const VARIABLE_BODY = /^(?:[*?$]|[A-Za-z0-9_.:/=+@-]+(?:\s*,\s*'[^']*')?)$/;

/** The first problem with the `${...}` variables in a value, or undefined; also tells whether it has any. */
export function variableProblem(value: string): { problem?: string; hasVariables: boolean } {
  let hasVariables = false;
  for (let i = value.indexOf('${'); i >= 0; i = value.indexOf('${', i + 2)) {
    hasVariables = true;
    const end = value.indexOf('}', i + 2);
    if (end < 0) return { hasVariables, problem: `the variable starting at "${value.slice(i, i + 20)}" has no closing }` };
    const body = value.slice(i + 2, end);
    if (body.trim() === '') return { hasVariables, problem: 'the variable ${} names nothing' };
    if (!VARIABLE_BODY.test(body)) {
      return { hasVariables, problem: /^\s|\s$|^[^,']*\s/.test(body) ? `the variable \${${body}} contains spaces in its name` : `\${${body}} is not a valid variable` };
    }
    i = end - 1;
  }
  return { hasVariables };
}

export const conditionVariables: Rule = {
  id: 'condition-variables',
  defaultSeverity: 'error',
  description: 'Policy variables must be written ${name} (optionally ${name, \'default\'}), under string or ARN operators, with Version 2012-10-17.',
  docsUrl: docs.variables,
  check({ policy, data }) {
    const findings: RuleFinding[] = [];
    const version = stringOf(policy.version?.valueNode);
    const literal = version === undefined || version === '2008-10-17';
    for (const visit of conditionEntries(policy, data)) {
      for (const v of visit.entry.values) {
        if (typeof v.value !== 'string' || !v.value.includes('${')) continue;
        const { problem, hasVariables } = variableProblem(v.value);
        if (problem) {
          findings.push({ node: v.node, message: `Malformed policy variable: ${problem}.` });
        } else if (hasVariables && visit.operator && !visit.operator.supportsPolicyVariables) {
          findings.push({ node: v.node, message: `${visit.block.operator} does not substitute policy variables, so this value is compared as the literal text ${JSON.stringify(v.value)}; variables work with string and ARN operators.` });
        } else if (hasVariables && literal) {
          findings.push({
            node: v.node, severity: 'information',
            message: `${version ? `With Version ${version}` : 'Without a Version element'} policy variables are not substituted, so ${JSON.stringify(v.value)} is compared as literal text; set "Version": "2012-10-17".`,
          });
        }
      }
    }
    return findings;
  },
};
