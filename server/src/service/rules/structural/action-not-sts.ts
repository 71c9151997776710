// action-not-sts: an Action that is not one of the role-assumption actions a trust policy can grant (IAM rejects it).
import type { Fix, Rule, RuleFinding } from '../../types';
import { knowledgeFor } from '../../knowledge';
import { docs } from '../docs';
import { removeElement, replaceString } from './edits';
import { actionMatches, hasWildcard, listText, objectStatements, suggestName } from './util';

export const actionNotSts: Rule = {
  id: 'action-not-sts',
  defaultSeverity: 'error',
  description: 'A trust policy grants only role-assumption actions: sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, sts:SetSourceIdentity and sts:SetContext.',
  docsUrl: docs.rolesTerms,
  structural: true,
  check({ policy, data }) {
    const knowledge = knowledgeFor(data);
    const valid = data.trustActions.actions.map((a) => a.action);
    const notForTrust = new Map(data.trustActions.stsActionsNotUsedInTrustPolicies.map((a) => [a.toLowerCase(), a]));
    const findings: RuleFinding[] = [];
    // NotAction only lists what is excluded, so any name there is harmless; notaction-allow reports the element itself.
    for (const s of objectStatements(policy)) {
      const element = s.action;
      if (!element) continue;
      for (const bad of element.invalidValues) {
        findings.push({ node: bad, message: 'Actions are strings such as "sts:AssumeRole".' });
      }
      for (const v of element.values) {
        const name = v.value;
        if (hasWildcard(name)) {
          if (!valid.some((a) => actionMatches(name, a))) findings.push({ node: v.node, message: `"${name}" matches none of the actions a trust policy can grant (${listText(valid)}).`, data: { removable: element.isArray && element.values.length > 1 } });
          continue;
        }
        if (knowledge.actionIgnoringCase(name)) continue;
        const unprefixed = !name.includes(':') ? knowledge.actionIgnoringCase(`sts:${name}`)?.action : undefined;
        const suggestion = unprefixed ?? suggestName(name, valid);
        const sts = notForTrust.get(name.toLowerCase());
        const message = sts
          ? `${sts} is an STS action, but not one a role trust policy can grant: a trust policy only controls assuming the role (${listText(valid)}). Remove it here.`
          : `"${name}" cannot be granted by a trust policy, which only controls who may assume the role (${listText(valid)}).${!name.toLowerCase().startsWith('sts:') && !suggestion ? ' What the role may do belongs in its permissions policy.' : ''}`;
        findings.push({
          node: v.node,
          message: suggestion ? `${message} Did you mean "${suggestion}"?` : message,
          data: { action: name, removable: element.isArray && element.values.length > 1, ...(suggestion ? { suggestion } : {}) },
        });
      }
    }
    return findings;
  },
  fix(finding) {
    const node = finding.node;
    if (!node || node.type !== 'string') return [];
    const fixes: Fix[] = [];
    const suggestion = finding.data?.suggestion as string | undefined;
    if (suggestion) fixes.push({ title: `Change to "${suggestion}"`, edits: [replaceString(node, suggestion)], isPreferred: true });
    if (finding.data?.removable === true) fixes.push({ title: `Remove "${String(node.value)}"`, edits: [removeElement(node)], isPreferred: !suggestion });
    return fixes;
  },
};
