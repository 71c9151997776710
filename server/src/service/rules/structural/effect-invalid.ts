// effect-invalid: a statement without Effect, or whose Effect is not exactly "Allow" or "Deny" (IAM rejects it).
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { insertProperty, replaceString } from './edits';
import { hasMisspelt, objectStatements, openBrace, STATEMENT_KEYS, suggestName } from './util';

const EFFECTS = ['Allow', 'Deny'];

export const effectInvalid: Rule = {
  id: 'effect-invalid',
  defaultSeverity: 'error',
  description: 'Every statement needs "Effect": "Allow" or "Deny", spelled exactly so.',
  docsUrl: docs.effect,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const s of objectStatements(policy)) {
      if (!s.effect) {
        if (hasMisspelt(s.properties, 'Effect', STATEMENT_KEYS)) continue; // statement-unknown-key renames it
        findings.push({ range: openBrace(s.node), message: 'This statement has no Effect; add "Effect": "Allow" (or "Deny").', data: { statement: s.index } });
        continue;
      }
      const value = s.effect.valueNode;
      if (s.effectValue !== undefined && EFFECTS.includes(s.effectValue)) continue;
      const suggestion = s.effectValue !== undefined ? suggestName(s.effectValue, EFFECTS) : undefined;
      const shown = value ? policy.text.slice(value.offset, value.offset + value.length) : 'nothing';
      findings.push({
        node: value ?? s.effect.keyNode,
        message: `Effect ${shown} is not valid: it must be exactly "Allow" or "Deny" (case-sensitive).${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
        data: { statement: s.index, ...(suggestion ? { suggestion } : {}) },
      });
    }
    return findings;
  },
  fix(finding, { policy }) {
    const s = policy.statements[finding.data?.statement as number];
    if (!s) return [];
    if (!s.effect) {
      return [{ title: 'Add "Effect": "Allow"', edits: [insertProperty(policy.text, s.node, 'Effect', '"Allow"', s.sid ? { after: s.sid.node } : 'first')] }];
    }
    const value = s.effect.valueNode;
    const suggestion = finding.data?.suggestion as string | undefined;
    if (!value) return [];
    const fixes: Fix[] = [];
    if (suggestion) fixes.push({ title: `Change Effect to "${suggestion}"`, edits: [replaceString(value, suggestion)], isPreferred: true });
    else for (const e of EFFECTS) fixes.push({ title: `Change Effect to "${e}"`, edits: [replaceString(value, e)] });
    return fixes;
  },
};
