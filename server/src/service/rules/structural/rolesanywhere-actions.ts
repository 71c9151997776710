// rolesanywhere-actions: IAM Roles Anywhere needs sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity together.
import type { Rule, RuleFinding } from '../../types';
import { isDeny } from '../../document';
import { knowledgeFor } from '../../knowledge';
import { docs } from '../docs';
import { appendStrings } from './edits';
import { actionMatches, listText, objectStatements } from './util';

const ROLES_ANYWHERE = 'rolesanywhere.amazonaws.com';

export const rolesAnywhereActions: Rule = {
  id: 'rolesanywhere-actions',
  defaultSeverity: 'error',
  description: 'A role for IAM Roles Anywhere must allow sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity to rolesanywhere.amazonaws.com.',
  docsUrl: docs.rolesAnywhere,
  structural: true,
  check({ policy, data }) {
    const required = knowledgeFor(data).serviceExtraActions(ROLES_ANYWHERE);
    const findings: RuleFinding[] = [];
    for (const s of objectStatements(policy)) {
      if (isDeny(s) || !s.action?.property.valueNode) continue;
      const services = (s.principal?.groups ?? []).filter((g) => g.type === 'Service').flatMap((g) => g.values.map((v) => v.value));
      if (!services.includes(ROLES_ANYWHERE)) continue;
      const actions = s.action.values.map((v) => v.value);
      const missing = required.filter((r) => !actions.some((a) => actionMatches(a, r)));
      if (missing.length === 0) continue;
      findings.push({
        node: s.action.property.valueNode,
        message: `IAM Roles Anywhere sets session tags and a source identity when it assumes the role, so it needs ${listText(required)}; this statement lacks ${listText(missing)}.`,
        data: { missing },
      });
    }
    return findings;
  },
  fix(finding, { policy }) {
    const missing = finding.data?.missing as string[] | undefined;
    if (!finding.node || !missing?.length) return [];
    return [{ title: `Add ${listText(missing)}`, edits: [appendStrings(policy.text, finding.node, missing)], isPreferred: true }];
  },
};
