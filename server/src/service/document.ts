// Parses trust-policy text once (jsonc-parser) into a typed model whose every element keeps its node and range.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { OffsetRange } from './types';

export interface Property {
  key: string;
  /** The property node (key and value). */
  node: Node;
  keyNode: Node;
  valueNode: Node | undefined;
}

export interface StringValue {
  value: string;
  node: Node;
}

export interface ScalarValue {
  value: string | number | boolean | null;
  node: Node;
}

export interface SyntaxError {
  code: string;
  offset: number;
  length: number;
}

export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser' | string;

export interface PrincipalGroup {
  type: PrincipalType;
  property: Property;
  /** String values, from a single string or an array. */
  values: StringValue[];
  /** Values that are neither strings nor arrays of strings (malformed). */
  invalidValues: Node[];
  isArray: boolean;
}

export interface PrincipalElement {
  property: Property;
  /** `"Principal": "*"` */
  wildcard: boolean;
  groups: PrincipalGroup[];
}

export interface ActionElement {
  property: Property;
  values: StringValue[];
  invalidValues: Node[];
  isArray: boolean;
}

export interface ParsedOperator {
  /** `ForAllValues` / `ForAnyValue` or whatever came before the first ':' (may be a typo). */
  qualifier?: string;
  /** The operator without qualifier and IfExists suffix. */
  base: string;
  ifExists: boolean;
}

export interface ConditionEntry {
  key: string;
  property: Property;
  values: ScalarValue[];
  /** Values that are objects, arrays inside arrays or similar. */
  invalidValues: Node[];
  isArray: boolean;
}

export interface ConditionBlock {
  operator: string;
  parsed: ParsedOperator;
  property: Property;
  entries: ConditionEntry[];
}

export interface ConditionElement {
  property: Property;
  blocks: ConditionBlock[];
}

export interface Statement {
  index: number;
  /** The statement node; `isObject` is false when an array element is not an object. */
  node: Node;
  isObject: boolean;
  /** Every property in source order, duplicates included. */
  properties: Property[];
  sid?: Property;
  effect?: Property;
  /** The Effect value when it is a string. */
  effectValue?: string;
  principal?: PrincipalElement;
  notPrincipal?: Property;
  action?: ActionElement;
  notAction?: ActionElement;
  resource?: Property;
  notResource?: Property;
  condition?: ConditionElement;
}

export interface TrustPolicy {
  text: string;
  root: Node | undefined;
  syntaxErrors: SyntaxError[];
  /** Top-level properties in source order, duplicates included (empty when the root is not an object). */
  properties: Property[];
  version?: Property;
  id?: Property;
  statement?: Property;
  /** True when `Statement` is a single object rather than an array. */
  statementIsObject: boolean;
  statements: Statement[];
}

export function nodeRange(node: Node): OffsetRange {
  return { offset: node.offset, length: node.length };
}

/** The string value of a node, or undefined when it is not a string. */
export function stringOf(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}

function propertiesOf(node: Node | undefined): Property[] {
  if (node?.type !== 'object' || !node.children) return [];
  const result: Property[] = [];
  for (const child of node.children) {
    const keyNode = child.children?.[0];
    if (!keyNode || keyNode.type !== 'string') continue;
    result.push({ key: keyNode.value as string, node: child, keyNode, valueNode: child.children?.[1] });
  }
  return result;
}

/** The last property with this exact key (what a JSON reader that keeps the last duplicate sees). */
export function lastProperty(props: readonly Property[], key: string): Property | undefined {
  for (let i = props.length - 1; i >= 0; i--) if (props[i].key === key) return props[i];
  return undefined;
}

function stringValues(node: Node | undefined): { values: StringValue[]; invalid: Node[]; isArray: boolean } {
  const values: StringValue[] = [];
  const invalid: Node[] = [];
  if (!node) return { values, invalid, isArray: false };
  if (node.type === 'string') values.push({ value: node.value as string, node });
  else if (node.type === 'array') {
    for (const item of node.children ?? []) {
      if (item.type === 'string') values.push({ value: item.value as string, node: item });
      else invalid.push(item);
    }
    return { values, invalid, isArray: true };
  } else invalid.push(node);
  return { values, invalid, isArray: false };
}

export function parseOperator(operator: string): ParsedOperator {
  let rest = operator;
  let qualifier: string | undefined;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    qualifier = rest.slice(0, colon);
    rest = rest.slice(colon + 1);
  }
  const ifExists = rest.endsWith('IfExists') && rest.length > 'IfExists'.length;
  return { qualifier, base: ifExists ? rest.slice(0, -'IfExists'.length) : rest, ifExists };
}

function parsePrincipal(property: Property): PrincipalElement {
  const value = property.valueNode;
  const groups: PrincipalGroup[] = [];
  for (const p of propertiesOf(value)) {
    const { values, invalid, isArray } = stringValues(p.valueNode);
    groups.push({ type: p.key, property: p, values, invalidValues: invalid, isArray });
  }
  return { property, wildcard: value?.type === 'string' && value.value === '*', groups };
}

function parseAction(property: Property): ActionElement {
  const { values, invalid, isArray } = stringValues(property.valueNode);
  return { property, values, invalidValues: invalid, isArray };
}

function parseCondition(property: Property): ConditionElement {
  const blocks: ConditionBlock[] = [];
  for (const op of propertiesOf(property.valueNode)) {
    const entries: ConditionEntry[] = [];
    for (const k of propertiesOf(op.valueNode)) {
      const values: ScalarValue[] = [];
      const invalid: Node[] = [];
      const v = k.valueNode;
      const items = v?.type === 'array' ? (v.children ?? []) : v ? [v] : [];
      for (const item of items) {
        if (item.type === 'string' || item.type === 'number' || item.type === 'boolean' || item.type === 'null') {
          values.push({ value: item.value as ScalarValue['value'], node: item });
        } else invalid.push(item);
      }
      entries.push({ key: k.key, property: k, values, invalidValues: invalid, isArray: v?.type === 'array' });
    }
    blocks.push({ operator: op.key, parsed: parseOperator(op.key), property: op, entries });
  }
  return { property, blocks };
}

function parseStatement(node: Node, index: number): Statement {
  const properties = propertiesOf(node);
  const get = (key: string) => lastProperty(properties, key);
  const effect = get('Effect');
  const principal = get('Principal');
  const action = get('Action');
  const notAction = get('NotAction');
  const condition = get('Condition');
  return {
    index,
    node,
    isObject: node.type === 'object',
    properties,
    sid: get('Sid'),
    effect,
    effectValue: stringOf(effect?.valueNode),
    principal: principal && parsePrincipal(principal),
    notPrincipal: get('NotPrincipal'),
    action: action && parseAction(action),
    notAction: notAction && parseAction(notAction),
    resource: get('Resource'),
    notResource: get('NotResource'),
    condition: condition && parseCondition(condition),
  };
}

/** Parses a trust policy. Never throws; syntax errors are collected and the rest is still modelled. */
export function parseTrustPolicy(text: string): TrustPolicy {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  const properties = propertiesOf(root);
  const statement = lastProperty(properties, 'Statement');
  const sv = statement?.valueNode;
  let statements: Statement[] = [];
  if (sv?.type === 'array') statements = (sv.children ?? []).map((n, i) => parseStatement(n, i));
  else if (sv?.type === 'object') statements = [parseStatement(sv, 0)];
  return {
    text,
    root,
    syntaxErrors: errors.map((e) => ({ code: printParseErrorCode(e.error), offset: e.offset, length: e.length })),
    properties,
    version: lastProperty(properties, 'Version'),
    id: lastProperty(properties, 'Id'),
    statement,
    statementIsObject: sv?.type === 'object',
    statements,
  };
}

/** Effect as IAM reads it; statements without a valid Effect count as Allow for risk checks. */
export function isDeny(statement: Statement): boolean {
  return statement.effectValue === 'Deny';
}
