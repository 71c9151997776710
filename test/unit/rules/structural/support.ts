// Test support for the structural rules: fixes are checked against the structural rule set only.
import { applyFix as applyAnyFix, service } from '../../../support/fixture';
import { structuralRules } from '../../../../server/src/service/rules/structural';
import type { ServiceOptions, SeveritySetting } from '../../../../server/src/service/types';

/**
 * Rules of the other areas are turned off: a structural fix often makes a value valid for the first time, and
 * the other areas' rules may then rightly report something new about it (a missing condition, say).
 */
export const structuralOnly: Partial<ServiceOptions> = {
  ruleSeverities: Object.fromEntries(service.rules.filter((r) => r.id !== 'json-syntax' && !structuralRules.includes(r)).map((r) => [r.id, 'off' as SeveritySetting])),
};

/** applyFix from the shared fixture, with only the structural rules (and json-syntax) running. */
export function applyFix(text: string, ruleId: string, title?: string | RegExp, options?: Partial<ServiceOptions>): string {
  return applyAnyFix(text, ruleId, title, { ...options, ruleSeverities: { ...structuralOnly.ruleSeverities, ...options?.ruleSeverities } });
}

/** A diagnostic's message as plain text (LSP allows markup content too). */
export function messageOf(d: { message: string | { value: string } }): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/** All messages of some diagnostics, one per line, for pattern assertions. */
export function messagesOf(ds: readonly { message: string | { value: string } }[]): string {
  return ds.map(messageOf).join('\n');
}
