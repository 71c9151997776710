// Helpers for evaluator tests: one-statement policies and requests in their JSON form.
import assert from 'node:assert/strict';
import { bundledReferenceData } from '../../../server/src/data';
import { parseTrustPolicy } from '../../../server/src/service/document';
import { evaluateTrustPolicy, parseRequest, type EvaluationResult } from '../../../server/src/service/evaluate';

export const ANY_ROLE = 'arn:aws:iam::111122223333:role/caller';

export function evaluate(policy: unknown, request: unknown): EvaluationResult {
  const parsed = parseRequest(request);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return evaluateTrustPolicy(parseTrustPolicy(typeof policy === 'string' ? policy : JSON.stringify(policy)), parsed.value, bundledReferenceData);
}

/** Decision of a policy `Allow * sts:AssumeRole` with one condition, for a context. */
export function conditionDecision(condition: Record<string, unknown>, context: Record<string, unknown>, version = '2012-10-17'): EvaluationResult {
  return evaluate({ Version: version, Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Condition: condition }] }, { principal: ANY_ROLE, action: 'sts:AssumeRole', context });
}

export function allows(condition: Record<string, unknown>, context: Record<string, unknown>, version?: string): boolean {
  return conditionDecision(condition, context, version).decision === 'allow';
}

/** Asserts a table of [context, expected allow] rows for one condition. */
export function table(condition: Record<string, unknown>, rows: readonly [Record<string, unknown>, boolean][]): void {
  for (const [context, expected] of rows) {
    const r = conditionDecision(condition, context);
    assert.equal(r.decision === 'allow', expected, `${JSON.stringify(condition)} with ${JSON.stringify(context)}: ${r.statements[0]?.failure ?? 'matched'}`);
  }
}
