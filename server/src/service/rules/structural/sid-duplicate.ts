// sid-duplicate: two statements with the same Sid (IAM requires unique Sids in a policy).
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { objectStatements } from './util';

export const sidDuplicate: Rule = {
  id: 'sid-duplicate',
  defaultSeverity: 'error',
  description: 'Each Sid must be unique within the policy.',
  docsUrl: docs.sid,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    const first = new Map<string, number>();
    for (const s of objectStatements(policy)) {
      const node = s.sid?.valueNode;
      if (node?.type !== 'string' || node.value === '') continue;
      const sid = node.value as string;
      const earlier = first.get(sid);
      if (earlier === undefined) first.set(sid, s.index);
      else findings.push({ node, message: `Sid "${sid}" is already used by statement ${earlier + 1}; each Sid must be unique in the policy.` });
    }
    return findings;
  },
};
