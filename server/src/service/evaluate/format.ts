// Plain-text rendering of an evaluation: decision, expansion, and one line per statement (CLI, editor output).
import type { EvaluationResult } from './evaluate';
import type { ResolvedRequest } from './shorthand';
import { requestToJson } from './request';

export function statementLabel(index: number, sid: string | undefined): string {
  return `Statement ${index + 1}${sid ? ` (${sid})` : ''}`;
}

/** The decision in a few words: "ALLOW", "DENY (explicit)", "DENY (no Allow matches)". */
export function decisionText(result: EvaluationResult): string {
  return result.reason === 'allowed' ? 'ALLOW' : result.reason === 'explicit-deny' ? 'DENY (explicit)' : 'DENY (no Allow matches)';
}

/** One line per statement: matched, or the first thing that failed. */
export function statementLines(result: EvaluationResult): string[] {
  return result.statements.map((s) => {
    const head = `${statementLabel(s.index, s.sid)}${s.effect ? ` [${s.effect}]` : ''}`;
    return s.matched ? `${head}: matches${s.effect === 'Deny' ? ', so the request is denied' : ''}` : `${head}: does not match: ${s.failure}`;
  });
}

export function formatEvaluation(result: EvaluationResult, resolved: ResolvedRequest): string {
  const lines = [`Decision: ${decisionText(result)}. ${result.summary}`];
  if (resolved.expansion) lines.push('', 'Request (expanded from the shorthand):', JSON.stringify(requestToJson(resolved.request), null, 2));
  else if (resolved.filled.length) lines.push('', `Filled in from the principal: ${resolved.filled.map((k) => `${k} = ${JSON.stringify(resolved.request.context[k])}`).join(', ')}`);
  lines.push('', ...statementLines(result));
  for (const p of result.policyProblems) lines.push(`Policy problem: ${p}`);
  return `${lines.join('\n')}\n`;
}

/** The JSON report: decision plus the per-statement explanation and the request as evaluated. */
export function evaluationJson(result: EvaluationResult, resolved: ResolvedRequest): Record<string, unknown> {
  return {
    decision: result.decision,
    reason: result.reason,
    summary: result.summary,
    request: requestToJson(resolved.request),
    expandedFromShorthand: !!resolved.expansion,
    filledFromPrincipal: resolved.filled,
    statements: result.statements.map((s) => ({ index: s.index, sid: s.sid, effect: s.effect, matched: s.matched, ...(s.failure ? { failedAt: s.failedAt, failure: s.failure } : {}) })),
    policyProblems: result.policyProblems,
  };
}
