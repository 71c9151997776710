// root-unknown-key: a top-level key other than Version, Id and Statement (IAM rejects the policy).
import type { Node } from 'jsonc-parser';
import type { Fix, Rule } from '../../types';
import { docs } from '../docs';
import { removeElement, replaceString } from './edits';
import { propertyOfKey, ROOT_KEYS, suggestName } from './util';

/** What to do with an unknown top-level key, for the common cases: notes, and a policy wrapped in tool output. */
function advice(key: string, value: Node | undefined, source: string): string {
  const text = value ? source.slice(value.offset, value.offset + value.length) : '';
  if (/AssumeRolePolicyDocument/.test(key) || text.includes('"AssumeRolePolicyDocument"')) {
    return 'This looks like a role description (for example `aws iam get-role` output or a template resource) rather than a policy: save the AssumeRolePolicyDocument object on its own and check that.';
  }
  if (/^(comment|comments|description|note|notes|_.*)$/i.test(key)) return 'IAM policies have no element for comments or notes; remove it (the Sid can name a statement).';
  return 'Remove it.';
}

export const rootUnknownKey: Rule = {
  id: 'root-unknown-key',
  defaultSeverity: 'error',
  description: 'A trust policy has only Version, Id and Statement at the top level; IAM rejects any other key.',
  docsUrl: docs.grammar,
  structural: true,
  check({ policy }) {
    const present = new Set(policy.properties.map((p) => p.key));
    return policy.properties
      .filter((p) => !(ROOT_KEYS as readonly string[]).includes(p.key))
      .map((p) => {
        const suggestion = suggestName(p.key, ROOT_KEYS);
        const usable = suggestion && !present.has(suggestion) ? suggestion : undefined;
        return {
          node: p.keyNode,
          message: `"${p.key}" is not a policy element; the top level of a trust policy holds only Version, Id and Statement.${usable ? ` Did you mean "${usable}"?` : ` ${advice(p.key, p.valueNode, policy.text)}`}`,
          data: { key: p.key, ...(usable ? { suggestion: usable } : {}) },
        };
      });
  },
  fix(finding) {
    const key = finding.node;
    const property = propertyOfKey(key);
    if (!key || !property) return [];
    const fixes: Fix[] = [];
    const suggestion = finding.data?.suggestion as string | undefined;
    if (suggestion) fixes.push({ title: `Rename "${String(finding.data?.key)}" to "${suggestion}"`, edits: [replaceString(key, suggestion)], isPreferred: true });
    fixes.push({ title: `Remove "${String(finding.data?.key)}"`, edits: [removeElement(property)], isPreferred: !suggestion });
    return fixes;
  },
};
