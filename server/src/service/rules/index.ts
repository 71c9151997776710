// The one registry of rules: every rule the service runs is listed here, in reporting order.
import type { Rule } from '../types';
import { jsonSyntax } from './json-syntax';
import { structuralRules } from './structural';
import { referenceRules } from './reference';
import { conditionsRules } from './conditions';
import { trustRules } from './trust';

export const allRules: readonly Rule[] = [
  jsonSyntax,
  ...structuralRules,
  ...referenceRules,
  ...conditionsRules,
  ...trustRules,
];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
