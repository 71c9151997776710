// external-id-format: sts:ExternalId values must be 2-1224 characters of letters, digits and _+=,.@:/- or no caller can send them.
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { conditionEntries, locate, sameKey } from './walk';

/** STS AssumeRole accepts ExternalId matching [\w+=,.@:/-]{2,1224} (\w: letters, digits, underscore). */
const MIN = 2;
const MAX = 1224;
const ALLOWED = /^[\w+=,.@:/-]*$/;

/** Why a caller could never pass this value, or undefined when it is fine. */
export function externalIdProblem(value: string, wildcards: boolean): string | undefined {
  const literal = value.replace(/\$\{[^}]*\}/g, '');
  const checked = wildcards ? literal.replace(/[*?]/g, '') : literal;
  const bad = [...new Set(checked.replace(/[\w+=,.@:/-]/g, ''))];
  if (bad.length && !ALLOWED.test(checked)) {
    return `contains ${bad.map((c) => (/\s/.test(c) ? 'whitespace' : JSON.stringify(c))).filter((c, i, all) => all.indexOf(c) === i).join(', ')}; an external ID may only hold letters, digits and _+=,.@:/-`;
  }
  // Length is only certain for a value without wildcards or variables.
  if (literal === value && !(wildcards && /[*?]/.test(value))) {
    if (value.length < MIN) return `is ${value.length} character${value.length === 1 ? '' : 's'} long; an external ID has at least ${MIN}`;
    if (value.length > MAX) return `is ${value.length} characters long; an external ID has at most ${MAX}`;
  }
  return undefined;
}

export const externalIdFormat: Rule = {
  id: 'external-id-format',
  defaultSeverity: 'error',
  description: 'sts:ExternalId values must be 2-1224 characters of letters, digits and _+=,.@:/-, the only values STS accepts from a caller.',
  docsUrl: docs.crossAccount,
  check({ policy, data }) {
    const findings: RuleFinding[] = [];
    for (const visit of conditionEntries(policy, data)) {
      if (!sameKey(visit.entry.key, 'sts:ExternalId') || visit.operator?.family !== 'String') continue;
      visit.entry.values.forEach((v, i) => {
        if (typeof v.value !== 'string') return;
        const problem = externalIdProblem(v.value, visit.operator?.supportsWildcards === true);
        if (!problem) return;
        const trimmed = v.value.trim();
        const fixable = trimmed !== v.value && !externalIdProblem(trimmed, visit.operator?.supportsWildcards === true);
        findings.push({
          node: v.node,
          message: `This sts:ExternalId value ${problem}, so no caller can ever pass it and the condition never matches.`,
          data: { path: { ...visit.path, value: i }, trim: fixable },
        });
      });
    }
    return findings;
  },
  fix(finding, { policy }) {
    const found = locate(policy, finding.data);
    if (finding.data?.trim !== true || typeof found?.value?.value !== 'string') return [];
    const node = found.value.node;
    return [{ title: 'Remove the surrounding whitespace', isPreferred: true, edits: [{ offset: node.offset, length: node.length, newText: JSON.stringify(found.value.value.trim()) }] }];
  },
};
