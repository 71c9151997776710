// Plain-language summary of who can assume the role and under which conditions (filled in by the security work).
import type { ReferenceData } from '../data/types';
import type { Statement, TrustPolicy } from './document';
import type { ServiceOptions } from './types';

/** One sentence (markdown allowed) on who this statement lets assume the role, and under which conditions. */
export function explainStatement(statement: Statement, _policy: TrustPolicy, _data: ReferenceData, _options: ServiceOptions): string {
  return `Statement ${statement.index + 1}: ${statement.effectValue ?? 'no Effect'}`;
}

/** One line per statement, for the CLI's --explain and the hover on `Statement`. */
export function explainPolicy(policy: TrustPolicy, data: ReferenceData, options: ServiceOptions): string[] {
  return policy.statements.map((s) => explainStatement(s, policy, data, options));
}
