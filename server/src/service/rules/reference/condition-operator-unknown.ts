// Condition operators IAM does not know: typos, wrong set qualifiers, wrong case, or IfExists on Null.
import type { ReferenceData } from '../../../data/types';
import { closest, knowledgeFor } from '../../knowledge';
import { parseOperator } from '../../document';
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { changeToFixes } from './candidates';

export const SET_QUALIFIERS = ['ForAllValues', 'ForAnyValue'] as const;
const allNames = new WeakMap<ReferenceData, string[]>();

/** Every operator name IAM accepts: base operators, their IfExists forms, and both set-qualified forms. */
export function validOperatorNames(data: ReferenceData): string[] {
  let names = allNames.get(data);
  if (!names) {
    const bases: string[] = [];
    for (const o of data.conditionOperators.operators) {
      bases.push(o.operator);
      if (o.supportsIfExists) bases.push(`${o.operator}IfExists`);
    }
    names = [...bases];
    for (const q of SET_QUALIFIERS) {
      for (const o of data.conditionOperators.operators) {
        if (!o.supportsSetQualifiers) continue;
        names.push(`${q}:${o.operator}`);
        if (o.supportsIfExists) names.push(`${q}:${o.operator}IfExists`);
      }
    }
    allNames.set(data, names);
  }
  return names;
}

/** Why the operator is not valid, or undefined when it is. */
export function operatorProblem(operator: string, data: ReferenceData): string | undefined {
  const parsed = parseOperator(operator);
  const knowledge = knowledgeFor(data);
  if (parsed.qualifier !== undefined && !(SET_QUALIFIERS as readonly string[]).includes(parsed.qualifier)) {
    return `"${parsed.qualifier}:" is not a set qualifier; IAM knows only ForAllValues: and ForAnyValue:`;
  }
  const entry = knowledge.operator(parsed.base);
  if (!entry) {
    const lower = data.conditionOperators.operators.find((o) => o.operator.toLowerCase() === parsed.base.toLowerCase());
    if (lower) return `operator names are case-sensitive: write ${lower.operator}`;
    return `"${parsed.base}" is not a condition operator`;
  }
  if (parsed.ifExists && !entry.supportsIfExists) return `${entry.operator} cannot take the IfExists suffix: it already tests whether the key is present`;
  return undefined;
}

const baseNames = new WeakMap<ReferenceData, string[]>();

/** The base operator names, one array per table so that closest() indexes it once. */
function baseOperatorNames(data: ReferenceData): string[] {
  let names = baseNames.get(data);
  if (!names) {
    names = data.conditionOperators.operators.map((o) => o.operator);
    baseNames.set(data, names);
  }
  return names;
}

export function operatorCandidates(operator: string, data: ReferenceData): string[] {
  const parsed = parseOperator(operator);
  const names = validOperatorNames(data);
  const bases = baseOperatorNames(data);
  // Repair each part on its own first (NullIfExists -> Null, ForAnyValues:StringLike -> ForAnyValue:StringLike).
  const qualifier = parsed.qualifier === undefined ? undefined : closest(parsed.qualifier, SET_QUALIFIERS, 3, 1)[0];
  const base = closest(parsed.base, bases, 2, 1)[0];
  const entry = base ? knowledgeFor(data).operator(base) : undefined;
  const repaired = entry ? `${qualifier && entry.supportsSetQualifiers ? `${qualifier}:` : ''}${entry.operator}${parsed.ifExists && entry.supportsIfExists ? 'IfExists' : ''}` : undefined;
  const result = repaired && repaired !== operator && names.includes(repaired) ? [repaired] : [];
  for (const c of closest(operator, names, 3, 3)) if (!result.includes(c) && c !== operator) result.push(c);
  return result.slice(0, 3);
}

export const conditionOperatorUnknown: Rule = {
  id: 'condition-operator-unknown',
  defaultSeverity: 'error',
  description: 'A condition operator that IAM does not accept (unknown name, wrong case, wrong set qualifier, or Null with IfExists).',
  docsUrl: docs.conditionOperators,
  check({ policy, data }) {
    const findings: RuleFinding[] = [];
    for (const statement of policy.statements) {
      for (const block of statement.condition?.blocks ?? []) {
        const problem = operatorProblem(block.operator, data);
        if (!problem) continue;
        const candidates = operatorCandidates(block.operator, data);
        const hint = candidates.length ? ` Did you mean ${candidates.map((c) => `"${c}"`).join(' or ')}?` : '';
        findings.push({
          node: block.property.keyNode, data: { candidates },
          message: `IAM rejects the condition operator "${block.operator}": ${problem}.${hint}`,
        });
      }
    }
    return findings;
  },
  fix: (finding) => changeToFixes(finding),
};
