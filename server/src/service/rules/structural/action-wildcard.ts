// action-wildcard: an Allow with "*", "sts:*" or "sts:Assume*", granting more assume variants and session powers than needed.
import type { Fix, Rule, RuleFinding } from '../../types';
import { isDeny } from '../../document';
import { docs } from '../docs';
import { removeElement, replaceString } from './edits';
import { actionMatches, hasWildcard, listText, neededAssumeActions, objectStatements, principalNeeds } from './util';

export const actionWildcard: Rule = {
  id: 'action-wildcard',
  defaultSeverity: 'warning',
  description: 'A wildcard action in an Allow grants every matching assume variant plus session tagging and source identity; name the actions instead.',
  docsUrl: docs.action,
  structural: true,
  check({ policy, data }) {
    const valid = data.trustActions.actions.map((a) => a.action);
    const findings: RuleFinding[] = [];
    for (const s of objectStatements(policy)) {
      if (isDeny(s) || !s.action) continue;
      const needs = principalNeeds(s);
      const needed = needs.unknownFederated ? [] : neededAssumeActions(needs);
      for (const v of s.action.values) {
        if (!hasWildcard(v.value)) continue;
        const matched = valid.filter((a) => actionMatches(v.value, a));
        if (matched.length < 2) continue;
        const others = s.action.values.map((x) => x.value);
        findings.push({
          node: v.node,
          message: `"${v.value}" grants ${listText(matched)}. Name only the actions this trust needs${needed.length === 1 ? ` (usually "${needed[0]}")` : ''}.`,
          data: needed.length === 1 ? { replacement: needed[0], present: others.includes(needed[0]) } : {},
        });
      }
    }
    return findings;
  },
  fix(finding) {
    const node = finding.node;
    const replacement = finding.data?.replacement as string | undefined;
    if (!node || !replacement) return [];
    const fixes: Fix[] = [];
    // Not preferred: the wildcard may have been covering sts:TagSession or sts:SetSourceIdentity on purpose.
    if (finding.data?.present === true) fixes.push({ title: `Remove "${String(node.value)}" (keeps "${replacement}")`, edits: [removeElement(node)] });
    else fixes.push({ title: `Replace "${String(node.value)}" with "${replacement}"`, edits: [replaceString(node, replacement)] });
    return fixes;
  },
};
