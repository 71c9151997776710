// condition-empty: `"Condition": {}`, an operator with no keys, or a key with an empty value list.
import { isDeny } from '../../document';
import type { Fix, OffsetEdit, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { removeChild } from './edits';
import { locate, type Located } from './walk';

/** Removes the emptied element, and its parent too when that would be left empty. */
function removeEmpty(found: Located, level: 'block' | 'entry'): OffsetEdit | undefined {
  const { statement, condition, block, entry } = found;
  const removeCondition = () => removeChild(statement.node, condition.property.node);
  const removeBlock = (): OffsetEdit | undefined => {
    const parent = condition.property.valueNode;
    if (!parent) return undefined;
    return (parent.children?.length ?? 0) <= 1 ? removeCondition() : removeChild(parent, block.property.node);
  };
  if (level === 'block') return removeBlock();
  const parent = block.property.valueNode;
  if (!entry || !parent) return undefined;
  return (parent.children?.length ?? 0) <= 1 ? removeBlock() : removeChild(parent, entry.property.node);
}

export const conditionEmpty: Rule = {
  id: 'condition-empty',
  defaultSeverity: 'hint',
  description: 'An empty Condition, operator or value list tests nothing; remove it or fill it in.',
  docsUrl: docs.condition,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const statement of policy.statements) {
      const condition = statement.condition;
      const value = condition?.property.valueNode;
      if (!condition || value?.type !== 'object') continue;
      if (!value.children?.length) {
        findings.push({
          node: condition.property.node, tags: ['unnecessary'],
          message: 'This Condition is empty and restricts nothing; remove it or add the conditions you meant.',
          data: { level: 'condition', path: { statement: statement.index, block: 0 } },
        });
        continue;
      }
      condition.blocks.forEach((block, b) => {
        const blockValue = block.property.valueNode;
        if (blockValue?.type !== 'object') return;
        if (!blockValue.children?.length) {
          findings.push({
            node: block.property.node, tags: ['unnecessary'],
            message: `Operator ${block.operator} has no condition keys and tests nothing; remove it or add a key.`,
            data: { level: 'block', path: { statement: statement.index, block: b } },
          });
          return;
        }
        block.entries.forEach((entry, e) => {
          if (entry.property.valueNode?.type !== 'array' || entry.property.valueNode.children?.length) return;
          findings.push({
            node: entry.property.node,
            message: `The value list of ${entry.key} is empty, so the key has nothing to compare with; add a value or remove the key.`,
            data: { level: 'entry', deny: isDeny(statement), path: { statement: statement.index, block: b, entry: e } },
          });
        });
      });
    }
    return findings;
  },
  fix(finding, { policy }) {
    const level = finding.data?.level as 'condition' | 'block' | 'entry' | undefined;
    if (level === 'condition') {
      const statement = policy.statements.find((s) => s.index === (finding.data?.path as { statement?: number } | undefined)?.statement);
      if (!statement?.condition) return [];
      return [{ title: 'Remove the empty Condition', isPreferred: true, edits: [removeChild(statement.node, statement.condition.property.node)] }];
    }
    const found = locate(policy, finding.data);
    if (!level || !found) return [];
    const edit = removeEmpty(found, level);
    if (!edit) return [];
    const what = level === 'block' ? `the empty ${found.block.operator} operator` : `the empty ${found.entry?.key} key`;
    // Dropping an empty value list from an Allow may widen who can assume the role: offer it, but not as the preferred fix.
    const fix: Fix = { title: `Remove ${what}`, isPreferred: level !== 'entry' || finding.data?.deny === true, edits: [edit] };
    return [fix];
  },
};
