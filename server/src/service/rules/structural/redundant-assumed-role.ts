// redundant-assumed-role: an assumed-role session listed next to its role, which already covers every session.
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { parseAwsPrincipal } from '../../principals';
import { removeElement } from './edits';
import { objectStatements } from './util';

export const redundantAssumedRole: Rule = {
  id: 'redundant-assumed-role',
  defaultSeverity: 'hint',
  description: 'Trusting a role already trusts all of its sessions, so listing one of its assumed-role sessions as well adds nothing.',
  docsUrl: docs.principal,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const s of objectStatements(policy)) {
      const values = (s.principal?.groups ?? []).filter((g) => g.type === 'AWS').flatMap((g) => g.values);
      const parsed = values.map((v) => ({ v, p: parseAwsPrincipal(v.value) }));
      const roles = new Set(parsed.filter((x) => x.p.kind === 'role').map((x) => `${x.p.partition}:${x.p.account}:${x.p.name}`));
      for (const { v, p } of parsed) {
        if (p.kind !== 'assumed-role' || !roles.has(`${p.partition}:${p.account}:${p.name}`)) continue;
        findings.push({
          node: v.node,
          message: `The role ${p.name} is already trusted in this statement, which covers all its sessions, including "${p.session}"; this entry is redundant.`,
          tags: ['unnecessary'],
        });
      }
    }
    return findings;
  },
  fix(finding) {
    if (!finding.node) return [];
    return [{ title: 'Remove the redundant session principal', edits: [removeElement(finding.node)], isPreferred: true }];
  },
};
