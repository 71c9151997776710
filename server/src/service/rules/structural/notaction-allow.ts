// notaction-allow: Allow with NotAction grants every trust action except the listed ones (a security risk).
import type { Rule, RuleFinding } from '../../types';
import { isDeny } from '../../document';
import { docs } from '../docs';
import { replaceNode, replaceString } from './edits';
import { neededAssumeActions, objectStatements, principalNeeds } from './util';

export const notActionAllow: Rule = {
  id: 'notaction-allow',
  defaultSeverity: 'warning',
  description: 'NotAction in an Allow grants every action it does not list, including assume variants and session powers you did not mean to give.',
  docsUrl: docs.notAction,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const s of objectStatements(policy)) {
      if (isDeny(s) || !s.notAction) continue;
      const needs = principalNeeds(s);
      const needed = needs.unknownFederated ? [] : neededAssumeActions(needs);
      findings.push({
        node: s.notAction.property.keyNode,
        message: 'NotAction in an Allow grants every trust action except the ones listed (all assume variants, session tags, source identity). List the actions you mean in Action instead.',
        data: needed.length && !s.action ? { needed } : {},
      });
    }
    return findings;
  },
  fix(finding) {
    const key = finding.node;
    const value = key?.parent?.children?.[1];
    const needed = finding.data?.needed as string[] | undefined;
    if (!key || !value || !needed?.length) return [];
    const json = needed.length === 1 ? JSON.stringify(needed[0]) : `[${needed.map((a) => JSON.stringify(a)).join(', ')}]`;
    return [{ title: `Replace NotAction with "Action": ${json}`, edits: [replaceString(key, 'Action'), replaceNode(value, json)] }];
  },
};
