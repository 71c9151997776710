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

export function runRules(
  rules: readonly Rule[],
  policy: TrustPolicy,
  data: ReferenceData,
  options: ServiceOptions,
  onRuleError: (rule: Rule, error: unknown) => void,
): AnalyzeResult {
  const structuralOnly = policy.text.length > options.maxDocumentSize;
  const ctx: RuleContext = { policy, data, options };
  const findings: ResolvedFinding[] = [];
  for (const rule of rules) {
    if (options.ruleSeverities[rule.id] === 'off') continue;
    if (structuralOnly && !rule.structural) continue;
    let raw: RuleFinding[];
    try {
      raw = rule.check(ctx);
    } catch (error) {
      onRuleError(rule, error);
      continue;
    }
    for (const finding of raw) {
      const severity = resolveSeverity(rule, finding, options);
      if (severity === 'off') continue;
      const { offset, length } = findingRange(finding);
      findings.push({ rule, finding, severity, offset, length });
    }
  }
  findings.sort((a, b) => a.offset - b.offset || a.rule.id.localeCompare(b.rule.id));
  return { findings, structuralOnly };
}
