// statement-unknown-key: a statement key IAM does not know, e.g. "Principals" or "effect" (IAM rejects the policy).
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { removeElement, replaceString } from './edits';
import { objectStatements, propertyOfKey, STATEMENT_KEYS, suggestName } from './util';

export const statementUnknownKey: Rule = {
  id: 'statement-unknown-key',
  defaultSeverity: 'error',
  description: 'A statement holds only Sid, Effect, Principal, Action or NotAction, and Condition; element names are case-sensitive.',
  docsUrl: docs.elements,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const s of objectStatements(policy)) {
      const present = new Set(s.properties.map((p) => p.key));
      for (const p of s.properties) {
        if ((STATEMENT_KEYS as readonly string[]).includes(p.key)) continue;
        const suggestion = suggestName(p.key, STATEMENT_KEYS);
        const usable = suggestion && !present.has(suggestion) ? suggestion : undefined;
        const hint = usable ? ` Did you mean "${usable}"?` : suggestion ? ` It looks like "${suggestion}", which this statement already has.` : '';
        findings.push({
          node: p.keyNode,
          message: `"${p.key}" is not a statement element (element names are case-sensitive).${hint}`,
          data: { key: p.key, ...(usable ? { suggestion: usable } : {}) },
        });
      }
    }
    return findings;
  },
  fix(finding) {
    const key = finding.node;
    const property = propertyOfKey(key);
    if (!key || !property) return [];
    const name = String(finding.data?.key);
    const suggestion = finding.data?.suggestion as string | undefined;
    const fixes: Fix[] = [];
    if (suggestion) fixes.push({ title: `Rename "${name}" to "${suggestion}"`, edits: [replaceString(key, suggestion)], isPreferred: true });
    fixes.push({ title: `Remove "${name}"`, edits: [removeElement(property)], isPreferred: !suggestion });
    return fixes;
  },
};
