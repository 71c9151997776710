// Iterates the condition blocks and entries of a policy and finds them again from a finding's data.
import type { ConditionBlock, ConditionElement, ConditionEntry, ScalarValue, Statement, TrustPolicy } from '../../document';
import type { ReferenceData } from '../../../data/types';
import type { ConditionKeyEntry, ConditionOperatorEntry } from '../../../data/types';
import { knowledgeFor } from '../../knowledge';

/** Where a finding sits in the model; travels as finding data so a fix can find the elements again. */
export interface ConditionPath {
  statement: number;
  block: number;
  entry?: number;
  value?: number;
}

export interface EntryVisit {
  statement: Statement;
  condition: ConditionElement;
  block: ConditionBlock;
  entry: ConditionEntry;
  path: ConditionPath;
  /** The operator's reference entry (base name), if the operator is known. */
  operator: ConditionOperatorEntry | undefined;
  /** The key's reference entry, if the key is known (templates such as OIDC hosts included). */
  key: ConditionKeyEntry | undefined;
}

export interface BlockVisit {
  statement: Statement;
  condition: ConditionElement;
  block: ConditionBlock;
  path: ConditionPath;
}

// Many rules walk the same conditions of the same parsed document: the visits are built once per model.
const blockCache = new WeakMap<TrustPolicy, readonly BlockVisit[]>();
const entryCache = new WeakMap<TrustPolicy, { data: ReferenceData; visits: readonly EntryVisit[] }>();

export function conditionBlocks(policy: TrustPolicy): readonly BlockVisit[] {
  const hit = blockCache.get(policy);
  if (hit) return hit;
  const visits: BlockVisit[] = [];
  for (const statement of policy.statements) {
    const condition = statement.condition;
    if (!condition) continue;
    for (let b = 0; b < condition.blocks.length; b++) {
      visits.push({ statement, condition, block: condition.blocks[b], path: { statement: statement.index, block: b } });
    }
  }
  blockCache.set(policy, visits);
  return visits;
}

export function conditionEntries(policy: TrustPolicy, data: ReferenceData): readonly EntryVisit[] {
  const hit = entryCache.get(policy);
  if (hit && hit.data === data) return hit.visits;
  const knowledge = knowledgeFor(data);
  const visits: EntryVisit[] = [];
  for (const { statement, condition, block, path } of conditionBlocks(policy)) {
    const operator = knowledge.operator(block.parsed.base);
    for (let e = 0; e < block.entries.length; e++) {
      const entry = block.entries[e];
      visits.push({ statement, condition, block, entry, path: { ...path, entry: e }, operator, key: knowledge.conditionKey(entry.key)?.entry });
    }
  }
  entryCache.set(policy, { data, visits });
  return visits;
}

export interface Located {
  statement: Statement;
  condition: ConditionElement;
  block: ConditionBlock;
  entry?: ConditionEntry;
  value?: ScalarValue;
}

/** Finds the elements a finding's data points at in the current model, or undefined when they are gone. */
export function locate(policy: TrustPolicy, data: Record<string, unknown> | undefined): Located | undefined {
  const path = data?.path as ConditionPath | undefined;
  if (!path) return undefined;
  const statement = policy.statements.find((s) => s.index === path.statement);
  const condition = statement?.condition;
  const block = condition?.blocks[path.block];
  if (!statement || !condition || !block) return undefined;
  const entry = path.entry === undefined ? undefined : block.entries[path.entry];
  if (path.entry !== undefined && !entry) return undefined;
  const value = path.value === undefined ? undefined : entry?.values[path.value];
  if (path.value !== undefined && !value) return undefined;
  return { statement, condition, block, entry, value };
}

/** The key type without the ArrayOf prefix (ArrayOfARN -> ARN). */
export function scalarType(type: string): string {
  return type.startsWith('ArrayOf') ? type.slice('ArrayOf'.length) : type;
}

/** The operator text with a new base, keeping the set qualifier and IfExists suffix. */
export function withBase(block: ConditionBlock, base: string): string {
  return `${block.parsed.qualifier !== undefined ? `${block.parsed.qualifier}:` : ''}${base}${block.parsed.ifExists ? 'IfExists' : ''}`;
}

/** Condition keys are case-insensitive in IAM. */
export function sameKey(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Text of a value with the policy variables removed (`${*}` and `${?}` stand for literal characters). */
export function withoutVariables(value: string): string {
  return value.replace(/\$\{[^}]*\}/g, '');
}
