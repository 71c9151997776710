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

/** Nesting deeper than this is not parsed (jsonc-parser recurses per level); no policy comes close. */
export const MAX_NESTING_DEPTH = 128;
/** Syntax errors kept per document; a binary or garbage file would otherwise yield one per character. */
export const MAX_SYNTAX_ERRORS = 1000;
/** Code of the syntax error reported where nesting passes MAX_NESTING_DEPTH. */
export const NESTING_TOO_DEEP = 'NestingTooDeep';

/**
 * Finds values nested deeper than MAX_NESTING_DEPTH with one iterative pass that skips strings and comments the
 * way jsonc-parser's scanner does. Returns each too-deep value's span (open bracket to its matching close or EOF).
 */
export function tooDeepSpans(text: string): OffsetRange[] {
  const spans: OffsetRange[] = [];
  // Fast path: nesting cannot pass the limit with fewer opening brackets than that (indexOf is far cheaper than a scan).
  let opens = 0;
  for (const bracket of ['{', '[']) {
    for (let at = text.indexOf(bracket); at >= 0 && opens <= MAX_NESTING_DEPTH; at = text.indexOf(bracket, at + 1)) opens++;
  }
  if (opens <= MAX_NESTING_DEPTH) return spans;
  let depth = 0;
  let deepStart = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22 || d === 0x0a || d === 0x0d) break;
      }
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      while (i < n && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 1;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      if (depth === MAX_NESTING_DEPTH + 1 && deepStart < 0) deepStart = i;
    } else if ((c === 0x5d /* ] */ || c === 0x7d /* } */) && depth > 0) {
      depth--;
      if (depth === MAX_NESTING_DEPTH && deepStart >= 0) {
        spans.push({ offset: deepStart, length: i + 1 - deepStart });
        deepStart = -1;
      }
    }
  }
  if (deepStart >= 0) spans.push({ offset: deepStart, length: n - deepStart });
  return spans;
}

/** Replaces each too-deep value by a same-length placeholder (`0` and spaces) so every other offset is unchanged. */
function flattenDeepValues(text: string, spans: readonly OffsetRange[]): string {
  let out = '';
  let last = 0;
  for (const s of spans) {
    out += text.slice(last, s.offset) + '0'.padEnd(s.length, ' ');
    last = s.offset + s.length;
  }
  return out + text.slice(last);
}

/** jsonc-parser can report an unclosed comment one character past the end; keep every range inside the text. */
function clampedError(code: string, offset: number, length: number, textLength: number): SyntaxError {
  const start = Math.min(Math.max(offset, 0), textLength);
  return { code, offset: start, length: Math.max(0, Math.min(length, textLength - start)) };
}

/**
 * jsonc-parser lets nodes that end in an unclosed comment (`[/*`) reach one character past the text. Only nodes that
 * end at the end of the text can, and those form the rightmost spine of the tree, so clamping that is enough.
 */
function clampRightmostSpine(root: Node | undefined, textLength: number): void {
  for (let node = root; node && node.offset + node.length > textLength; node = node.children?.[node.children.length - 1]) {
    (node as { length: number }).length = Math.max(0, textLength - node.offset);
  }
}

/** The text each policy was parsed from, when it differs from policy.text (too-deep values flattened). */
const parsedTexts = new WeakMap<TrustPolicy, string>();

/**
 * The text to hand to other jsonc-parser functions that recurse (getLocation, visit): same length and offsets as
 * policy.text, with values nested past MAX_NESTING_DEPTH flattened so they cannot overflow the stack.
 */
export function safeTextOf(policy: TrustPolicy): string {
  return parsedTexts.get(policy) ?? policy.text;
}

/**
 * Parses a trust policy. Never throws; syntax errors are collected and the rest is still modelled.
 * Values nested deeper than MAX_NESTING_DEPTH are left out of the tree and reported as one syntax error each.
 */
export function parseTrustPolicy(text: string): TrustPolicy {
  const deep = tooDeepSpans(text);
  const parsedText = deep.length ? flattenDeepValues(text, deep) : text;
  const errors: ParseError[] = [];
  let root: Node | undefined;
  let deepErrors = deep.map((s) => ({ code: NESTING_TOO_DEEP, offset: s.offset, length: 1 }));
  try {
    root = parseTree(parsedText, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  } catch {
    // Last resort (the depth guard should make this unreachable): an empty model with one error at the start.
    root = undefined;
    errors.length = 0;
    deepErrors = [{ code: NESTING_TOO_DEEP, offset: 0, length: 0 }];
  }
  clampRightmostSpine(root, text.length);
  const properties = propertiesOf(root);
  const statement = lastProperty(properties, 'Statement');
  const sv = statement?.valueNode;
  let statements: Statement[] = [];
  if (sv?.type === 'array') statements = (sv.children ?? []).map((n, i) => parseStatement(n, i));
  else if (sv?.type === 'object') statements = [parseStatement(sv, 0)];
  const policy: TrustPolicy = {
    text,
    root,
    syntaxErrors: [...deepErrors, ...errors.slice(0, MAX_SYNTAX_ERRORS).map((e) => clampedError(printParseErrorCode(e.error), e.offset, e.length, text.length))]
      .sort((a, b) => a.offset - b.offset).slice(0, MAX_SYNTAX_ERRORS),
    properties,
    version: lastProperty(properties, 'Version'),
    id: lastProperty(properties, 'Id'),
    statement,
    statementIsObject: sv?.type === 'object',
    statements,
  };
  if (parsedText !== text) parsedTexts.set(policy, parsedText);
  return policy;
}

/** Effect as IAM reads it; statements without a valid Effect count as Allow for risk checks. */
export function isDeny(statement: Statement): boolean {
  return statement.effectValue === 'Deny';
}
