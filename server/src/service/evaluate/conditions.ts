// Evaluates a statement's Condition element against request context keys, naming the first test that fails.
import type { ConditionOperatorEntry } from '../../data/types';
import type { ConditionBlock, ConditionEntry } from '../document';
import type { Knowledge } from '../knowledge';
import type { ContextValue } from './request';
import { arnParts, globMatch, ipInRange, literal, parseBool, parseDate, parseIpRange, parseNumber, patternText, splitPattern, type Pattern } from './values';
import { substitute } from './variables';

export interface ConditionFailure {
  /** Our words on why the test failed. */
  message: string;
  /** The condition entry (key) or operator that failed, for editors. */
  node: { offset: number; length: number };
  /** The policy is malformed here (unknown operator, bad value); IAM would reject it. */
  policyProblem?: boolean;
}

export interface ConditionContext {
  knowledge: Knowledge;
  /** Context keys by lower-case name. */
  lookup(key: string): ContextValue | undefined;
  /** Version 2012-10-17 substitutes ${...}; older policies read it as text. */
  variables: boolean;
}

const SET_QUALIFIERS = new Set(['ForAllValues', 'ForAnyValue']);

type Outcome = 'match' | 'nomatch' | 'error';

const quote = (s: string) => `"${s}"`;
const list = (values: readonly string[]) => (values.length === 1 ? quote(values[0]) : `one of ${values.map(quote).join(', ')}`);
const showValue = (v: ContextValue) => (typeof v === 'string' ? quote(v) : `[${v.map(quote).join(', ')}]`);

/** Compares one request value with one policy value under a positive (non-negated) operator of the family. */
function compareOne(op: ConditionOperatorEntry, name: string, requestValue: string, policyValue: Pattern): Outcome {
  const text = patternText(policyValue);
  switch (op.family) {
    case 'String':
      if (name.includes('IgnoreCase')) return text.toLowerCase() === requestValue.toLowerCase() ? 'match' : 'nomatch';
      if (op.supportsWildcards) return globMatch(policyValue, requestValue) ? 'match' : 'nomatch';
      return text === requestValue ? 'match' : 'nomatch';
    case 'Numeric': {
      const a = parseNumber(requestValue);
      const b = parseNumber(text);
      if (a === undefined || b === undefined) return 'error';
      return compareOrdered(name.replace(/^Numeric(Not)?/, ''), a, b) ? 'match' : 'nomatch';
    }
    case 'Date': {
      const a = parseDate(requestValue);
      const b = parseDate(text);
      if (a === undefined || b === undefined) return 'error';
      return compareOrdered(name.replace(/^Date(Not)?/, ''), a, b) ? 'match' : 'nomatch';
    }
    case 'Boolean': {
      const a = parseBool(requestValue);
      const b = parseBool(text);
      if (a === undefined || b === undefined) return 'error';
      return a === b ? 'match' : 'nomatch';
    }
    case 'Binary':
      return text === requestValue ? 'match' : 'nomatch';
    case 'IPAddress': {
      const a = parseIpRange(requestValue);
      const b = parseIpRange(text);
      if (!a || a.prefix !== (a.version === 4 ? 32 : 128) || !b) return 'error';
      return ipInRange(a, b) ? 'match' : 'nomatch';
    }
    case 'ARN': {
      const req = arnParts(requestValue);
      const pol = splitPattern(policyValue, ':', 6);
      if (!req || pol.length < 6 || patternText(pol[0]) !== 'arn') return 'error';
      return pol.every((part, i) => globMatch(part, req[i])) ? 'match' : 'nomatch';
    }
    default:
      return 'error';
  }
}

function compareOrdered(relation: string, request: number, policy: number): boolean {
  switch (relation) {
    case 'Equals': return request === policy;
    case 'LessThan': return request < policy;
    case 'LessThanEquals': return request <= policy;
    case 'GreaterThan': return request > policy;
    case 'GreaterThanEquals': return request >= policy;
    default: return false;
  }
}

/**
 * Does one request value satisfy the operator against the listed values? A positive operator wants a match with
 * any listed value; a negated one wants a match with none, and a value it cannot read counts against it.
 */
function valueSatisfies(op: ConditionOperatorEntry, request: string, policy: readonly (Pattern | undefined)[]): boolean {
  const outcomes = policy.map((p) => (p === undefined ? 'error' : compareOne(op, op.operator, request, p)));
  if (op.negated) return outcomes.every((o) => o === 'nomatch');
  return outcomes.some((o) => o === 'match');
}

/** Tests one key of a condition block; undefined when it passes, else why it failed. */
function testEntry(block: ConditionBlock, op: ConditionOperatorEntry | 'Null', entry: ConditionEntry, ctx: ConditionContext): string | undefined {
  const { qualifier, ifExists } = block.parsed;
  const key = entry.key;
  const value = ctx.lookup(key);
  const policyTexts = entry.values.map((v) => (v.value === null ? 'null' : String(v.value)));
  if (entry.values.length === 0) return `${quote(key)} lists no values, so ${block.operator} cannot match`;
  if (op === 'Null') {
    const wantsAbsent = policyTexts.map((t) => t.toLowerCase());
    const present = value !== undefined;
    if (wantsAbsent.includes(present ? 'false' : 'true')) return undefined;
    return present ? `${quote(key)} is present (${showValue(value)}); Null ${list(policyTexts)} wants it absent` : `${quote(key)} is absent; Null ${list(policyTexts)} wants it present`;
  }
  if (value === undefined) {
    if (ifExists) return undefined;
    if (qualifier === 'ForAllValues') return undefined;
    if (qualifier === 'ForAnyValue') return `${quote(key)} is absent, and ${block.operator} needs at least one value`;
    if (op.negated) return undefined;
    return `${quote(key)} is absent; ${block.operator} wants ${list(policyTexts)}`;
  }
  const policy = policyTexts.map((t) => (op.supportsPolicyVariables && ctx.variables ? substitute(t, ctx.lookup, op.supportsWildcards) : op.supportsWildcards ? wildcardPattern(t) : literal(t)));
  if (qualifier === undefined) {
    if (typeof value !== 'string') return `${quote(key)} has several values ${showValue(value)}; ${block.operator} compares a single value, so use ForAnyValue: or ForAllValues:`;
    if (valueSatisfies(op, value, policy)) return undefined;
    return `${quote(key)} is ${quote(value)}; ${block.operator} wants ${op.negated ? `none of ${policyTexts.map(quote).join(', ')}` : list(policyTexts)}${unreadable(op, value, policy)}`;
  }
  const values = typeof value === 'string' ? [value] : value;
  if (qualifier === 'ForAllValues') {
    const bad = values.find((v) => !valueSatisfies(op, v, policy));
    if (bad === undefined) return undefined;
    return `${quote(key)} has the value ${quote(bad)}, which ${block.operator} does not allow (every value must ${op.negated ? 'match none of' : 'match'} ${policyTexts.map(quote).join(', ')})`;
  }
  if (values.some((v) => valueSatisfies(op, v, policy))) return undefined;
  if (values.length === 0) return `${quote(key)} is an empty list, and ${block.operator} needs at least one value`;
  return `${quote(key)} is ${showValue(value)}; ${block.operator} wants at least one value ${op.negated ? 'matching none of' : 'matching'} ${policyTexts.map(quote).join(', ')}`;
}

function wildcardPattern(text: string): Pattern {
  return text.split(/([*?])/).filter(Boolean).map((s) => (s === '*' || s === '?' ? { wildcard: s } : { text: s }));
}

/** Says when the request value is unreadable for the family, or a policy variable had no value. */
function unreadable(op: ConditionOperatorEntry, value: string, policy: readonly (Pattern | undefined)[]): string {
  const notes: string[] = [];
  if (policy.some((p) => p === undefined)) notes.push('a policy variable in the listed values has no value in this request');
  const probe = policy.find((p) => p !== undefined);
  if (probe && compareOne(op, op.operator, value, probe) === 'error') {
    const readable = { Numeric: parseNumber(value) !== undefined, Date: parseDate(value) !== undefined, Boolean: parseBool(value) !== undefined, IPAddress: !!parseIpRange(value), ARN: !!arnParts(value) }[op.family as 'Numeric'];
    notes.push(readable === false ? `"${value}" is not a valid ${op.family === 'IPAddress' ? 'IP address' : op.family === 'Boolean' ? 'boolean' : op.family.toLowerCase()} value` : `a listed value is not a valid ${op.family.toLowerCase()} value`);
  }
  return notes.length ? ` (${notes.join('; ')})` : '';
}

/** Resolves an operator name through the reference data; a message when IAM would not accept it. */
export function resolveOperator(block: ConditionBlock, knowledge: Knowledge): { op: ConditionOperatorEntry | 'Null' } | { problem: string } {
  const { qualifier, base, ifExists } = block.parsed;
  if (qualifier !== undefined && !SET_QUALIFIERS.has(qualifier)) return { problem: `unknown condition operator "${block.operator}" (the part before ":" must be ForAllValues or ForAnyValue)` };
  const entry = knowledge.operator(base);
  if (!entry) return { problem: `unknown condition operator "${block.operator}"` };
  if (entry.operator === 'Null') {
    if (ifExists || qualifier) return { problem: `"${block.operator}": Null takes no IfExists or ForAllValues:/ForAnyValue:` };
    return { op: 'Null' };
  }
  if (ifExists && !entry.supportsIfExists) return { problem: `"${block.operator}": ${base} has no IfExists form` };
  if (qualifier && !entry.supportsSetQualifiers) return { problem: `"${block.operator}": ${base} takes no ForAllValues:/ForAnyValue:` };
  return { op: entry };
}

/** Tests every block and key (all must pass); returns the first failure in source order. */
export function testConditions(blocks: readonly ConditionBlock[], ctx: ConditionContext): ConditionFailure | undefined {
  for (const block of blocks) {
    const resolved = resolveOperator(block, ctx.knowledge);
    if ('problem' in resolved) return { message: `${resolved.problem}; IAM rejects such a policy, and here the statement never matches`, node: block.property.keyNode, policyProblem: true };
    if (block.property.valueNode?.type !== 'object') return { message: `${quote(block.operator)} must hold an object of key: values`, node: block.property.keyNode, policyProblem: true };
    for (const entry of block.entries) {
      if (entry.invalidValues.length) return { message: `${quote(entry.key)} has a value that is not a string, number or boolean`, node: entry.property.node, policyProblem: true };
      const failed = testEntry(block, resolved.op, entry, ctx);
      if (failed) return { message: failed, node: entry.property.node };
    }
  }
  return undefined;
}
