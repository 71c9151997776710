// sid-invalid: a Sid with characters other than ASCII letters and digits, or not a string (IAM rejects it).
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { replaceString } from './edits';
import { objectStatements } from './util';

export const sidInvalid: Rule = {
  id: 'sid-invalid',
  defaultSeverity: 'error',
  description: 'In IAM policies a Sid may contain only ASCII letters (A-Z, a-z) and digits (0-9).',
  docsUrl: docs.sid,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    const used = new Set(objectStatements(policy).map((s) => s.sid?.valueNode?.value as unknown));
    for (const s of objectStatements(policy)) {
      const value = s.sid?.valueNode;
      if (!s.sid || !value) continue;
      if (value.type !== 'string') {
        findings.push({ node: value, message: 'Sid must be a string of letters and digits, e.g. "AllowGitHubDeploy".' });
        continue;
      }
      const sid = value.value as string;
      const bad = [...new Set(sid.replace(/[A-Za-z0-9]/g, ''))];
      if (bad.length === 0) continue;
      const cleaned = sid.replace(/[^A-Za-z0-9]/g, '');
      const shown = bad.map((c) => (c === ' ' ? 'space' : JSON.stringify(c))).join(', ');
      findings.push({
        node: value,
        message: `Sid "${sid}" contains characters IAM does not accept (${shown}); use only ASCII letters and digits.`,
        data: cleaned && !used.has(cleaned) ? { cleaned } : {},
      });
    }
    return findings;
  },
  fix(finding) {
    const cleaned = finding.data?.cleaned as string | undefined;
    if (!cleaned || !finding.node) return [];
    return [{ title: `Change Sid to "${cleaned}"`, edits: [replaceString(finding.node, cleaned)], isPreferred: true }];
  },
};
