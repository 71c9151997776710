// Runs the rule table over a parsed policy and resolves each finding's severity from the options.
import type { Rule, RuleContext, RuleFinding, Severity, ServiceOptions } from './types';
import type { ReferenceData } from '../data/types';
import type { TrustPolicy } from './document';
import { nodeRange } from './document';

export interface ResolvedFinding {
  rule: Rule;
  finding: RuleFinding;
  severity: Severity;
  offset: number;
  length: number;
}

/** Rule id of the information note added when a document is too large for full analysis. */
export const DOCUMENT_TOO_LARGE = 'document-too-large';

export function resolveSeverity(rule: Rule, finding: RuleFinding, options: ServiceOptions): Severity | 'off' {
  return options.ruleSeverities[rule.id] ?? finding.severity ?? rule.defaultSeverity;
}

export function findingRange(finding: RuleFinding): { offset: number; length: number } {
  if (finding.range) return finding.range;
  if (finding.node) return nodeRange(finding.node);
  return { offset: 0, length: 0 };
}

export interface AnalyzeResult {
  findings: ResolvedFinding[];
  /** True when only structural rules ran because the document is over options.maxDocumentSize. */
  structuralOnly: boolean;
}

/** Runs one rule and adds its findings, with resolved severities, to `findings`. */
function applyRule(rule: Rule, ctx: RuleContext, findings: ResolvedFinding[], onRuleError: (rule: Rule, error: unknown) => void): void {
  let raw: RuleFinding[];
  try {
    raw = rule.check(ctx);
  } catch (error) {
    onRuleError(rule, error);
    return;
  }
  for (const finding of raw) {
    const severity = resolveSeverity(rule, finding, ctx.options);
    if (severity === 'off') continue;
    const { offset, length } = findingRange(finding);
    findings.push({ rule, finding, severity, offset, length });
  }
}

function activeRules(rules: readonly Rule[], policy: TrustPolicy, options: ServiceOptions): { rules: Rule[]; structuralOnly: boolean } {
  const structuralOnly = policy.text.length > options.maxDocumentSize;
  return { rules: rules.filter((rule) => options.ruleSeverities[rule.id] !== 'off' && (!structuralOnly || rule.structural)), structuralOnly };
}

function sorted(findings: ResolvedFinding[]): ResolvedFinding[] {
  return findings.sort((a, b) => a.offset - b.offset || a.rule.id.localeCompare(b.rule.id));
}

export function runRules(
  rules: readonly Rule[],
  policy: TrustPolicy,
  data: ReferenceData,
  options: ServiceOptions,
  onRuleError: (rule: Rule, error: unknown) => void,
): AnalyzeResult {
  const active = activeRules(rules, policy, options);
  const ctx: RuleContext = { policy, data, options };
  const findings: ResolvedFinding[] = [];
  for (const rule of active.rules) applyRule(rule, ctx, findings, onRuleError);
  return { findings: sorted(findings), structuralOnly: active.structuralOnly };
}

/**
 * Decides, between rules, whether to go on: `pause()` is awaited once `sliceMs` have passed since the last pause
 * (so other work can run) and resolves false when the analysis is no longer wanted.
 */
export interface Slicing {
  sliceMs: number;
  pause(): Promise<boolean>;
}

/** A clock for slicing: the high-resolution one where the platform has it, else the wall clock. */
export const now: () => number = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

/**
 * runRules in slices of about `sliceMs`, pausing between them; undefined when a pause says to stop. `startedAt` is
 * when the current slice began (before parsing the document, so a long parse ends the first slice).
 */
export async function runRulesInSlices(
  rules: readonly Rule[],
  policy: TrustPolicy,
  data: ReferenceData,
  options: ServiceOptions,
  onRuleError: (rule: Rule, error: unknown) => void,
  slicing: Slicing,
  startedAt: number = now(),
): Promise<AnalyzeResult | undefined> {
  const active = activeRules(rules, policy, options);
  const ctx: RuleContext = { policy, data, options };
  const findings: ResolvedFinding[] = [];
  let sliceStart = startedAt;
  for (const rule of active.rules) {
    if (now() - sliceStart >= slicing.sliceMs) {
      if (!(await slicing.pause())) return undefined;
      sliceStart = now();
    }
    applyRule(rule, ctx, findings, onRuleError);
  }
  return { findings: sorted(findings), structuralOnly: active.structuralOnly };
}
