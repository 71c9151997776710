// cross-account-trust: an AWS principal from another account with no ExternalId, MFA or principal/org guard.
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { accountPrincipals, isCrossAccount, isWholeAccount } from './accounts';
import { isAllow, principalGuards, requiresMfa } from './guards';
import { addConditionFix, placeholder } from './edits';

/** Guards that make cross-account trust deliberate: a shared ExternalId, an org or a pinned principal ARN. */
const CROSS_ACCOUNT_GUARDS = ['sts:ExternalId', 'aws:PrincipalArn', 'aws:PrincipalOrgID', 'aws:PrincipalOrgPaths'];

export const crossAccountTrust: Rule = {
  id: 'cross-account-trust',
  defaultSeverity: 'warning',
  description: 'An AWS principal outside your configured accounts can assume the role with no sts:ExternalId, MFA or principal/organization condition.',
  docsUrl: docs.crossAccount,
  check({ policy, options }) {
    const findings: RuleFinding[] = [];
    // Without the user's own accounts we cannot tell same-account from cross-account trust.
    if (options.accounts.length === 0) return findings;
    for (const s of policy.statements) {
      if (!isAllow(s)) continue;
      if (requiresMfa(s) || principalGuards(s, CROSS_ACCOUNT_GUARDS).length) continue;
      for (const p of accountPrincipals(s)) {
        if (!isCrossAccount(p, options.accounts)) continue;
        const who = isWholeAccount(p) ? `every principal in account ${p.parsed.account} whose own policy allows it` : `${p.parsed.kind} ${p.parsed.name ?? ''} in account ${p.parsed.account}`.replace('  ', ' ');
        findings.push({
          node: p.node,
          data: { statement: s.index, account: p.parsed.account },
          message: `Account ${p.parsed.account} is not one of your accounts, and nothing limits the trust: ${who} can assume this role. For a third party add an sts:ExternalId condition; for people add an MFA condition.`,
        });
      }
    }
    return findings;
  },
  fix(finding, { policy }): Fix[] {
    const s = policy.statements[finding.data?.statement as number];
    if (!s) return [];
    return [
      ...addConditionFix(policy, s, 'Require an sts:ExternalId', [{ operator: 'StringEquals', key: 'sts:ExternalId', valueJson: placeholder(1, 'external-id-from-the-third-party') }], { snippet: true }),
      ...addConditionFix(policy, s, 'Require MFA (aws:MultiFactorAuthPresent)', [{ operator: 'Bool', key: 'aws:MultiFactorAuthPresent', valueJson: '"true"' }]),
    ];
  },
};
