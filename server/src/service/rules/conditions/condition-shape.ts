// condition-shape: Condition must be {operator: {key: value | [values]}} with scalar values of one JSON type.
import type { Node } from 'jsonc-parser';
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';

function jsonType(node: Node): string {
  return node.type === 'array' ? 'an array' : node.type === 'object' ? 'an object' : `a ${node.type}`;
}

export const conditionShape: Rule = {
  id: 'condition-shape',
  defaultSeverity: 'error',
  description: 'Condition must map operators to objects that map keys to a value or a list of values of one JSON type.',
  docsUrl: docs.condition,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const statement of policy.statements) {
      const condition = statement.condition;
      const value = condition?.property.valueNode;
      if (!condition || !value) continue;
      if (value.type !== 'object') {
        const single = value.type === 'array' && value.children?.length === 1 && value.children[0].type === 'object';
        findings.push({
          node: value,
          message: `Condition must be an object of operators, not ${jsonType(value)}.${single ? ' Remove the surrounding brackets.' : ''}`,
          data: { unwrap: single, statement: statement.index },
        });
        continue;
      }
      for (const block of condition.blocks) {
        const blockValue = block.property.valueNode;
        if (!blockValue) continue;
        if (blockValue.type !== 'object') {
          findings.push({ node: blockValue, message: `The value of operator ${block.operator} must be an object of condition keys, not ${jsonType(blockValue)}.` });
          continue;
        }
        for (const entry of block.entries) {
          for (const bad of entry.invalidValues) {
            findings.push({
              node: bad,
              message: `A value of ${entry.key} is ${jsonType(bad)}; condition values are strings, numbers or booleans${entry.isArray ? '' : ', or one list of them'}.`,
            });
          }
          for (const v of entry.values) {
            if (v.value === null) findings.push({ node: v.node, message: `A value of ${entry.key} is null; condition values are strings, numbers or booleans.` });
          }
          const types = new Set(entry.values.filter((v) => v.value !== null).map((v) => typeof v.value));
          if (types.size > 1 && entry.property.valueNode) {
            findings.push({
              node: entry.property.valueNode,
              message: `The values of ${entry.key} mix ${[...types].sort().join(' and ')}; use one JSON type for all of them (for example all strings).`,
            });
          }
        }
      }
    }
    return findings;
  },
  fix(finding, { policy }) {
    if (finding.data?.unwrap !== true) return [];
    const statement = policy.statements.find((s) => s.index === finding.data?.statement);
    const value = statement?.condition?.property.valueNode;
    const inner = value?.type === 'array' && value.children?.length === 1 ? value.children[0] : undefined;
    if (!value || inner?.type !== 'object') return [];
    return [{
      title: 'Remove the brackets around the Condition object',
      isPreferred: true,
      edits: [{ offset: value.offset, length: value.length, newText: policy.text.slice(inner.offset, inner.offset + inner.length) }],
    }];
  },
};
