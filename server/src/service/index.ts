// Public surface of the language service.
export { createTrustPolicyService, withDefaults, DIAGNOSTIC_SOURCE, type TrustPolicyService, type ServiceConfig } from './service';
export { parseTrustPolicy, type TrustPolicy } from './document';
export { allRules, ruleById } from './rules';
export * from './types';
export type { Slicing } from './analyze';
