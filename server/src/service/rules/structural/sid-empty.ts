// sid-empty: "Sid": "" says nothing; give the statement a name or leave Sid out.
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { removeElement } from './edits';
import { objectStatements, propertyOfKey } from './util';

export const sidEmpty: Rule = {
  id: 'sid-empty',
  defaultSeverity: 'hint',
  description: 'An empty Sid is allowed but names nothing; describe the statement or remove the Sid.',
  docsUrl: docs.sid,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const s of objectStatements(policy)) {
      const node = s.sid?.valueNode;
      if (node?.type === 'string' && node.value === '') {
        findings.push({ node: s.sid?.keyNode, message: 'The Sid is empty. Name the statement (letters and digits, e.g. "AllowEc2") or remove the Sid.', tags: ['unnecessary'] });
      }
    }
    return findings;
  },
  fix(finding) {
    const property = propertyOfKey(finding.node);
    if (!property) return [];
    return [{ title: 'Remove the empty Sid', edits: [removeElement(property)], isPreferred: true }];
  },
};
