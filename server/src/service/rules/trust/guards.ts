// Condition-aware helpers shared by the trust rules: which conditions narrow a statement, and how.
import type { ConditionBlock, ConditionEntry, Statement, TrustPolicy } from '../../document';
import { isDeny } from '../../document';
import { statementActions } from '../../statement-kinds';
import { parseAwsPrincipal } from '../../principals';

/** Operators under which a present, matching key narrows who can assume the role. */
const POSITIVE_BASES = new Set(['StringEquals', 'StringEqualsIgnoreCase', 'StringLike', 'ArnEquals', 'ArnLike']);

/** Keys that pin an AWS principal (or anyone, for "*") to a known caller. */
export const PRINCIPAL_GUARD_KEYS = ['aws:PrincipalOrgID', 'aws:PrincipalOrgPaths', 'aws:PrincipalArn', 'aws:PrincipalAccount', 'sts:ExternalId'];
/** Keys that tie a service principal to the resource or account it acts for. */
export const SOURCE_KEYS = ['aws:SourceArn', 'aws:SourceAccount', 'aws:SourceOrgID', 'aws:SourceOrgPaths'];

export interface GuardEntry {
  block: ConditionBlock;
  entry: ConditionEntry;
  /** String values of the entry. */
  values: string[];
}

export const sameKey = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * True when the block requires the key to be present and to match: a string or ARN equality/Like operator,
 * optionally `ForAnyValue:`, never negated, never `IfExists` (an absent key would pass) nor `ForAllValues:`
 * (vacuously true when the key is absent).
 */
export function isPositiveBlock(block: ConditionBlock): boolean {
  const q = block.parsed.qualifier;
  if (q !== undefined && q !== 'ForAnyValue') return false;
  return !block.parsed.ifExists && POSITIVE_BASES.has(block.parsed.base);
}

const isWildcardOnly = (block: ConditionBlock, v: string) => /Like$/.test(block.parsed.base) && /^[*?]+$/.test(v);

/**
 * Entries of `statement` for any of `keys` under a positive operator with at least one value that is not just `*`
 * (or with any value when `keepWildcards` is set, for rules that judge how broad a pattern is).
 */
export function positiveEntries(statement: Statement, keys: readonly string[], keepWildcards = false): GuardEntry[] {
  const out: GuardEntry[] = [];
  for (const block of statement.condition?.blocks ?? []) {
    if (!isPositiveBlock(block)) continue;
    for (const entry of block.entries) {
      if (!keys.some((k) => sameKey(k, entry.key))) continue;
      // IAM reads numbers and booleans in condition values as their text (`111122223333` as an account id).
      const values = entry.values.filter((v) => v.value !== null).map((v) => String(v.value));
      if (values.length === 0 || (!keepWildcards && values.every((v) => isWildcardOnly(block, v)))) continue;
      out.push({ block, entry, values });
    }
  }
  return out;
}

/** Every condition entry of the statement for a key, whatever the operator. */
export function entriesFor(statement: Statement, key: string): { block: ConditionBlock; entry: ConditionEntry }[] {
  const out: { block: ConditionBlock; entry: ConditionEntry }[] = [];
  for (const block of statement.condition?.blocks ?? []) for (const entry of block.entries) if (sameKey(entry.key, key)) out.push({ block, entry });
  return out;
}

/** The principal guard keys that narrow this statement (empty when none). */
export function principalGuards(statement: Statement, keys: readonly string[] = PRINCIPAL_GUARD_KEYS): string[] {
  return [...new Set(positiveEntries(statement, keys).map((g) => keys.find((k) => sameKey(k, g.entry.key)) ?? g.entry.key))];
}

/**
 * True when the statement requires MFA: `Bool` aws:MultiFactorAuthPresent true (not BoolIfExists, which lets
 * long-term keys through) or a `NumericLessThan(Equals)` aws:MultiFactorAuthAge without IfExists.
 */
export function requiresMfa(statement: Statement): boolean {
  for (const block of statement.condition?.blocks ?? []) {
    if (block.parsed.ifExists || block.parsed.qualifier !== undefined) continue;
    for (const entry of block.entries) {
      if (block.parsed.base === 'Bool' && sameKey(entry.key, 'aws:MultiFactorAuthPresent') && entry.values.length > 0 && entry.values.every((v) => String(v.value).toLowerCase() === 'true')) return true;
      if (/^NumericLessThan(Equals)?$/.test(block.parsed.base) && sameKey(entry.key, 'aws:MultiFactorAuthAge') && entry.values.length > 0) return true;
    }
  }
  return false;
}

/** Security rules look at Allow statements only: a Deny never widens access. */
export function isAllow(statement: Statement): boolean {
  return statement.isObject && !isDeny(statement);
}

// Action patterns compiled once (bounded: a policy has few distinct actions, but a session sees many policies).
const actionPatterns = new Map<string, RegExp>();
function actionPattern(pattern: string): RegExp {
  let re = actionPatterns.get(pattern);
  if (!re) {
    if (actionPatterns.size >= 512) actionPatterns.clear();
    re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
    actionPatterns.set(pattern, re);
  }
  return re;
}

/** True when the statement can grant `action` (listed, matched by a wildcard, or not excluded by NotAction). */
export function grantsAction(statement: Statement, action: string): boolean {
  if (!statement.action && !statement.notAction) return true;
  const matches = (pattern: string) => actionPattern(pattern).test(action);
  const names = statementActions(statement);
  return statement.action ? names.some(matches) : !names.some(matches);
}

/** The host part of an OIDC-style key (`host[/path]:claim`), or undefined for `aws:`, `sts:`, `SAML:` keys. */
export function keyHost(key: string): { host: string; claim: string } | undefined {
  const colon = key.lastIndexOf(':');
  if (colon <= 0) return undefined;
  const host = key.slice(0, colon);
  if (!host.includes('.')) return undefined;
  return { host, claim: key.slice(colon + 1) };
}

/** Positive entries for `host:claim`, for each claim given. */
export function claimEntries(statement: Statement, host: string, claim: string): GuardEntry[] {
  return positiveEntries(statement, [`${host}:${claim}`]);
}

/** Negated string/ARN operators: in a Deny they refuse every caller whose key does not match one of the values (or is absent). */
const NEGATED_BASES = new Set(['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike', 'ArnNotEquals', 'ArnNotLike']);

/** One principal value of an Allow statement, as a Deny must cover it. */
export interface PrincipalRef {
  type: 'AWS' | 'Service' | 'Federated';
  value: string;
}

/** The account a Deny's AWS value covers as a whole (an account id or root ARN), if it is one. */
function wholeAccount(value: string): string | undefined {
  const parsed = parseAwsPrincipal(value);
  return parsed.kind === 'account' || parsed.kind === 'root' ? parsed.account : undefined;
}

/** True when the Deny applies to this principal: `"*"`, `{"AWS": "*"}` or the principal's account for AWS principals, or the same value. */
function denyCovers(deny: Statement, p: PrincipalRef): boolean {
  if (deny.principal?.wildcard) return true;
  const account = p.type === 'AWS' ? parseAwsPrincipal(p.value).account : undefined;
  return (deny.principal?.groups ?? []).some((g) => g.type === p.type && g.values.some((v) => v.value.toLowerCase() === p.value.toLowerCase()
    || (p.type === 'AWS' && (v.value === '*' || (account !== undefined && wholeAccount(v.value) === account)))));
}

/**
 * True when some Deny statement of the policy refuses `action` to `principal` whenever one of its condition entries
 * holds and `refuses` accepts every entry of it (conditions are AND-ed: an entry `refuses` does not accept could let
 * the Deny lapse). For Deny statements whose condition names what is refused, e.g. guest identities by `amr`.
 */
export function denyRefuses(policy: TrustPolicy, principal: PrincipalRef, action: string, refuses: (block: ConditionBlock, entry: ConditionEntry, values: string[]) => boolean, id: string): boolean {
  // Answers are remembered per policy (by the test's id, principal and action): a rule asks once per statement.
  let answers = refusalAnswers.get(policy);
  if (!answers) {
    answers = new Map();
    refusalAnswers.set(policy, answers);
  }
  const key = `${id}\u0001${principal.type}\u0001${principal.value.toLowerCase()}\u0001${action}`;
  const known = answers.get(key);
  if (known !== undefined) return known;
  const answer = policy.statements.some((deny) => deny.isObject && isDeny(deny) && !!deny.condition && denyCovers(deny, principal) && grantsAction(deny, action)
    && deny.condition.blocks.length > 0
    && deny.condition.blocks.every((block) => block.entries.length > 0 && block.entries.every((entry) => refuses(block, entry, entry.values.filter((v) => v.value !== null).map((v) => String(v.value))))));
  answers.set(key, answer);
  return answer;
}
const refusalAnswers = new WeakMap<TrustPolicy, Map<string, boolean>>();

/** A matching key name test: `keyIn(['aws:PrincipalOrgID'])`. */
export const keyIn = (keys: readonly string[]) => guardKeyTest((key: string) => keys.some((k) => sameKey(k, key)), keys.join('\u0000'));

/** A key test with a name, so that denyGuards can remember its answers per policy (see denyGuards). */
export function guardKeyTest(test: (key: string) => boolean, id: string): (key: string) => boolean {
  return Object.assign(test, { guardKeyId: id });
}

/** Per policy: the Deny statements with conditions (usually none), and denyGuards answers already computed. */
const denyIndex = new WeakMap<TrustPolicy, { denies: Statement[]; answers: Map<string, GuardEntry[]> }>();

/**
 * Entries of Deny statements in the policy that refuse `action` to `principal` unless a guard key matches: the
 * Deny covers the principal and the action, and every entry of its Condition is a negated string or ARN test
 * (no set qualifier, no `*`-only value) of a key `isGuardKey` accepts. Conditions are AND-ed, so any other
 * condition would let the Deny lapse; with only guard tests a caller passes by matching at least one of them.
 * BoolIfExists aws:MultiFactorAuthPresent "false" counts when `mfa` is set (it refuses callers without MFA).
 */
export function denyGuards(policy: TrustPolicy, principal: PrincipalRef, action: string, isGuardKey: (key: string) => boolean, mfa = false): GuardEntry[] {
  // Rules ask once per principal value: without the index and the answers, that is principals x statements.
  let index = denyIndex.get(policy);
  if (!index) {
    index = { denies: policy.statements.filter((st) => st.isObject && isDeny(st) && !!st.condition), answers: new Map() };
    denyIndex.set(policy, index);
  }
  if (!index.denies.length) return [];
  const id = (isGuardKey as { guardKeyId?: string }).guardKeyId;
  const key = id === undefined ? undefined : `${id}\u0001${principal.type}\u0001${principal.value}\u0001${action}\u0001${mfa}`;
  const known = key === undefined ? undefined : index.answers.get(key);
  if (known) return known;
  const out: GuardEntry[] = [];
  for (const deny of index.denies) {
    if (!deny.condition || !denyCovers(deny, principal) || !grantsAction(deny, action)) continue;
    const entries: GuardEntry[] = [];
    const guarding = deny.condition.blocks.every((block) => block.entries.every((entry) => {
      const values = entry.values.filter((v) => v.value !== null).map((v) => String(v.value));
      if (values.length === 0) return false;
      const negated = block.parsed.qualifier === undefined && NEGATED_BASES.has(block.parsed.base) && isGuardKey(entry.key) && !values.some((v) => isWildcardOnly(block, v));
      const noMfa = mfa && block.parsed.base === 'Bool' && block.parsed.ifExists && block.parsed.qualifier === undefined && sameKey(entry.key, 'aws:MultiFactorAuthPresent') && values.every((v) => v.toLowerCase() === 'false');
      if (negated || noMfa) entries.push({ block, entry, values });
      return negated || noMfa;
    }));
    if (guarding) out.push(...entries);
  }
  if (key !== undefined) index.answers.set(key, out);
  return out;
}

/** The distinct key names of guard entries, as written in the policy. */
export function guardKeyNames(entries: readonly GuardEntry[]): string[] {
  return [...new Set(entries.map((g) => g.entry.key))];
}
