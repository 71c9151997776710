// The one registry of rules: every rule the service runs is listed here, in reporting order.
import type { Rule } from '../types';
import { jsonSyntax } from './json-syntax';

export const allRules: readonly Rule[] = [
  jsonSyntax,
];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
