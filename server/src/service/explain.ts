// Plain-language summary of who can assume the role and under which conditions (filled in by the security work).
import type { ReferenceData } from '../data/types';
import type { TrustPolicy } from './document';
import type { ServiceOptions } from './types';

export function explainPolicy(policy: TrustPolicy, _data: ReferenceData, _options: ServiceOptions): string[] {
  return policy.statements.map((s) => `Statement ${s.index + 1}: ${s.effectValue ?? 'no Effect'}`);
}
