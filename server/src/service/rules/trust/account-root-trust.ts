// account-root-trust: an account id or :root principal trusts every principal of that account whose own policy allows it.
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { accountPrincipals, isCrossAccount, isWholeAccount } from './accounts';
import { denyGuards, isAllow, keyIn, principalGuards } from './guards';
import { crossAccountLimited } from './cross-account-trust';
import { addConditionFix, placeholder, policyPartition } from './edits';

export const accountRootTrust: Rule = {
  id: 'account-root-trust',
  defaultSeverity: 'information',
  description: 'Trusting an account (its id or :root ARN) delegates to every user and role in it whose own policy allows sts:AssumeRole, not only the root user.',
  docsUrl: docs.principal,
  check({ policy, options }) {
    const findings: RuleFinding[] = [];
    for (const s of policy.statements) {
      if (!isAllow(s) || principalGuards(s, ['aws:PrincipalArn']).length) continue;
      for (const p of accountPrincipals(s)) {
        if (!isWholeAccount(p)) continue;
        // A Deny that refuses every caller but listed ARNs pins the role just as well.
        if (denyGuards(policy, { type: 'AWS', value: p.value }, 'sts:AssumeRole', keyIn(['aws:PrincipalArn'])).length) continue;
        // Unguarded cross-account roots are already a cross-account-trust warning that says the same.
        if (isCrossAccount(p, options.accounts) && !crossAccountLimited(policy, s, p)) continue;
        findings.push({
          node: p.node,
          data: { statement: s.index, account: p.parsed.account, partition: p.parsed.partition ?? policyPartition(policy) },
          message: `This trusts account ${p.parsed.account} as a whole, not just its root user: any user or role there whose own permissions allow sts:AssumeRole on this role can assume it. To trust one role, add an aws:PrincipalArn condition or name the role.`,
        });
      }
    }
    return findings;
  },
  fix(finding, { policy }): Fix[] {
    const s = policy.statements[finding.data?.statement as number];
    if (!s) return [];
    const arn = `arn:${String(finding.data?.partition ?? 'aws')}:iam::${String(finding.data?.account)}:role/`;
    return addConditionFix(policy, s, 'Allow only one role of that account (aws:PrincipalArn)', [
      { operator: 'ArnEquals', key: 'aws:PrincipalArn', valueJson: `"${arn}${placeholder(1, 'ROLE_NAME').slice(1)}` },
    ], { snippet: true });
  },
};
