// duplicate-key: a key repeated in one object, or condition keys differing only in case in one operator block.
import type { Node } from 'jsonc-parser';
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { removeElement } from './edits';
import { propertyOfKey } from './util';

function keyOf(property: Node): Node | undefined {
  const key = property.children?.[0];
  return key?.type === 'string' ? key : undefined;
}

/** Every object in the tree, without recursion (nesting is bounded by the parser's depth guard). */
function objects(root: Node | undefined): Node[] {
  const result: Node[] = [];
  const stack = root ? [root] : [];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (node.type === 'object') result.push(node);
    for (const child of node.children ?? []) if (child.type === 'object' || child.type === 'array' || child.type === 'property') stack.push(child);
  }
  return result;
}

/** Up to this many keys, pairs are compared directly (no allocation); larger objects use sets. */
const SMALL_OBJECT = 12;

export const duplicateKey: Rule = {
  id: 'duplicate-key',
  defaultSeverity: 'error',
  description: 'A key may appear only once in each object (condition keys are compared ignoring case); IAM rejects duplicates.',
  docsUrl: docs.grammar,
  structural: true,
  check({ policy }) {
    const conditionBlocks = new Set<Node>();
    for (const s of policy.statements) for (const b of s.condition?.blocks ?? []) if (b.property.valueNode) conditionBlocks.add(b.property.valueNode);
    const findings: RuleFinding[] = [];
    const report = (key: Node, name: string, other: string) => findings.push({
      node: key,
      message: other === name
        ? `"${name}" appears more than once in this object; IAM rejects duplicate keys (and most JSON readers would silently keep only the last one). Merge the values into one "${name}".`
        : `Condition keys ignore case, so "${name}" and "${other}" are the same key listed twice in this block; IAM rejects this. Keep one of them.`,
      data: { key: name },
    });
    for (const object of objects(policy.root)) {
      const properties = object.children ?? [];
      if (properties.length < 2) continue;
      const caseInsensitive = conditionBlocks.has(object);
      if (properties.length <= SMALL_OBJECT) {
        // Most objects of a policy have a handful of keys: compare in place, without building sets.
        for (let i = 0; i < properties.length; i++) {
          const key = keyOf(properties[i]);
          if (!key) continue;
          const name = key.value as string;
          // An exact repeat first (as the set walk below reports it), else a case variant in a condition block.
          let other: string | undefined;
          for (let j = i + 1; j < properties.length && other === undefined; j++) if (keyOf(properties[j])?.value === name) other = name;
          if (other === undefined && caseInsensitive) {
            const folded = name.toLowerCase();
            for (let j = i + 1; j < properties.length && other === undefined; j++) {
              const later = keyOf(properties[j])?.value;
              if (typeof later === 'string' && later.toLowerCase() === folded) other = later;
            }
          }
          if (other !== undefined) report(key, name, other);
        }
        continue;
      }
      // Walk backwards so each earlier occurrence finds a later one in constant time (objects can be huge).
      const laterExact = new Set<string>();
      const laterFolded = new Map<string, string>();
      for (let i = properties.length - 1; i >= 0; i--) {
        const key = keyOf(properties[i]);
        if (!key) continue;
        const name = key.value as string;
        const other = laterExact.has(name) ? name : caseInsensitive ? laterFolded.get(name.toLowerCase()) : undefined;
        laterExact.add(name);
        if (caseInsensitive) laterFolded.set(name.toLowerCase(), name);
        if (other !== undefined) report(key, name, other);
      }
    }
    return findings;
  },
  fix(finding) {
    const property = propertyOfKey(finding.node);
    if (!property) return [];
    return [{ title: `Remove this earlier "${String(finding.data?.key)}"`, edits: [removeElement(property)], isPreferred: true }];
  },
};
