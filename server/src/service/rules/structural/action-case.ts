// action-case: an STS action written with other capitalisation, e.g. "sts:assumerole" (IAM accepts it; style only).
import type { Rule, RuleFinding } from '../../types';
import { knowledgeFor } from '../../knowledge';
import { docs } from '../docs';
import { replaceString } from './edits';
import { objectStatements } from './util';

export const actionCase: Rule = {
  id: 'action-case',
  defaultSeverity: 'hint',
  description: 'IAM compares action names ignoring case, but the documented spelling (sts:AssumeRole) is easier to read and search for.',
  docsUrl: docs.action,
  structural: true,
  check({ policy, data }) {
    const knowledge = knowledgeFor(data);
    const findings: RuleFinding[] = [];
    for (const s of objectStatements(policy)) {
      for (const element of [s.action, s.notAction]) {
        for (const v of element?.values ?? []) {
          const canonical = knowledge.actionIgnoringCase(v.value)?.action;
          if (!canonical || canonical === v.value) continue;
          findings.push({ node: v.node, message: `IAM reads "${v.value}" as ${canonical} (action names ignore case); write it as "${canonical}".`, data: { canonical } });
        }
      }
    }
    return findings;
  },
  fix(finding) {
    const canonical = finding.data?.canonical as string | undefined;
    if (!canonical || !finding.node) return [];
    return [{ title: `Change to "${canonical}"`, edits: [replaceString(finding.node, canonical)], isPreferred: true }];
  },
};
