// Decides a request against a role trust policy on its own: allow when an Allow statement matches and no Deny does.
import type { ReferenceData } from '../../data/types';
import { stringOf, type Statement, type TrustPolicy } from '../document';
import { knowledgeFor } from '../knowledge';
import { testConditions } from './conditions';
import { matchPrincipalElement, matchNotPrincipal } from './principal-match';
import type { ContextValue, EvaluationRequest } from './request';
import { globMatch } from './values';

export type Decision = 'allow' | 'deny';

export interface StatementResult {
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny' | undefined;
  /** Principal, action and every condition matched. */
  matched: boolean;
  /** For a statement that did not match: the first thing that failed, in our words. */
  failure?: string;
  /** What failed: the part of the statement it sits in. */
  failedAt?: 'effect' | 'principal' | 'action' | 'condition';
  /** Offsets of the statement, and of the element that failed (for editors). */
  range: { offset: number; length: number };
  failureRange?: { offset: number; length: number };
}

export interface EvaluationResult {
  decision: Decision;
  /** allowed; denied by a matching Deny (explicit); or denied for want of a matching Allow (implicit). */
  reason: 'allowed' | 'explicit-deny' | 'implicit-deny';
  statements: StatementResult[];
  /** Things in the policy IAM would reject (unknown operator, NotPrincipal in a trust policy...). */
  policyProblems: string[];
  /** One sentence: the decision and what decided it. */
  summary: string;
}

const label = (st: StatementResult) => `statement ${st.index + 1}${st.sid ? ` (${st.sid})` : ''}`;

function matchActions(statement: Statement, action: string): { ok: boolean; message?: string; node?: { offset: number; length: number } } {
  const el = statement.action ?? statement.notAction;
  if (!el) return { ok: false, message: 'the statement has no Action', node: statement.node };
  if (statement.action && statement.notAction) return { ok: false, message: 'the statement has both Action and NotAction; IAM rejects that', node: statement.notAction.property.node };
  const patterns = el.values.map((v) => v.value);
  const hit = patterns.some((p) => globMatch(p.split(/([*?])/).filter(Boolean).map((s) => (s === '*' || s === '?' ? { wildcard: s } : { text: s })), action, true));
  const want = statement.action ? hit : !hit;
  if (want) return { ok: true };
  const shown = patterns.map((p) => `"${p}"`).join(', ') || 'nothing';
  return {
    ok: false,
    message: statement.action ? `the action "${action}" is not in Action (${shown})` : `the action "${action}" is excluded by NotAction (${shown})`,
    node: el.property.node,
  };
}

/** Evaluates a trust policy model (from a file, or later an embedded policy) against one request. Pure and total. */
export function evaluateTrustPolicy(policy: TrustPolicy, request: EvaluationRequest, data: ReferenceData): EvaluationResult {
  const knowledge = knowledgeFor(data);
  const context = new Map<string, ContextValue>();
  for (const [k, v] of Object.entries(request.context)) context.set(k.toLowerCase(), v);
  const version = stringOf(policy.version?.valueNode);
  const conditionContext = { knowledge, lookup: (key: string) => context.get(key.toLowerCase()), variables: version === '2012-10-17' };
  const problems = new Set<string>();
  if (policy.syntaxErrors.length) problems.add('the policy is not valid JSON; only the parts that could be read were evaluated');
  const statements: StatementResult[] = [];
  for (const st of policy.statements) {
    const result: StatementResult = {
      index: st.index,
      sid: stringOf(st.sid?.valueNode),
      effect: st.effectValue === 'Allow' || st.effectValue === 'Deny' ? st.effectValue : undefined,
      matched: false,
      range: { offset: st.node.offset, length: st.node.length },
    };
    statements.push(result);
    const fail = (at: StatementResult['failedAt'], message: string, node?: { offset: number; length: number }) => {
      result.failedAt = at;
      result.failure = message;
      if (node) result.failureRange = { offset: node.offset, length: node.length };
    };
    if (!st.isObject) {
      fail('effect', 'this statement is not an object');
      continue;
    }
    if (!result.effect) {
      fail('effect', st.effect ? `Effect must be "Allow" or "Deny", not ${JSON.stringify(st.effectValue ?? null)}` : 'the statement has no Effect', st.effect?.node ?? st.node);
      continue;
    }
    if (st.notPrincipal) problems.add(`${label(result)} uses NotPrincipal, which IAM does not accept in a role trust policy`);
    const principal = st.principal
      ? matchPrincipalElement(st.principal, request.principal)
      : st.notPrincipal
        ? matchNotPrincipal(st.notPrincipal, request.principal)
        : { ok: false, message: 'the statement has no Principal', node: st.node };
    if (!principal.ok) {
      fail('principal', principal.message ?? 'the principal does not match', principal.node);
      continue;
    }
    const action = matchActions(st, request.action);
    if (!action.ok) {
      fail('action', action.message ?? 'the action does not match', action.node);
      continue;
    }
    const failed = st.condition ? testConditions(st.condition.blocks, conditionContext) : undefined;
    if (failed) {
      if (failed.policyProblem) problems.add(`${label(result)}: ${failed.message.replace(/; IAM rejects.*$/, '')}`);
      fail('condition', failed.message, failed.node);
      continue;
    }
    result.matched = true;
  }
  const deny = statements.find((s) => s.matched && s.effect === 'Deny');
  const allow = statements.find((s) => s.matched && s.effect === 'Allow');
  const reason = deny ? 'explicit-deny' : allow ? 'allowed' : 'implicit-deny';
  const summary = deny
    ? `Denied explicitly: ${label(deny)} is a Deny that matches.`
    : allow
      ? `Allowed by ${label(allow)}.`
      : statements.length
        ? 'Denied: no Allow statement matches.'
        : 'Denied: the policy has no statements.';
  return { decision: reason === 'allowed' ? 'allow' : 'deny', reason, statements, policyProblems: [...problems], summary };
}

