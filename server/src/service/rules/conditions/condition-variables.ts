// condition-variables: malformed `${...}` policy variables, variables under operators that do not substitute them, old Version.
import { stringOf, type ConditionEntry, type ScalarValue } from '../../document';
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

/** The one value when only one is concerned, else the whole value list. */
function nodeFor(entry: ConditionEntry, values: readonly ScalarValue[]) {
  return values.length === 1 || !entry.property.valueNode ? values[0].node : entry.property.valueNode;
}

const quoted = (values: readonly ScalarValue[]) => values.map((v) => JSON.stringify(v.value)).join(', ');

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
      // Same advice for every value of a list: one finding per key, naming the values.
      const literalText: ScalarValue[] = [];
      const unsubstituted: ScalarValue[] = [];
      for (const v of visit.entry.values) {
        if (typeof v.value !== 'string' || !v.value.includes('${')) continue;
        const { problem, hasVariables } = variableProblem(v.value);
        if (problem) findings.push({ node: v.node, message: `Malformed policy variable: ${problem}.` });
        else if (hasVariables && visit.operator && !visit.operator.supportsPolicyVariables) literalText.push(v);
        else if (hasVariables && literal) unsubstituted.push(v);
      }
      if (literalText.length) {
        findings.push({
          node: nodeFor(visit.entry, literalText),
          message: `${visit.block.operator} does not substitute policy variables, so ${quoted(literalText)} ${literalText.length > 1 ? 'are' : 'is'} compared as literal text; variables work with string, ARN and Bool operators.`,
        });
      }
      if (unsubstituted.length) {
        findings.push({
          node: nodeFor(visit.entry, unsubstituted),
          message: `${version ? `With Version ${version}` : 'Without a Version element'} policy variables are not substituted, so ${quoted(unsubstituted)} ${unsubstituted.length > 1 ? 'are' : 'is'} compared as literal text and the condition cannot work as written; set "Version": "2012-10-17".`,
        });
      }
    }
    return findings;
  },
};
