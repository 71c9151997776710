// Condition keys that need an action the statement lacks, or that no action of the statement ever carries.
import type { ActionElement, ConditionBlock, Statement } from '../../document';
import { knowledgeFor } from '../../knowledge';
import type { Fix, OffsetEdit, Rule, RuleFinding } from '../../types';
import type { ReferenceData } from '../../../data/types';
import { docs } from '../docs';

/** Permission-only actions (no API call of their own) that put keys into the request, by their short name. */
function setterActions(data: ReferenceData): Set<string> {
  return new Set(data.trustActions.actions.filter((a) => a.apiOperation === null).map((a) => a.action.slice('sts:'.length)));
}

/** A condition that a missing key would satisfy anyway does not need the key's setter action. */
function passesWhenKeyAbsent(block: ConditionBlock, data: ReferenceData): boolean {
  if (block.parsed.base === 'Null' || block.parsed.ifExists) return true;
  return !!knowledgeFor(data).operator(block.parsed.base)?.negated;
}

/** Edits that add `action` to the statement's Action value (string becomes an array). */
export function addActionEdits(action: ActionElement, name: string): OffsetEdit[] {
  const value = action.property.valueNode;
  if (!value) return [];
  if (value.type === 'string') return [{ offset: value.offset, length: value.length, newText: `[${JSON.stringify(value.value)}, ${JSON.stringify(name)}]` }];
  if (value.type !== 'array') return [];
  const last = value.children?.[value.children.length - 1];
  if (last) return [{ offset: last.offset + last.length, length: 0, newText: `, ${JSON.stringify(name)}` }];
  return [{ offset: value.offset + 1, length: 0, newText: JSON.stringify(name) }];
}

interface KeyActionData extends Record<string, unknown> {
  candidates: string[];
  kind: 'missing' | 'mismatch';
}

function statementActionNames(statement: Statement): string[] | undefined {
  const values = statement.action?.values.map((v) => v.value);
  if (!values?.length || values.some((v) => v.includes('*') || v.includes('?'))) return undefined;
  return values;
}

export const conditionKeyAction: Rule = {
  id: 'condition-key-action',
  defaultSeverity: 'error',
  description: 'A condition key whose setting action (sts:TagSession, sts:SetSourceIdentity, sts:SetContext) is missing, or that none of the statement\'s actions carries.',
  docsUrl: docs.iamConditionKeys,
  check({ policy, data }) {
    const knowledge = knowledgeFor(data);
    const setters = setterActions(data);
    const findings: RuleFinding[] = [];
    for (const statement of policy.statements) {
      const names = statementActionNames(statement);
      if (!names) continue;
      const actions = names.map((n) => knowledge.actionIgnoringCase(n));
      const allKnown = actions.every((a) => a !== undefined);
      const present = new Set(actions.filter((a) => a).map((a) => a!.action));
      for (const block of statement.condition?.blocks ?? []) {
        for (const entry of block.entries) {
          const match = knowledge.conditionKey(entry.key);
          if (!match || !match.entry.validInTrustPolicy) continue;
          const key = match.entry;
          const needed = key.appliesTo.filter((a) => setters.has(a)).map((a) => `sts:${a}`);
          const missing = needed.length > 0 && !needed.some((a) => present.has(a));
          if (missing && statement.effectValue !== 'Deny' && !passesWhenKeyAbsent(block, data)) {
            const data: KeyActionData = { candidates: [needed[0]], kind: 'missing' };
            findings.push({
              node: entry.property.keyNode, data,
              message: `${entry.key} is set by ${needed.join(' or ')}, which this statement does not allow: callers cannot set the key, so the condition never matches. Add ${needed[0]} to Action.`,
            });
            continue;
          }
          if (!allKnown || missing) continue;
          if (actions.some((a) => a!.conditionKeys.includes(key.key))) continue;
          const fitting = data.trustActions.actions.filter((a) => a.conditionKeys.includes(key.key)).map((a) => a.action);
          const findingData: KeyActionData = { candidates: fitting, kind: 'mismatch' };
          findings.push({
            node: entry.property.keyNode, data: findingData,
            message: `${entry.key} is never present in ${names.join(' / ')} requests${fitting.length ? ` (it comes with ${fitting.join(', ')})` : ''}, so this condition does not do what it says.`,
          });
        }
      }
    }
    return findings;
  },
  fix(finding, { policy }): Fix[] {
    const data = finding.data as KeyActionData | undefined;
    if (data?.kind !== 'missing' || !finding.node) return [];
    const statement = policy.statements.find((s) => s.node.offset <= finding.node!.offset && finding.node!.offset < s.node.offset + s.node.length);
    if (!statement?.action) return [];
    return data.candidates.map((name, i) => ({ title: `Add "${name}" to Action`, edits: addActionEdits(statement.action!, name), isPreferred: i === 0 }));
  },
};
