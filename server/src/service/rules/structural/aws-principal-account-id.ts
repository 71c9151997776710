// aws-principal-account-id: a bare account id in Principal.AWS, which IAM stores as the account's root ARN.
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { parseAwsPrincipal } from '../../principals';
import { policyPartition } from '../trust/edits';
import { replaceString } from './edits';
import { principalValues } from '../../statement-kinds';

export const awsPrincipalAccountId: Rule = {
  id: 'aws-principal-account-id',
  defaultSeverity: 'hint',
  description: 'A bare account id in Principal.AWS is saved by IAM as arn:PARTITION:iam::ID:root; writing the ARN keeps the file equal to what IAM returns.',
  docsUrl: docs.principal,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    const partition = policyPartition(policy);
    for (const { value: v } of principalValues(policy, 'AWS')) {
      if (parseAwsPrincipal(v.value).kind !== 'account') continue;
      const arn = `arn:${partition}:iam::${v.value}:root`;
      findings.push({
        node: v.node,
        message: `IAM saves the account id ${v.value} as "${arn}". Both trust the whole account; writing the ARN keeps this file equal to what IAM shows and avoids a diff on the next import.`,
        data: { arn },
      });
    }
    return findings;
  },
  fix(finding) {
    const arn = finding.data?.arn;
    if (typeof arn !== 'string' || !finding.node) return [];
    return [{ title: `Write it as "${arn}"`, edits: [replaceString(finding.node, arn)], isPreferred: true }];
  },
};
